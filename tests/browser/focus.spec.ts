// Focus: Tab goes from the skip link to the exit link, search, the navigation and the page in that order; focus you
// can see, in light and dark: Tab through every page at a phone's width and a desktop's, and through the stage tool's
// error state. Every focused control must have text at 4.5:1 or more against what is behind it, and must look
// different from the same control without focus; on three pages, every control shows the yellow focus colour.
import { test, expect, type Page } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';
import { readFocused } from '../support/focus-style.ts';
import { colourSchemes } from '../support/axe.ts';

const widths = [390, 1280] as const;
const minContrast = 4.5;

/**
 * Tabs on to the end of the page, reading every focused element; returns the problems found, how many controls showed
 * focus and the first one. The Tab after the last control leaves the page, so the next Tab starts again at the top.
 */
async function tabThrough(page: Page, label: string): Promise<{ problems: string[]; count: number; first?: string }> {
  const problems: string[] = [];
  let count = 0;
  let first: string | undefined;
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const reading = await readFocused(page);
    if (!reading) break;
    first ??= reading.name;
    if (!reading.visible) continue;
    count += 1;
    if (reading.contrast < minContrast)
      problems.push(`${label} ${reading.name}: text contrast ${reading.contrast}:1 when focused`);
    if (!reading.differs) problems.push(`${label} ${reading.name}: looks the same with and without focus`);
  }
  return { problems, count, first };
}

/** The name of the focused element as the order test knows it: its label, an input's name, or its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const name =
      el.getAttribute('aria-label') || (el.tagName === 'INPUT' ? el.getAttribute('name') : el.textContent) || el.id;
    return name.replace(/\s+/g, ' ').trim();
  });
}

test(
  'Tab reaches the skip link, exit link, search, navigation and main content in that order',
  { tag: '@guide' },
  async ({ page }) => {
    await page.goto('');
    const order: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focusedName(page));
    }
    const expected = ['Skip to main content', 'Emergency Exit this page', 'Search', 'Home'];
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
  },
);

// The home page, a page with a start button, and a leaflet with its print button (shown by script).
for (const path of ['', 'which-stage/', 'leaflets/your-voice/']) {
  test(
    `the focus is always visible on /${path}: every focusable element shows the yellow focus colour`,
    {
      tag: '@guide',
    },
    async ({ page }) => {
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
    },
  );
}

for (const path of sitemapPaths()) {
  test(`focus is visible with enough contrast on /${path} (light and dark, ${widths.join(' and ')} px)`, async ({
    page,
  }) => {
    // One load: a width and a colour scheme are media the page follows as they change. Each pass starts at the top.
    const problems: string[] = [];
    const firsts = new Set<string | undefined>();
    await page.setViewportSize({ width: widths[0], height: 844 });
    await page.goto(path);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 844 });
      for (const colorScheme of colourSchemes) {
        await page.emulateMedia({ colorScheme });
        const result = await tabThrough(page, `[${width}px ${colorScheme}]`);
        expect(result.count, `Tab reached controls at ${width}px ${colorScheme}`).toBeGreaterThan(3);
        problems.push(...result.problems);
        firsts.add(result.first);
      }
    }
    expect([...firsts], 'every pass started at the top of the page').toEqual(['a "Skip to main content"']);
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
