// Focus never hidden under the sticky header (WCAG 2.2, 2.4.11 and 2.4.12): on every page, at a small phone's cover
// screen up to a desktop, and with text at 200%, Tab forwards and then backwards through the whole page, and follow
// every link to a part of the same page. No focused element and no link target may be under the header, wholly or
// in part (its focus style included), nor left off screen.
import type { CDPSession } from '@playwright/test';
import { test, expect, type Page } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';
import { followInPageLinks, startRound, watchFocus, type CoverLog, type Covered } from '../support/header-cover.ts';

type View = { name: string; width: number; height: number; text?: 'browser' | 'page' };

/**
 * Text at 200% two ways. "browser": the browser's own text size setting (Chromium's default font size, as its
 * settings page sets it), which em-based media queries follow. "page": the root element's font size made 200%, as a
 * user style sheet or reading extension does; media queries do not follow that, only rem and em inside the page do.
 */
const views: View[] = [
  { name: '280 × 653', width: 280, height: 653 },
  { name: '320 × 640', width: 320, height: 640 },
  { name: '360 × 800', width: 360, height: 800 },
  { name: '390 × 844', width: 390, height: 844 },
  { name: '1280 × 800', width: 1280, height: 800 },
  { name: '320 × 640, browser text 200%', width: 320, height: 640, text: 'browser' },
  { name: '390 × 844, page text 200%', width: 390, height: 844, text: 'page' },
];

/** The widest focus style reaches 3px above its element (the text boxes' outline; links draw 2px of yellow). */
const focusRing = 3;
/** Tab presses sent at once before the test reads the page's log; a page has at most a few hundred focus stops. */
const batch = 10;
const pressLimit = 800;

/**
 * Presses Tab from the top (or Shift+Tab from the end) until focus has been round the page once. The key presses
 * are real ones (the same DevTools input events Playwright's keyboard sends), sent a batch at a time without waiting
 * for each: the browser still handles them one after another, and the page checks each focus stop itself.
 */
async function tabRound(
  page: Page,
  cdp: CDPSession,
  key: 'Tab' | 'Shift+Tab',
): Promise<Pick<CoverLog, 'checked' | 'covered'>> {
  const from: 'top' | 'end' = key === 'Tab' ? 'top' : 'end';
  await page.evaluate(startRound, from);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers: key === 'Tab' ? 0 : 8 };
  const press = () =>
    Promise.all([
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
    ]);
  for (let pressed = 0; pressed < pressLimit; pressed += batch) {
    await Promise.all(Array.from({ length: batch }, press));
    if (await page.evaluate(() => window.yvCoverLog.over)) break;
  }
  return page.evaluate(() => {
    const { checked, covered, over } = window.yvCoverLog;
    if (!over) throw new Error('Tab never came round to the start of the page');
    return { checked, covered };
  });
}

async function openAt(page: Page, cdp: CDPSession, path: string, view: View): Promise<void> {
  await page.setViewportSize({ width: view.width, height: view.height });
  await cdp.send('Page.setFontSizes', {
    fontSizes: view.text === 'browser' ? { standard: 32, fixed: 26 } : { standard: 16, fixed: 13 },
  });
  await page.goto(path);
  if (view.text === 'page') await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
}

const line = (view: View, how: string) => (c: Covered) => `[${view.name}] ${how}: ${c.what} ${c.how} (${c.by})`;

for (const path of sitemapPaths()) {
  test(`/${path}: focus and link targets are never under the sticky header (${views.length} sizes)`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.addInitScript(watchFocus, focusRing);
    const cdp = await page.context().newCDPSession(page);
    const problems: string[] = [];
    for (const view of views) {
      await openAt(page, cdp, path, view);
      const forwards = await tabRound(page, cdp, 'Tab');
      const backwards = await tabRound(page, cdp, 'Shift+Tab');
      expect(forwards.checked, `[${view.name}] Tab reached controls`).toBeGreaterThan(3);
      expect(backwards.checked, `[${view.name}] Shift+Tab reached as many`).toBe(forwards.checked);
      const links = await page.evaluate(followInPageLinks);
      expect(links.followed, `[${view.name}] the skip link at least was followed`).toBeGreaterThan(0);
      problems.push(
        ...forwards.covered.map(line(view, 'Tab')),
        ...backwards.covered.map(line(view, 'Shift+Tab')),
        ...links.covered.map(line(view, 'link target')),
      );
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
