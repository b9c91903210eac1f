// Walks the stage tool from its start page to an outcome by always taking the first answer, as the deploy and server
// tests do to see it works wherever it is served. Returns the address of every answer link it followed.
import { expect, type Page } from '@playwright/test';

export async function walkToAnOutcome(page: Page): Promise<string[]> {
  const followed: string[] = [];
  await page.goto('which-stage/');
  const heading = page.locator('main h1');
  const start = await heading.textContent();
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(heading).not.toHaveText(start ?? '');
  for (let step = 0; step < 10 && (await page.locator('[data-yv-answer]').count()) > 0; step += 1) {
    const before = await heading.textContent();
    const answer = page.locator('[data-yv-answer]').first();
    followed.push(new URL((await answer.getAttribute('href'))!, page.url()).href);
    await answer.click();
    await expect(heading).not.toHaveText(before ?? '');
  }
  await expect(page.locator('[data-yv-stage]')).toBeVisible();
  return followed;
}
