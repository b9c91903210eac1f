// Search: everyday words find the right page in the top three, the count is announced, results work by keyboard,
// the header form hands its query over, the page still helps without JavaScript, and it runs under a strict policy.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { axeViolationsEverywhere } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { basePath as base } from '../support/site.ts';
import { pathWithoutBase } from '../../src/lib/search.ts';
import { guidePath } from '../../src/lib/urls.ts';
import { routePages } from '../../src/data/routes.ts';

/** A query as a young person types it, and the pages (site paths) that must be in the top three. */
const queries: [string, string[]][] = [
  ['moan', ['/how-to-complain/']],
  ['complain', ['/how-to-complain/']],
  ['not happy', ['/how-to-complain/']],
  ['unhappy', ['/how-to-complain/']],
  ['PA', ['/support/', '/words-explained/']],
  ['advocate', ['/get-an-advocate/']],
  ['someone to speak for me', ['/get-an-advocate/']],
  ['ombudsman', ['/ombudsman/']],
  ['barnardos', ['/get-an-advocate/', '/contacts/']],
  ['BOP', ['/have-your-say/']],
  ['barnet on point', ['/have-your-say/']],
  ['survey', ['/have-your-say/']],
  ['money', ['/support/']],
  ['appeal', ['/support/']],
  ['late', ['/which-stage/*', '/stage-1/', '/stage-2/', '/stage-3/']],
  ['stage 2', ['/stage-2/']],
  ['review panel', ['/stage-3/']],
  ['thank you', ['/say-thank-you/']],
  ['exit', ['/exit-this-page/']],
  ['contact', ['/contacts/']],
  ['phone number', ['/contacts/']],
];

const status = (page: Page) => page.locator('.yv-search__status');
const resultLinks = (page: Page) => page.locator('.yv-search__results .yv-search__link');

/** Open the search page for a query and wait until the live region has said what it found. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(/^(\d+ results? for|No results for) /, { timeout: 15_000 });
}

async function topPaths(page: Page, count = 3): Promise<string[]> {
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.slice(0, count).map((href) => pathWithoutBase(base, href));
}

const matches = (path: string, expected: string) =>
  expected.endsWith('*') ? path.startsWith(expected.slice(0, -1)) : path === expected;

test.describe('everyday words find the right page in the top three', () => {
  for (const [query, expected] of queries) {
    test(`"${query}" -> ${expected.join(' or ')}`, async ({ page }) => {
      await searchFor(page, query);
      const top = await topPaths(page);
      expect(top.some((path) => expected.some((e) => matches(path, e))), `top three for "${query}": ${top.join(', ') || 'none'}`).toBe(true);
    });
  }
});

test('the number of results is announced in a polite live region, and updates as you type', async ({ page }) => {
  // The region is on the page (empty, not display: none) before anything is searched, so its first change is heard.
  await page.goto('search/');
  await expect(page.locator('#yv-search-input')).toBeVisible();
  expect(await status(page).evaluate((el) => getComputedStyle(el).display)).not.toBe('none');

  await searchFor(page, 'ombudsman');
  const region = status(page);
  await expect(region).toHaveAttribute('role', 'status');
  const count = await resultLinks(page).count();
  expect(count).toBeGreaterThan(0);
  await expect(region).toHaveText(count === 1 ? '1 result for ombudsman' : `${count} results for ombudsman`);

  await expect(page).toHaveTitle(new RegExp(`^${count} results? for ombudsman – Search this guide`));

  await page.locator('#yv-search-input').fill('advocate');
  await expect(region).toHaveText(/^\d+ results? for advocate$/);
  await expect(page).toHaveURL(/[?&]q=advocate(&|$)/);
});

test('each result has its title as a link, its section and an excerpt with the matched words marked', async ({ page }) => {
  await searchFor(page, 'ombudsman');
  const first = page.locator('.yv-search__result').first();
  await expect(first.locator('a')).toHaveText(/\S/);
  await expect(first.locator('.yv-search__section')).toHaveText(/^Section: (Home|Have your say|Support|Advocacy|Complaints|About this guide)$/);
  await expect(first.locator('.yv-search__excerpt mark').first()).toHaveText(/ombudsman/i);
});

test('no results: says so and points to the A to Z and the contacts', async ({ page }) => {
  await searchFor(page, 'zzqxvy');
  await expect(status(page)).toHaveText('No results for zzqxvy');
  await expect(page.locator('.yv-search__results')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  const help = page.locator('[data-yv-search-none]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'A to Z of every page' })).toHaveAttribute('href', '#a-to-z');
  await help.getByRole('link', { name: 'who you can contact' }).click();
  await expect(page).toHaveURL(/\/contacts\/$/);
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

test('more than ten results: "Show more results" adds the next ones and moves focus to the first new one', async ({ page }) => {
  await searchFor(page, 'you');
  const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
  expect(total, 'the query "you" should match more than 10 pages').toBeGreaterThan(10);
  await expect(resultLinks(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(resultLinks(page)).toHaveCount(Math.min(total, 20));
  await expect(resultLinks(page).nth(10)).toBeFocused();
});

test('the header search form on any page opens the search page with its query searched', async ({ page }) => {
  await page.goto('');
  await page.locator('#yv-header-search').fill('not happy');
  await page.locator('#yv-header-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=not\+happy$/);
  await expect(page.locator('#yv-search-input')).toHaveValue('not happy');
  await expect(status(page)).toHaveText(/^(\d+ results? for|No results for) not happy$/);
});

test('nothing of Pagefind loads on an ordinary page; the search page loads it without a query', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('');
  await page.locator('#yv-header-search').focus();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  await page.goto('search/');
  await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect(page.locator('#yv-search-input')).toBeVisible();
});

/** Pages that should be in the A to Z: every guide MDX file not marked unlisted, plus navigation pages that are not guide pages. */
function atoZPageCount(): number {
  const dir = 'src/content/guide';
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx'));
  const listed = files.filter((f) => !/^unlisted:\s*true\s*$/m.test(readFileSync(`${dir}/${f}`, 'utf8')));
  const guidePaths = new Set(files.map((f) => guidePath(f.replace(/\.mdx$/, ''))));
  const inMenus = routePages.filter((route) => route.navOrder !== undefined || route.footerOrder !== undefined);
  const others = new Set(inMenus.map((route) => route.path).filter((path) => !guidePaths.has(path)));
  return listed.length + others.size;
}

test('without JavaScript: the page says so, and shows every page from A to Z and the contacts', async ({ page, context }) => {
  await blockPageScripts(context);
  await page.goto('search/?q=moan');
  await expect(page.locator('#yv-search-input')).toBeHidden();
  await expect(page.locator('[data-yv-search-nojs]')).toBeVisible();
  await expect(page.locator('.yv-search__status')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await expect(page.locator('[data-yv-search-none]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'A to Z of every page' })).toBeVisible();
  const pages = page.locator('.yv-atoz__pages a');
  await expect(pages).toHaveCount(atoZPageCount());
  await expect(page.locator('.yv-atoz__pages').getByRole('link', { name: 'Which stage am I at?' })).toHaveCount(1);
  await expect(page.locator('.yv-atoz__summary').first()).toHaveText(/\S/);
  // Every letter link goes to a heading on the page.
  for (const href of await page.locator('.yv-atoz__letters a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'People you can contact' })).toBeVisible();
  expect(await page.locator('[data-contact]').count()).toBeGreaterThan(0);
});

test('with JavaScript the A to Z stays below the results', async ({ page }) => {
  await searchFor(page, 'ombudsman');
  await expect(page.locator('[data-yv-search-nojs]')).toBeHidden();
  await expect(page.locator('.yv-atoz__pages a')).toHaveCount(atoZPageCount());
});

test('works under a strict content security policy: inline scripts only by hash, WebAssembly allowed, no worker needed', async ({ page, context }) => {
  // The policy the deploy needs, sent as a header on every response (documents and scripts alike).
  // Inline scripts and styles are allowed only by their hashes, as a host would set them.
  const hashes = (html: string, tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => m[1]!).filter((body) => body.length > 0)
      .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const type = route.request().resourceType();
    const body = type === 'document' ? await response.text() : '';
    const policy = [
      "default-src 'self'", "connect-src 'self'", "worker-src 'none'", "object-src 'none'", "base-uri 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${type === 'document' ? hashes(body, 'script').join(' ') : ''}`,
      `style-src 'self' ${type === 'document' ? hashes(body, 'style').join(' ') : ''}`,
    ].join('; ');
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy }, ...(type === 'document' ? { body } : {}) });
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const warnings: string[] = [];
  page.on('console', (message) => { if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text()); });
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
