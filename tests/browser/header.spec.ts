// The header: one row on phones (the exit link first, then the site's name, Search and Menu), the exit bar, Search
// link and open navigation on a desktop, staying on screen on a phone without covering what a link jumps to, what a
// screen reader hears in it, and its Search link without JavaScript.
import { test, expect, type Page } from '../support/test.ts';
import { colourSchemes } from '../support/axe.ts';
import { primaryNavigation } from '../support/navigation.ts';
import { siteSettings } from '../../src/data/site.ts';

const phones = [320, 390] as const;
const desktop = 1280;

async function boxes(page: Page, selectors: string[]) {
  return Promise.all(
    selectors.map(async (selector) => {
      const box = await page.locator(selector).first().boundingBox();
      if (!box) throw new Error(`${selector} is not shown`);
      return box;
    }),
  );
}

for (const width of phones) {
  for (const colorScheme of colourSchemes) {
    test(`phone header at ${width}px (${colorScheme}): one row, exit link first, Search and Menu links, no navigation above the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme });
      await page.goto('stage-1/');
      const header = page.getByRole('banner');
      const [exit, name, search, menu] = await boxes(page, [
        '.yv-exit',
        '.yv-header__link',
        '.yv-header__tool >> text=Search',
        '.yv-header__tool >> text=Menu',
      ]);
      // One row: every item's vertical middle inside the exit link's height, left to right in this order.
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const item of [name!, search!, menu!])
        expect(Math.abs(middle(item) - middle(exit!))).toBeLessThan(exit!.height / 2 + 8);
      expect(exit!.x).toBeLessThan(name!.x);
      expect(name!.x).toBeLessThan(search!.x);
      expect(search!.x).toBeLessThan(menu!.x);
      expect(menu!.x + menu!.width).toBeLessThanOrEqual(width);
      // The exit link is the first thing in the header, for keyboards too.
      expect(await header.locator('a').first().getAttribute('data-yv-exit')).not.toBeNull();
      await expect(header.getByRole('search')).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expect(page.locator('.yv-exit-bar__help')).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const headerBox = await header.boundingBox();
      expect(headerBox!.height, 'the header is one row').toBeLessThan(100);
    });
  }
}

test('on a phone the exit link stays on screen while the page scrolls, and a focused link is not hidden under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('how-to-complain/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect(page.locator('.yv-exit')).toBeInViewport();
  // Jump to a section from "On this page": its heading shows below the header, not behind it.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last().click();
  const headerBottom = (await page.getByRole('banner').boundingBox())!;
  const target = await page.locator(':target').boundingBox();
  expect(target!.y).toBeGreaterThanOrEqual(headerBottom.y + headerBottom.height);
});

for (const colorScheme of colourSchemes) {
  test(`desktop header at ${desktop}px (${colorScheme}) keeps the exit bar, the Search link and the open navigation`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: desktop, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.goto('');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Search', exact: true })).toBeVisible();
    // The Menu link is the phone's way to the navigation; here it is open below the header.
    await expect(banner.getByRole('link', { name: 'Menu', exact: true })).toBeHidden();
    await expect(banner.getByRole('search')).toHaveCount(0);
    await expect(page.locator('.yv-exit-bar__help')).toBeVisible();
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main).toBeVisible();
    for (const item of primaryNavigation)
      await expect(main.getByRole('link', { name: item.label, exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  });
}

test.describe('what a screen reader hears', () => {
  for (const width of [390, desktop]) {
    test(`header names at ${width}px: "Emergency" hidden then "Exit this page", Search, Menu`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('stage-1/');
      const exit = page.getByRole('banner').getByRole('link').first();
      await expect(exit).toHaveAccessibleName('Emergency Exit this page');
      expect(await exit.locator('.yv-visually-hidden').textContent()).toBe('Emergency');
      await expect(exit).toHaveText(/Emergency\s+Exit this page/);
      if (width < 640) {
        await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
          - banner:
            - link "Emergency Exit this page"
            - paragraph:
              - link "${siteSettings.name}"
            - link "Search"
            - link "Menu"
        `);
      } else {
        await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
          - banner:
            - link "Emergency Exit this page"
            - link "How to leave quickly"
            - paragraph:
              - link "${siteSettings.name}"
              - text: A guide for children in care and care leavers in Barnet
            - link "Search"
        `);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const width of [390, desktop]) {
    test(`the header's Search link at ${width}px goes to the search page`, { tag: '@guide' }, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('stage-1/');
      await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/\/search\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search this guide');
    });
  }
});
