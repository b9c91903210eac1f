// The built site behind each server and the file the build wrote for it (one Playwright project per server and base
// path): every page 200 with the headers, caching by kind of file, the 404 page with 404, slash redirects that keep
// the visitor's host, build files not served, and in a browser: no policy violation on the home page, the stage tool
// stepping in place, and search finding pages.
import { request as httpRequest } from 'node:http';
import { test, expect, type APIResponse } from '@playwright/test';
import { responseHeaders, revalidateCacheControl } from '../../src/integrations/server-config.ts';
import { immutableCacheControl } from '../../src/integrations/security-policy.ts';
import { walkToAnOutcome } from '../support/stage-tool.ts';

const base = () => String(test.info().project.metadata.base);

/** Every problem with one response's headers, for the kind of file it is. */
function headerProblems(label: string, response: APIResponse, cacheControl: string, compressed: boolean): string[] {
  const headers = response.headers();
  const problems: string[] = [];
  for (const [name, value] of responseHeaders('http://localhost')) {
    if (headers[name.toLowerCase()] !== value) problems.push(`${label}: ${name} is ${headers[name.toLowerCase()]}`);
  }
  if (headers['cache-control'] !== cacheControl)
    problems.push(`${label}: Cache-Control is ${headers['cache-control']}, not ${cacheControl}`);
  if (compressed && headers['content-encoding'] !== 'gzip')
    problems.push(`${label}: not gzipped (${headers['content-encoding']})`);
  if (compressed && !/accept-encoding/i.test(headers.vary ?? '')) problems.push(`${label}: no Vary: Accept-Encoding`);
  return problems;
}

/** A request with a Host header of our choosing and no redirect following (Node's http, which allows both). */
function rawGet(url: string, host: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { Host: host } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    });
    request.on('error', reject);
    request.end();
  });
}

test('every page answers 200 with the headers; hashed files cache for a year, the rest revalidate; all gzipped', async ({
  request,
}) => {
  const sitemap = await request.get('sitemap-0.xml');
  expect(sitemap.status()).toBe(200);
  const paths = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    new URL(m[1]!).pathname.slice(base().length),
  );
  expect(paths).toContain('');
  expect(paths.length).toBeGreaterThan(10);
  const problems: string[] = [];
  let asset: string | undefined;
  for (const path of paths) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    if (response.status() !== 200) {
      problems.push(`/${path}: ${response.status()}`);
      continue;
    }
    problems.push(...headerProblems(`/${path}`, response, revalidateCacheControl, true));
    asset ??= (await response.text()).match(/(?:src|href)="[^"]*\/(_astro\/[^"]+\.(?:js|css))"/)?.[1];
  }
  expect(asset, 'a hashed script or stylesheet').toBeTruthy();
  const files: Array<[string, string, boolean]> = [
    [asset!, immutableCacheControl, true],
    ['pagefind/pagefind.js', revalidateCacheControl, true],
    // Files under 512 bytes are not worth compressing, and Caddy does not: only the larger ones must be gzipped.
    ['pagefind/pagefind-entry.json', revalidateCacheControl, false],
    ['favicon.svg', revalidateCacheControl, false],
    ['sitemap-0.xml', revalidateCacheControl, true],
  ];
  for (const [path, cacheControl, compressed] of files) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    if (response.status() !== 200) {
      problems.push(`/${path}: ${response.status()}`);
      continue;
    }
    problems.push(...headerProblems(`/${path}`, response, cacheControl, compressed));
  }
  expect(problems).toEqual([]);
});

test("a missing page gets the site's 404 page with status 404, the headers, gzip, and no long caching", async ({
  request,
}) => {
  for (const path of ['no-such-page/', '_astro/no-such-file.js']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('<h1>Page not found</h1>');
    expect(headerProblems(path, response, revalidateCacheControl, true)).toEqual([]);
  }
});

test('build files are not served', async ({ request }) => {
  for (const path of ['_headers', '.htaccess']) expect((await request.get(path)).status(), path).toBe(404);
});

test('slash redirects are permanent and keep the host the visitor used', async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const cases = [[`${base()}stage-1`, `${base()}stage-1/`]];
  if (base() !== '/') cases.push([base().replace(/\/$/, ''), base()]);
  for (const [from, to] of cases) {
    const { status, location } = await rawGet(`${origin}${from}`, 'yv.example');
    expect([301, 308], `${from} answers ${status}`).toContain(status);
    expect(new URL(location ?? '', `http://yv.example${from}`).href, from).toBe(`http://yv.example${to}`);
  }
});

test('in a browser: no policy violation on the home page, the stage tool steps in place, search finds pages', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto('');
  await expect(page.locator('main h1')).toHaveCount(1);
  expect(messages).toEqual([]);

  // In place: the start page is the only page the browser asks the server for; every answer after it runs in the page.
  const pageLoads: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) pageLoads.push(request.url());
  });
  const followed = await walkToAnOutcome(page);
  expect(followed.length).toBeGreaterThan(0);
  expect(pageLoads.map((url) => new URL(url).pathname)).toEqual([`${base()}which-stage/`]);

  await page.goto('search/?q=advocate');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(1);
  expect(messages).toEqual([]);
});
