// Accessibility on every page: axe (WCAG 2.2 AA and best practice) on every page in the sitemap and the 404 page,
// in light and dark, at 320px and 1280px, with JavaScript on and off (each page loaded once per setting and checked
// in all four without reloading); and a page says it is in British English and has one h1, inside main.
import { test, expect } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';
import { axeViolationsEverywhere } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';

const paths = [...sitemapPaths(), 'this-page-does-not-exist/'];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    for (const path of paths) {
      test(`axe: /${path}`, async ({ page, context }) => {
        if (!javaScriptEnabled) await blockPageScripts(context);
        await page.goto(path);
        const found = await axeViolationsEverywhere(page);
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  });
}

test('every page says it is in British English and has one h1 inside main', { tag: '@guide' }, async ({ page }) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
});
