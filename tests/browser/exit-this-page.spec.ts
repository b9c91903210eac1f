// The page shell: language, skip link, keyboard order, visible focus, exit link, 404.
import { test, expect, type Page } from '@playwright/test';

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const name =
      el.getAttribute('aria-label') || (el.tagName === 'INPUT' ? el.getAttribute('name') : el.textContent) || el.id;
    return name.replace(/\s+/g, ' ').trim();
  });
}

test('every page says it is in British English and has one h1 inside main', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('Tab reaches the skip link, exit link, search, navigation and main content in that order', async ({ page }) => {
  await page.goto('');
  const order: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await focusedName(page));
  }
  const expected = ['Skip to main content', 'Emergency Exit this page', 'q', 'Home'];
  const positions = expected.map((name) => order.indexOf(name));
  expect(
    positions.every((p) => p >= 0),
    `focus order was: ${order.join(' | ')}`,
  ).toBe(true);
  expect(positions, `focus order was: ${order.join(' | ')}`).toEqual([...positions].sort((a, b) => a - b));
  expect(order[0]).toBe('Skip to main content');

  await page.goto('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

// The home page, a page with a start button, and a leaflet with its print button (shown by script).
for (const path of ['', 'which-stage/', 'leaflets/your-voice/']) {
  test(`the focus is always visible on /${path}: every focusable element shows the yellow focus colour`, async ({
    page,
  }) => {
    await page.goto(path);
    const count = await page.locator('a[href]:visible, button:visible, input:visible').count();
    for (let i = 0; i < count; i += 1) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`,
          bg: s.backgroundColor,
          outline: s.outlineStyle + s.outlineColor,
          shadow: s.boxShadow,
          visible: el.offsetWidth > 0,
        };
      });
      if (!style.visible) continue;
      // Any shadow is not enough: a button's own shadow is there without focus too.
      const shows = [style.bg, style.outline, style.shadow].some((value) => value.includes('rgb(255, 221, 0)'));
      expect(shows, `${style.name} (#${i}) has no visible focus`).toBe(true);
    }
  });
}

test('Exit this page leaves for the neutral site and replaces the history entry', async ({ page, context }) => {
  // The neutral site is another origin: answer it locally so the test never leaves this machine.
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
  await page.goto('');
  await page.goto('exit-this-page/');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('pressing Shift 3 times exits, and the count is announced', async ({ page, context }) => {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
  await page.goto('');
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-yv-exit-status]')).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-yv-exit-status]')).toHaveText('Shift, press 1 more time to exit.');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://www.bbc.co.uk/weather');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Exit this page is a plain link to the neutral site', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toHaveAttribute(
      'href',
      'https://www.bbc.co.uk/weather',
    );
  });
  test('the header search is a plain form that goes to the search page', async ({ page }) => {
    await page.goto('');
    const form = page.getByRole('search');
    await expect(form).toHaveAttribute('method', 'get');
    expect(await form.getAttribute('action')).toMatch(/\/search\/$/);
  });
});

test('a missing page answers 404 with links home, to contacts and to search', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  for (const name of ['go to the home page', 'search this guide', 'find someone to contact']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
});
