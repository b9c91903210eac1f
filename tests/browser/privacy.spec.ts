// Privacy: a young person on a shared or watched device leaves no trace and is not tracked. Visiting every page,
// searching and walking the stage tool makes no request to another origin, sets no cookie, stores nothing
// (localStorage, sessionStorage, IndexedDB, Cache Storage, service workers), and breaks no rule of the content
// security policy the host sends (scripts/serve.mjs sends the built `_headers`, as Netlify or Cloudflare would).
import { test, expect, type BrowserContext, type Page } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';

type Watch = { foreign: string[]; violations: string[]; errors: string[] };

/** Record every request to another origin, every policy violation and every script error in this context. */
async function watch(context: BrowserContext, page: Page, baseURL: string): Promise<Watch> {
  const origin = new URL(baseURL).origin;
  const seen: Watch = { foreign: [], violations: [], errors: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin)
      seen.foreign.push(`${request.resourceType()} ${request.url()} (from ${request.frame()?.url() ?? 'a worker'})`);
  });
  await context.exposeBinding('yvReportViolation', (_source, text: string) => {
    seen.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { yvReportViolation: (t: string) => void }).yvReportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) seen.violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.errors.push(`${page.url()}: ${error.message}`));
  return seen;
}

/** Everything a page could have left behind in the browser. */
async function traces(page: Page): Promise<string[]> {
  const found = await page.evaluate(async () => {
    const left: string[] = [];
    if (localStorage.length) left.push(`localStorage: ${Object.keys(localStorage).join(', ')}`);
    if (sessionStorage.length) left.push(`sessionStorage: ${Object.keys(sessionStorage).join(', ')}`);
    const databases = await indexedDB.databases();
    if (databases.length) left.push(`IndexedDB: ${databases.map((d) => d.name).join(', ')}`);
    const cacheNames = 'caches' in window ? await caches.keys() : [];
    if (cacheNames.length) left.push(`Cache Storage: ${cacheNames.join(', ')}`);
    const workers = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
    if (workers.length) left.push(`service workers: ${workers.length}`);
    if (document.cookie) left.push(`document.cookie: ${document.cookie}`);
    return left;
  });
  return found.map((trace) => `${page.url()}: ${trace}`);
}

async function expectNothingLeft(context: BrowserContext, page: Page, seen: Watch, left: string[]): Promise<void> {
  left.push(...(await traces(page)));
  const cookies = (await context.cookies()).map((c) => `cookie ${c.name} for ${c.domain}`);
  expect(seen.foreign, 'requests to other origins').toEqual([]);
  expect(cookies, 'cookies').toEqual([]);
  expect(left, 'stored data').toEqual([]);
  expect(seen.violations, 'content security policy violations').toEqual([]);
  expect(seen.errors, 'script errors').toEqual([]);
}

// Every test below runs in both builds: at the domain root and in the folder /guide/ (playwright.config.ts).
test.describe('in both builds', { tag: '@guide' }, () => {
  test('visiting every page sends nothing elsewhere, sets no cookie and stores nothing', async ({
    page,
    context,
    baseURL,
    site,
  }) => {
    const paths = sitemapPaths(site);
    test.setTimeout(30_000 + paths.length * 3_000);
    const seen = await watch(context, page, baseURL!);
    const left: string[] = [];
    for (const path of [...paths, 'this-page-does-not-exist/']) {
      await page.goto(path, { waitUntil: 'load' });
      left.push(...(await traces(page)));
    }
    expect(paths.length, 'the sitemap lists the pages').toBeGreaterThan(1);
    await expectNothingLeft(context, page, seen, left);
  });

  test('searching sends nothing elsewhere, sets no cookie and stores nothing', async ({ page, context, baseURL }) => {
    const seen = await watch(context, page, baseURL!);
    await page.goto('search/?q=advocate');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    // A second search typed into the box, as a young person would.
    const box = page.getByRole('searchbox', { name: /type a word/i });
    await box.fill('complain');
    await box.press('Enter');
    await expect(page.getByRole('status')).toContainText(/complain/i);
    await expect(results.first()).toBeVisible();
    await expectNothingLeft(context, page, seen, []);
  });

  /** Click and wait for the next question or outcome to be shown (in place with JavaScript, so the h1 changes). */
  async function answer(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
    const heading = page.locator('main h1');
    const before = (await heading.textContent()) ?? '';
    await link.click();
    await expect(heading).not.toHaveText(before);
  }

  /** Start the stage tool and take the answers given (by position); returns how many answers the node reached offers. */
  async function walkStageTool(page: Page, choices: number[]): Promise<number> {
    await page.goto('which-stage/');
    await answer(page, page.getByRole('link', { name: 'Start now' }));
    for (const choice of choices) await answer(page, page.locator('[data-yv-answer]').nth(choice));
    await expect(page.locator('[data-yv-node]')).toBeVisible();
    return page.locator('[data-yv-answer]').count();
  }

  test('walking every path of the stage tool, with dates and the calendar file, sends nothing elsewhere and stores nothing', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const seen = await watch(context, page, baseURL!);
    const left: string[] = [];
    const toVisit: number[][] = [[]];
    let outcomes = 0;
    while (toVisit.length) {
      const choices = toVisit.pop()!;
      const answers = await walkStageTool(page, choices);
      for (let i = 0; i < answers; i += 1) toVisit.push([...choices, i]);
      if (answers > 0) continue;
      outcomes += 1;
      // An outcome with dates: type one in, and make the calendar file (made in the browser, never sent anywhere).
      if (await page.getByLabel('Day').isVisible()) {
        await page.getByLabel('Day').fill('2');
        await page.getByLabel('Month').fill('11');
        await page.getByLabel('Year').fill('2026');
        await page.getByRole('button', { name: 'Work out my dates' }).click();
        await expect(page.locator('[data-yv-due-date]:not(:empty)').first()).toBeVisible();
        const calendar = page
          .getByRole('button', { name: /add to calendar/i })
          .or(page.getByRole('link', { name: /add to calendar/i }));
        if (await calendar.first().isVisible()) {
          const download = page.waitForEvent('download');
          await calendar.first().click();
          await download;
        }
      }
      left.push(...(await traces(page)));
    }
    expect(outcomes, 'the walk reached outcomes').toBeGreaterThan(5);
    await expectNothingLeft(context, page, seen, left);
  });
});
