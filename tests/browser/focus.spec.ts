// Focus you can see, in light and dark: Tab through every page at a phone's width and a desktop's, and through the
// stage tool's error state. Every focused control must have text at 4.5:1 or more against what is behind it, and
// must look different from the same control without focus.
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';
import { readFocused } from '../support/focus-style.ts';
import { colourSchemes } from '../support/axe.ts';

const widths = [390, 1280] as const;
const minContrast = 4.5;

/** Tabs from the top of the page to the end, reading every focused element; returns the problems found. */
async function tabThrough(page: Page, label: string): Promise<{ problems: string[]; count: number }> {
  const problems: string[] = [];
  let count = 0;
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const reading = await readFocused(page);
    if (!reading) break;
    if (!reading.visible) continue;
    count += 1;
    if (reading.contrast < minContrast)
      problems.push(`${label} ${reading.name}: text contrast ${reading.contrast}:1 when focused`);
    if (!reading.differs) problems.push(`${label} ${reading.name}: looks the same with and without focus`);
  }
  return { problems, count };
}

for (const path of sitemapPaths()) {
  test(`focus is visible with enough contrast on /${path} (light and dark, ${widths.join(' and ')} px)`, async ({
    page,
  }) => {
    const problems: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 844 });
      for (const colorScheme of colourSchemes) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const result = await tabThrough(page, `[${width}px ${colorScheme}]`);
        expect(result.count, `Tab reached controls at ${width}px ${colorScheme}`).toBeGreaterThan(3);
        problems.push(...result.problems);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test.describe('the stage tool with a date that is not real', () => {
  const outcome = 'which-stage/complaint-sent/';

  for (const colorScheme of colourSchemes) {
    test(`the error summary takes focus once, and every control keeps a visible focus (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(outcome);
      await page.getByLabel('Day').fill('31');
      await page.getByLabel('Month').fill('2');
      await page.getByLabel('Year').fill('2026');
      await page.getByRole('button', { name: 'Work out my dates' }).press('Enter');

      const summary = page.locator('[data-yv-error-summary]');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toHaveAttribute('tabindex', '-1');
      // Announced once, by focus: no alert role and no live region on or inside the summary.
      await expect(summary).not.toHaveAttribute('role', /.+/);
      await expect(summary.locator('[role="alert"], [aria-live]')).toHaveCount(0);
      expect(await summary.evaluate((el) => el.closest('[aria-live], [role="alert"], [role="status"]'))).toBeNull();

      // Tab on from the summary: its link, the inputs, the button and the rest of the page.
      const { problems, count } = await tabThrough(page, `[error state ${colorScheme}]`);
      expect(count).toBeGreaterThan(5);
      expect(problems, problems.join('\n')).toEqual([]);

      // The summary's link goes to the field in error.
      await page.goto(outcome);
      await page.getByLabel('Day').fill('31');
      await page.getByLabel('Month').fill('2');
      await page.getByLabel('Year').fill('2026');
      await page.getByRole('button', { name: 'Work out my dates' }).click();
      await expect(summary).toBeFocused();
      await page.keyboard.press('Tab');
      const link = summary.getByRole('link');
      await expect(link).toBeFocused();
      const reading = await readFocused(page);
      expect(reading?.contrast).toBeGreaterThanOrEqual(minContrast);
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Day')).toBeFocused();
    });
  }
});
