// The search page's results list is out of the accessibility tree until it has results: before any search, with or
// without JavaScript, and after a search that finds nothing, a screen reader meets no empty list.
import { test, expect, type Page } from '@playwright/test';
import { blockPageScripts } from '../support/no-script.ts';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test('before any search, with JavaScript, there is no results list to meet', async ({ page }) => {
  await page.goto('search/');
  const box = page.locator('main').getByRole('searchbox');
  const search = page.locator('main').getByRole('button', { name: 'Search' });
  await expect(box).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await box.fill('advocate');
  await search.click();
  await expect(results(page)).toHaveCount(1);
  await box.fill('zzqxv');
  await search.click();
  await expect(page.locator('.yv-search__status')).toHaveText(/^No results for/);
  await expect(results(page)).toHaveCount(0);
});

test('without JavaScript there is no results list either', async ({ page, context }) => {
  await blockPageScripts(context);
  await page.goto('search/');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('.yv-search__results')).toHaveAttribute('aria-hidden', 'true');
});
