// axe over every page in the sitemap (and the 404 page): light and dark, 320px and 1280px, JavaScript on and off.
import { test, expect } from '@playwright/test';
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

test('every page reflows at 320px (400% zoom) without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) wide.push(`/${path}: ${overflow}px too wide`);
  }
  expect(wide).toEqual([]);
});
