// Finding the way: Menu on a phone goes to the full navigation in the footer (with and without JavaScript), long
// pages list their sections in "On this page", breadcrumbs read without their separators, and the complaint pages
// show where each step fits.
import { test, expect } from '../support/test.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { primaryNavigation } from '../support/navigation.ts';

for (const javaScript of ['on', 'off'] as const) {
  test(`Menu on a phone goes to the full navigation in the footer (JavaScript ${javaScript})`, async ({
    page,
    context,
  }) => {
    if (javaScript === 'off') await blockPageScripts(context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('support/');
    const menuLink = page.getByRole('banner').getByRole('link', { name: 'Menu' });
    await expect(menuLink).toHaveAttribute('href', '#footer-nav');
    await menuLink.click();
    await expect(page).toHaveURL(/#footer-nav$/);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu).toBeInViewport();
    for (const item of primaryNavigation)
      await expect(menu.getByRole('link', { name: item.label, exact: true })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Get support' })).toHaveAttribute('aria-current', 'page');
    // The next Tab goes on from the menu, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#footer-nav')))).toBe(true);
  });
}

test('long pages have "On this page" linking to each section; short pages do not', async ({ page }) => {
  await page.goto('how-to-complain/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const sections = await page
    .locator('main h2[id]')
    .evaluateAll((hs) => hs.filter((h) => !h.closest('nav')).map((h) => h.id));
  const links = await contents.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThanOrEqual(5);
  for (const href of links) expect(sections).toContain(href!.slice(1));
  await page.goto('say-thank-you/');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});

test('breadcrumb separators are not read out', async ({ page }) => {
  await page.goto('stage-2/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  expect(await crumbs.ariaSnapshot()).toBe(
    [
      '- navigation "Breadcrumb":',
      '  - list:',
      '    - listitem:',
      '      - link "Home":',
      '        - /url: /',
      '    - listitem:',
      '      - link "Make a complaint":',
      '        - /url: /how-to-complain/',
    ]
      .join('\n')
      .replace(/\/url: \//g, `/url: ${new URL(page.url()).pathname.replace(/stage-2\/$/, '')}`),
  );
});

test('complaint pages show the step by step navigation with the current stage marked', async ({ page }) => {
  const stagesInOrder = ['stage-1/', 'stage-2/', 'stage-3/', 'ombudsman/'];
  for (const [index, path] of stagesInOrder.entries()) {
    await page.goto(path);
    const steps = page.getByRole('navigation', { name: 'Where this step fits' });
    await expect(steps.getByRole('listitem')).toHaveCount(4);
    const current = steps.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    expect(await current.getAttribute('href')).toMatch(new RegExp(`/${path}$`));
    await expect(page.locator('main')).toContainText(`step ${index + 1} of 4`);
  }
});
