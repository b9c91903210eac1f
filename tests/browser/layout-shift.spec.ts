// The first paint comes from the page's HTML alone, and nothing moves when the stylesheets arrive: every kind of page,
// at 320 px and 1280 px, with the stylesheets held back by the network (src/integrations/first-paint-css.ts).
import { test, expect } from '../support/test.ts';

/** One page of each kind (paths relative to the site's base). */
const pageKinds = [
  ['home', ''],
  ['guide page', 'get-an-advocate/'],
  ['stage page', 'stage-1/'],
  ['stage tool step', 'which-stage/complained/'],
  ['stage tool outcome with dates', 'which-stage/waiting-stage-1/'],
  ['urgent: something is about to happen', 'which-stage/urgent/'],
  ['Easy Read page', 'easy-read/how-to-complain/'],
  ['letter helper', 'write/stage-1/'],
  ['words explained', 'words-explained/'],
  ['leaflet', 'leaflets/your-voice/'],
  ['search', 'search/?q=advocate'],
  ['contacts', 'contacts/'],
  ['not found (404)', 'no-such-page/'],
] as const;

/** How long the network holds back every stylesheet: long enough that a first paint waiting for one would show. */
const stylesheetDelay = 1500;

for (const width of [320, 1280]) {
  for (const [kind, path] of pageKinds) {
    test(`@guide ${kind} at ${width}px: drawn before its stylesheets arrive, and nothing moves when they do (CLS 0)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
      await page.route('**/*.css', async (route) => {
        await new Promise((done) => setTimeout(done, stylesheetDelay));
        await route.continue();
      });
      await page.addInitScript(() => {
        const shifts: string[] = [];
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            shifts.push(
              `${entry.value.toFixed(4)}: ${(entry.sources ?? []).map((source) => source.node?.nodeName).join(', ')}`,
            );
          }
        }).observe({ type: 'layout-shift', buffered: true });
        Object.assign(window, { layoutShifts: () => ({ total, shifts }) });
      });
      await page.goto(path, { waitUntil: 'load' });
      // Two frames after load, so a shift the last stylesheet causes is reported.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
      const timing = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
        stylesheets: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.css'))
          .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
      }));
      expect(timing.stylesheets.length, 'the page loads stylesheets').toBeGreaterThan(0);
      expect(timing.firstPaint, 'first paint before any stylesheet has arrived').toBeLessThan(
        Math.min(...timing.stylesheets),
      );
      const { total, shifts } = await page.evaluate(() =>
        (window as unknown as { layoutShifts: () => { total: number; shifts: string[] } }).layoutShifts(),
      );
      expect(total, shifts.join('\n')).toBe(0);
    });
  }
}

test('@guide with JavaScript, the search page is first drawn with its search box, never the note that searching needs JavaScript', async ({
  page,
}) => {
  await page.route('**/*.css', async (route) => {
    await new Promise((done) => setTimeout(done, stylesheetDelay));
    await route.continue();
  });
  await page.goto('search/?q=advocate', { waitUntil: 'commit' });
  // Before any stylesheet has arrived: the first paint's own CSS, with the classes the page's inline script adds.
  await expect(page.locator('.yv-search__form')).toBeVisible({ timeout: stylesheetDelay / 2 });
  await expect(page.locator('.yv-search__nojs')).toBeHidden();
  const arrived = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.css')),
  );
  expect(arrived, 'checked before any stylesheet arrived').toBe(false);
});
