// A missing page: the host answers 404 with the site's own page, which leads back into the site (home, search,
// contacts), at the domain root and in a folder.
import { test, expect } from '../support/test.ts';

test(
  'a missing page answers 404 with links home, to search and to contacts, and they lead back into the site',
  {
    tag: '@guide',
  },
  async ({ page, site }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    for (const name of ['go to the home page', 'search this guide', 'find someone to contact']) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
    await page.getByRole('link', { name: 'go to the home page' }).click();
    await expect(page).toHaveURL(new RegExp(`^http://localhost:\\d+${site.base.replace(/\//g, '\\/')}$`));
    await expect(page.locator('h1')).toHaveCount(1);
  },
);
