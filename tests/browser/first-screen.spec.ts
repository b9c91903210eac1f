// The first screen of a phone: every page's heading is near the top, and where a page names a first action (its
// frontmatter's `firstAction`), that action comes straight after the heading, with the contact's details from
// contacts.yaml, and is on the first screen.
import { test, expect } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';
import { readEntries, readGuidePages } from '../../src/loaders/data-files.ts';
import { firstAction } from '../../src/lib/first-action.ts';

/** The goal: the top of the h1 within 200 px of the top at 390 × 844, at the default font size. */
const h1TopLimit = 200;

const contacts = readEntries('contacts');
/** Pages whose frontmatter names a first action, and that action. */
const pagesWithFirstAction = readGuidePages().flatMap((page) =>
  page.data.firstAction ? [{ path: page.path.slice(1), action: page.data.firstAction }] : [],
);

test(`every page's h1 starts within ${h1TopLimit}px of the top on a 390 × 844 phone`, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const late: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
    if (top > h1TopLimit) late.push(`/${path}: h1 at ${Math.round(top)}px`);
  }
  expect(late, late.join('\n')).toEqual([]);
});

test('some pages name a first action (the list below is not empty by accident)', () => {
  expect(pagesWithFirstAction.length).toBeGreaterThanOrEqual(5);
});

for (const { path, action } of pagesWithFirstAction) {
  test(`/${path}: the first action comes straight after the h1 and is on the first screen of a phone`, async ({
    page,
  }) => {
    const contact = contacts.find((c) => c.id === action.contact.id)!;
    const expected = firstAction(contact, action.kind, action.who);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const box = page.locator('[data-yv-first-action]');
    await expect(box).toHaveCount(1);
    await expect(box).toContainText(`${expected.before} ${expected.link.text}`);
    await expect(box.getByRole('link', { name: expected.link.text })).toHaveAttribute('href', expected.link.href);
    // The next thing a reader meets after the h1 (hidden elements do not count).
    const next = await page.locator('h1').evaluate((h1) => {
      let el = h1.nextElementSibling;
      while (el && (el as HTMLElement).hidden) el = el.nextElementSibling;
      return el?.hasAttribute('data-yv-first-action') ?? false;
    });
    expect(next, 'the first action follows the h1').toBe(true);
    const link = await box.getByRole('link').boundingBox();
    expect(link!.y + link!.height).toBeLessThanOrEqual(844);
  });
}
