// Exit this page: the link leaves for a neutral site and replaces the history entry, pressing Shift 3 times does the
// same with GOV.UK Frontend's rules (a count that is announced, reset by another key or by a pause), and without
// JavaScript it is still a plain link to the neutral site.
import { test, expect, type BrowserContext, type Page } from '../support/test.ts';
import { exitDestination } from '../../src/data/exit.ts';
import { messages, timeoutMs } from '../../src/lib/exit-keys.ts';

/** The neutral site is another origin: answer it locally so the test never leaves this machine. */
async function answerNeutralSite(context: BrowserContext): Promise<void> {
  await context.route(`${new URL(exitDestination).origin}/**`, (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
}

const status = (page: Page) => page.locator('[data-yv-exit-status]');

test(
  'Exit this page leaves for the neutral site and replaces the history entry',
  { tag: '@guide' },
  async ({ page, context }) => {
    await answerNeutralSite(context);
    await page.goto('');
    await page.goto('exit-this-page/');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(exitDestination);
    expect(await page.evaluate(() => history.length)).toBe(before);
  },
);

test('pressing Shift 3 times exits, and the count is announced', { tag: '@guide' }, async ({ page, context }) => {
  await answerNeutralSite(context);
  await page.goto('');
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText(messages.twoMore);
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText(messages.oneMore);
  await page.keyboard.press('Shift');
  await page.waitForURL(exitDestination);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Exit this page is a plain link to the neutral site', { tag: '@guide' }, async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toHaveAttribute('href', exitDestination);
  });
});

test.describe('Exit this page by pressing Shift 3 times (GOV.UK rules)', () => {
  test.beforeEach(async ({ page, context }) => {
    await answerNeutralSite(context);
    await page.clock.install();
    await page.goto('');
  });

  test('Shift+Tab between presses resets the count, so 3 more presses are needed', async ({ page }) => {
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.twoMore);
    await page.keyboard.press('Shift+Tab');
    await expect(status(page)).toHaveText(messages.expired);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.oneMore);
    expect(page.url()).not.toContain(new URL(exitDestination).host);
    await page.keyboard.press('Shift');
    await page.waitForURL(exitDestination);
  });

  test('another key between presses resets the count', async ({ page }) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await expect(status(page)).toHaveText(messages.expired);
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.twoMore);
  });

  test('the count times out, says so, and the message then clears', async ({ page }) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.oneMore);
    await page.clock.runFor(timeoutMs + 10);
    await expect(status(page)).toHaveText(messages.expired);
    await page.clock.runFor(timeoutMs + 10);
    await expect(status(page)).toHaveText('');
    // After the time-out the count starts again from the beginning.
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.twoMore);
  });

  test('presses further apart than the time-out never add up to an exit', async ({ page }) => {
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Shift');
      await expect(status(page)).toHaveText(messages.twoMore);
      await page.clock.runFor(timeoutMs + 10);
    }
    expect(page.url()).not.toContain(new URL(exitDestination).host);
  });
});
