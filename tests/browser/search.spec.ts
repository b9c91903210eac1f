// Search: the query set finds the right pages in the top three (hit rate reported), spelling help says what it
// searched for, no results and no JavaScript still help, results arrive without moving the page, "Show more results"
// never repeats a result, the count is announced, results work by keyboard, the header form hands its query over,
// it runs under a strict policy, and its empty results list is out of the accessibility tree until it has results.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { test, expect, type Page } from '../support/test.ts';
import { axeViolationsEverywhere } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { readEntries, readGuidePages } from '../../src/loaders/data-files.ts';
import { pathWithoutBase } from '../../src/lib/search.ts';
import { routePages } from '../../src/data/routes.ts';

/** Queries as young people type them, and the pages (site paths) one of which must be in the top three. */
const querySet = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as {
  queries: { query: string; expect: string[] }[];
};
/** Share of the query set that must find its page in the top three. */
const REQUIRED_HIT_RATE = 0.95;

const status = (page: Page) => page.locator('.yv-search__status');
const resultLinks = (page: Page) => page.locator('.yv-search__results .yv-search__link');

/** Open the search page for a query and wait until the live region has said what it found. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(/^(\d+ results? for|No results for) /, { timeout: 15_000 });
}

/** The first results' site paths, without the base path the page is served under. */
async function topPaths(page: Page, base: string, count = 3): Promise<string[]> {
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.slice(0, count).map((href) => pathWithoutBase(base, href));
}

const matches = (path: string, expected: string) =>
  expected.endsWith('*') ? path.startsWith(expected.slice(0, -1)) : path === expected;

// Every test below runs in both builds: at the domain root and in the folder /guide/ (playwright.config.ts).
test.describe('in both builds', { tag: '@guide' }, () => {
  test('the query set finds its page in the top three at least 95% of the time (the hit rate is reported)', async ({
    page,
    site,
  }) => {
    test.setTimeout(240_000);
    const misses: string[] = [];
    for (const { query, expect: expected } of querySet.queries) {
      await searchFor(page, query);
      const top = await topPaths(page, site.base);
      if (!top.some((path) => expected.some((e) => matches(path, e))))
        misses.push(`"${query}" -> ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
    }
    const total = querySet.queries.length;
    const rate = (total - misses.length) / total;
    const report = `search hit rate: ${total - misses.length}/${total} (${(rate * 100).toFixed(1)}%)${misses.length ? `; missed: ${misses.join('; ')}` : ''}`;
    console.log(report);
    test.info().annotations.push({ type: 'hit rate', description: report });
    expect(total).toBeGreaterThanOrEqual(40);
    expect(rate, report).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
  });

  test('a corrected query says what it searched for', async ({ page, site }) => {
    await searchFor(page, 'how do i complane');
    await expect(page.locator('[data-yv-search-corrected]')).toHaveText(
      'Showing results for complaint. Search for “how do i complane” instead',
    );
    await expect(status(page)).toHaveText(/^\d+ results? for complaint$/);
    expect((await topPaths(page, site.base))[0]).toBe('/how-to-complain/');
    // The person can have their own words back, uncorrected.
    await page.getByRole('link', { name: 'Search for “how do i complane” instead' }).click();
    await expect(status(page)).toHaveText('No results for how do i complane');
    await expect(page).toHaveURL(/[?&]spelling=as-typed(&|$)/);
    await expect(page.locator('#yv-search-input')).toBeFocused();
    // A query spelt as the site spells it is searched as typed, with no "Showing results for".
    await page.locator('#yv-search-input').fill('complaint');
    await expect(status(page)).toHaveText(/^\d+ results? for complaint$/);
    await expect(page.locator('[data-yv-search-corrected]')).toBeHidden();
  });

  test('the accessibility statement never comes before the guide for a complaint query', async ({ page }) => {
    for (const query of ['complaint', 'compliant', 'complian', 'make a complaint']) {
      await searchFor(page, query);
      const paths = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      const statement = paths.findIndex((path) => path.endsWith('/accessibility/'));
      const guide = paths.findIndex((path) => path.endsWith('/how-to-complain/'));
      expect(guide, `${query}: ${paths.join(', ')}`).toBe(0);
      expect(statement === -1 || statement > guide, `${query}: ${paths.join(', ')}`).toBe(true);
    }
  });

  test('common words alone do not match everything', async ({ page }) => {
    await searchFor(page, 'i');
    await expect(status(page)).toHaveText('No results for i');
    await searchFor(page, 'how do i');
    await expect(status(page)).toHaveText('No results for how do i');
  });

  test('the number of results is announced in a polite live region, and updates as you type', async ({ page }) => {
    // The region is on the page (empty, not display: none) before anything is searched, so its first change is heard.
    await page.goto('search/');
    await expect(page.locator('#yv-search-input')).toBeVisible();
    expect(await status(page).evaluate((el) => getComputedStyle(el).display)).not.toBe('none');

    await searchFor(page, 'ombudsman');
    const region = status(page);
    await expect(region).toHaveAttribute('role', 'status');
    // The region counts every result, not only the first page of them: show them all, then count.
    const showMore = page.getByRole('button', { name: 'Show more results' });
    while (await showMore.isVisible()) {
      const before = await resultLinks(page).count();
      await showMore.click();
      await expect(resultLinks(page)).not.toHaveCount(before);
    }
    const count = await resultLinks(page).count();
    expect(count).toBeGreaterThan(0);
    await expect(region).toHaveText(count === 1 ? '1 result for ombudsman' : `${count} results for ombudsman`);

    await expect(page).toHaveTitle(new RegExp(`^${count} results? for ombudsman – Search this guide`));

    await page.locator('#yv-search-input').fill('advocate');
    await expect(region).toHaveText(/^\d+ results? for advocate$/);
    await expect(page).toHaveURL(/[?&]q=advocate(&|$)/);
  });

  test('each result has its title as a link, its section and an excerpt with the matched words marked', async ({
    page,
  }) => {
    await searchFor(page, 'ombudsman');
    const first = page.locator('.yv-search__result').first();
    await expect(first.locator('a')).toHaveText(/\S/);
    await expect(first.locator('.yv-search__section')).toHaveText(
      /^Section: (Home|Have your say|Support|Advocacy|Complaints|About this guide)$/,
    );
    await expect(first.locator('.yv-search__excerpt mark').first()).toHaveText(/ombudsman/i);
  });

  /** Contacts with a phone number in src/data/contacts.yaml: the phone numbers the search page lists. */
  function phoneContacts(): string[] {
    return readEntries('contacts').flatMap((contact) => (contact.phone ? [contact.phone.display] : []));
  }

  /** The three pages most people need, and every phone number, in the help block. */
  async function expectHelp(page: Page, base: string): Promise<void> {
    const help = page.locator('[data-yv-search-help]');
    await expect(help).toBeVisible();
    await expect(help.getByRole('link', { name: 'Make a complaint' })).toHaveAttribute(
      'href',
      `${base}how-to-complain/`,
    );
    await expect(help.getByRole('link', { name: 'Get an advocate' })).toHaveAttribute(
      'href',
      `${base}get-an-advocate/`,
    );
    await expect(help.getByRole('link', { name: 'Which stage am I at?' })).toHaveAttribute(
      'href',
      `${base}which-stage/`,
    );
    const shown = await help.locator('a[href^="tel:"]').allTextContents();
    expect(shown.toSorted()).toEqual(phoneContacts().toSorted());
  }

  test('no results: says so, and shows the three most useful pages, the phone numbers, the A to Z and the contacts', async ({
    page,
    site,
  }) => {
    await searchFor(page, 'zzqxvy');
    await expect(status(page)).toHaveText('No results for zzqxvy');
    await expect(page.locator('.yv-search__results')).toBeHidden();
    await expect(page.locator('[data-yv-search-corrected]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
    const none = page.locator('[data-yv-search-none]');
    await expect(none).toBeVisible();
    await expectHelp(page, site.base);
    await expect(none.getByRole('link', { name: 'A to Z of every page' })).toHaveAttribute('href', '#a-to-z');
    await none.getByRole('link', { name: 'who you can contact' }).click();
    await expect(page).toHaveURL(/\/contacts\/$/);
  });

  test('with results on screen, the help block steps aside', async ({ page }) => {
    await searchFor(page, 'ombudsman');
    await expect(page.locator('[data-yv-search-help]')).toBeHidden();
    await page.locator('#yv-search-input').fill('');
    await expect(status(page)).toHaveText('');
    await expect(page.locator('[data-yv-search-help]')).toBeVisible();
  });

  test('keyboard only: type a query, move to a result with Tab and arrows, open it with Enter', async ({ page }) => {
    await page.goto('search/');
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'yv-search-input')) break;
    }
    await expect(page.locator('#yv-search-input')).toBeFocused();
    await page.keyboard.type('stage 2');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(/^\d+ results? for stage 2$/);
    const links = resultLinks(page);

    // Tab: past the Search button to the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    // Arrows: back up to the box, down to the first and second results.
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#yv-search-input')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    if ((await links.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(links.first()).toBeFocused();
    }
    const target = await links.first().evaluate((a) => (a as HTMLAnchorElement).pathname);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === target);
    await expect(page.locator('h1')).toBeVisible();
  });

  test('more than ten results: "Show more results" adds the next ones and moves focus to the first new one', async ({
    page,
  }) => {
    await searchFor(page, 'complaint');
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total, 'the query "complaint" should match more than 10 pages').toBeGreaterThan(10);
    await expect(resultLinks(page)).toHaveCount(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(resultLinks(page)).toHaveCount(Math.min(total, 20));
    await expect(resultLinks(page).nth(10)).toBeFocused();
  });

  test('"Show more results" pressed twice at once never adds the same result twice', async ({ page }) => {
    await searchFor(page, 'complaint');
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    // Two presses before the first page of extra results has loaded (as a quick double tap would do).
    await page.locator('[data-yv-search-more]').evaluate((button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    // Each press asks for the next 10 results after those already asked for.
    await expect(resultLinks(page)).toHaveCount(Math.min(total, 30));
    await page.waitForTimeout(500);
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(Math.min(total, 30));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  test('results arrive without moving anything on the page: layout shift 0, at 320px and 1280px', async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await searchFor(page, 'complaint');
      await expect(resultLinks(page)).toHaveCount(10);
      await page.waitForTimeout(500);
      expect(
        await page.evaluate(() => (window as unknown as { shift: number }).shift),
        `layout shift at ${width}px`,
      ).toBe(0);
    }
  });

  test("the header's Search link on any page opens the search page, which searches what is typed", async ({ page }) => {
    await page.goto('');
    await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await page.locator('#yv-search-input').fill('not happy');
    await page.locator('#yv-search-input').press('Enter');
    await expect(status(page)).toHaveText(/^(\d+ results? for|No results for) not happy$/);
  });

  test('nothing of Pagefind loads on an ordinary page; the search page loads it without a query', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('');
    await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).focus();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.goto('search/');
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect(page.locator('#yv-search-input')).toBeVisible();
  });

  /** Pages that should be in the A to Z: every guide page not marked unlisted, plus navigation pages that are not guide pages. */
  function atoZPageCount(): number {
    const guidePages = readGuidePages();
    const listed = guidePages.filter((page) => !page.data.unlisted);
    const guidePaths = new Set(guidePages.map((page) => page.path));
    const inMenus = routePages.filter((route) => route.navOrder !== undefined || route.footerOrder !== undefined);
    const others = new Set(inMenus.map((route) => route.path).filter((path) => !guidePaths.has(path)));
    return listed.length + others.size;
  }

  test('without JavaScript: says plainly that searching needs it, then the useful pages, the phone numbers and the A to Z by section', async ({
    page,
    context,
    site,
  }) => {
    await blockPageScripts(context);
    await page.goto('search/?q=moan');
    await expect(page.locator('#yv-search-input')).toBeHidden();
    await expect(page.locator('.yv-search__nojs')).toBeVisible();
    await expect(page.locator('.yv-search__nojs')).toContainText('Searching needs JavaScript');
    await expect(page.locator('.yv-search__status')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
    await expect(page.locator('[data-yv-search-none]')).toBeHidden();
    await expectHelp(page, site.base);
    await expect(page.getByRole('heading', { level: 2, name: 'A to Z of every page' })).toBeVisible();
    await expect(page.locator('.yv-atoz__section')).toHaveText([
      'Home',
      'Have your say',
      'Support',
      'Advocacy',
      'Complaints',
      'About this guide',
      'Other pages',
    ]);
    await expect(page.locator('.yv-atoz__pages a')).toHaveCount(atoZPageCount());
    await expect(page.locator('.yv-atoz__pages').getByRole('link', { name: 'Which stage am I at?' })).toHaveCount(1);
    await expect(page.locator('.yv-atoz__summary').first()).toHaveText(/\S/);
  });

  test('with JavaScript the A to Z stays below the results', async ({ page }) => {
    await searchFor(page, 'ombudsman');
    await expect(page.locator('.yv-search__nojs')).toBeHidden();
    await expect(page.locator('.yv-atoz__pages a')).toHaveCount(atoZPageCount());
  });

  test('works under a strict content security policy: inline scripts only by hash, WebAssembly allowed, no worker needed', async ({
    page,
    context,
  }) => {
    // The policy the deploy needs, sent as a header on every response (documents and scripts alike).
    // Inline scripts and styles are allowed only by their hashes, as a host would set them.
    const hashes = (html: string, tag: 'script' | 'style') =>
      [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
        .map((m) => m[1]!)
        .filter((body) => body.length > 0)
        .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = route.request().resourceType();
      const body = type === 'document' ? await response.text() : '';
      const policy = [
        "default-src 'self'",
        "connect-src 'self'",
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${type === 'document' ? hashes(body, 'script').join(' ') : ''}`,
        `style-src 'self' ${type === 'document' ? hashes(body, 'style').join(' ') : ''}`,
      ].join('; ');
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
        ...(type === 'document' ? { body } : {}),
      });
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await searchFor(page, 'ombudsman');
    await expect(status(page)).toHaveText(/^\d+ results? for ombudsman$/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // Pagefind runs on the page (noWorker): nothing is started that a worker-src would have to allow.
    expect(workers).toEqual([]);
    expect(warnings.filter((w) => /pagefind|worker|wasm|content security/i.test(w))).toEqual([]);
  });

  test.describe('axe on the search page', () => {
    const states: [string, string, boolean][] = [
      ['with results', 'search/?q=ombudsman', true],
      ['with no results', 'search/?q=zzqxvy', true],
      ['without JavaScript', 'search/?q=moan', false],
    ];
    for (const [name, path, javaScript] of states) {
      test(`axe: search ${name}`, async ({ page, context }) => {
        if (!javaScript) await blockPageScripts(context);
        await page.goto(path);
        if (javaScript) await expect(status(page)).toHaveText(/for /);
        const found = await axeViolationsEverywhere(page);
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  });
});

// An empty results list is out of the accessibility tree: before any search, with or without JavaScript, and after a
// search that finds nothing, a screen reader meets no empty list.
const resultsList = (page: Page) => page.getByRole('list', { name: 'Search results' });

test('before any search, with JavaScript, there is no results list to meet', async ({ page }) => {
  await page.goto('search/');
  const box = page.locator('main').getByRole('searchbox');
  const search = page.locator('main').getByRole('button', { name: 'Search' });
  await expect(box).toBeVisible();
  await expect(resultsList(page)).toHaveCount(0);
  await box.fill('advocate');
  await search.click();
  await expect(resultsList(page)).toHaveCount(1);
  await box.fill('zzqxv');
  await search.click();
  await expect(page.locator('.yv-search__status')).toHaveText(/^No results for/);
  await expect(resultsList(page)).toHaveCount(0);
});

test('without JavaScript there is no results list either', async ({ page, context }) => {
  await blockPageScripts(context);
  await page.goto('search/');
  await expect(resultsList(page)).toHaveCount(0);
  await expect(page.locator('.yv-search__results')).toHaveAttribute('aria-hidden', 'true');
});
