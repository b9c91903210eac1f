// Deploying anywhere: the same checks pass at a domain root and in a folder (BASE_PATH=/guide/). Every page loads all
// it needs from under the base path; the host sends the built `_headers`; the policy blocks inline script; robots.txt,
// the sitemap, canonical addresses and link previews name the real address; search and the stage tool work.
import { test, expect, type APIRequestContext } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';
import { settings } from '../../scripts/settings.mjs';
import { decodeEntities, startTags } from '../../scripts/checks/links.ts';
import { headerPolicy } from '../../src/integrations/security-policy.ts';
import { walkToAnOutcome } from '../support/stage-tool.ts';

/** The address the builds were made for (npm run build:variants: SITE_URL, or the local preview address). */
const siteOrigin = settings.siteUrl.replace(/\/$/, '');

/** The value of `attr` on the first <tag> whose `key` attribute is `value` (character references decoded). */
function attrOf(html: string, tag: string, key: string, value: string, attr: string): string | null {
  const found = startTags(html).find(([name, attrs]) => name === tag && attrs.get(key)?.toLowerCase() === value);
  return found?.[1].get(attr) ?? null;
}

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `/${path}`).toBe(200);
  return response.text();
}

function directive(policy: string, name: string): string[] {
  const part = policy
    .split(';')
    .map((p) => p.trim().split(/\s+/))
    .find(([n]) => n === name);
  return part ? part.slice(1) : [];
}

// Every test below runs in both builds: at the domain root and in the folder /guide/ (playwright.config.ts).
test.describe('in both builds', { tag: '@guide' }, () => {
  test('every page names its real address and has a link preview: canonical, og:url, og:title, og:description', async ({
    request,
    site,
  }) => {
    const paths = sitemapPaths(site);
    const problems: string[] = [];
    for (const path of paths) {
      const page = await html(request, path);
      const address = `${siteOrigin}${site.base}${path}`;
      const title = decodeEntities(page.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
      const canonical = attrOf(page, 'link', 'rel', 'canonical', 'href');
      const ogUrl = attrOf(page, 'meta', 'property', 'og:url', 'content');
      const ogTitle = attrOf(page, 'meta', 'property', 'og:title', 'content');
      const ogDescription = attrOf(page, 'meta', 'property', 'og:description', 'content');
      const description = attrOf(page, 'meta', 'name', 'description', 'content');
      if (canonical !== address) problems.push(`/${path}: canonical is ${canonical}, not ${address}`);
      if (ogUrl !== address) problems.push(`/${path}: og:url is ${ogUrl}, not ${address}`);
      if (!ogTitle || !title.startsWith(ogTitle))
        problems.push(`/${path}: og:title "${ogTitle}" does not match the title "${title}"`);
      if (!description || description.length < 20)
        problems.push(`/${path}: the description "${description}" is missing or too short to preview`);
      if (ogDescription !== description) problems.push(`/${path}: og:description differs from the description`);
      if (description && description.length > 300)
        problems.push(`/${path}: the description is ${description.length} characters; previews cut it`);
    }
    expect(paths.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  test('robots.txt names the sitemap, sitemap.xml exists, and the sitemap lists only real pages, not the 404 page', async ({
    request,
    site,
  }) => {
    const paths = sitemapPaths(site);
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${siteOrigin}${site.base}sitemap-index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemap = await request.get('sitemap.xml');
    expect(sitemap.status()).toBe(200);
    expect(await sitemap.text()).toContain(`<loc>${siteOrigin}${site.base}sitemap-0.xml</loc>`);
    expect(paths).toContain('');
    expect(paths.filter((path) => /404/.test(path))).toEqual([]);
    for (const path of paths) expect((await request.get(path)).status(), `/${path}`).toBe(200);
  });

  test('the host sends the security headers, the fixed policy with frame-ancestors, and caches hashed files', async ({
    request,
    site,
  }) => {
    const { base } = site;
    const home = await request.get('');
    const headers = home.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toBe(headerPolicy);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'self'"]);

    // Each page's <meta> policy carries the rest, with the page's own hashes (a browser applies both policies).
    const problems: string[] = [];
    let asset: string | undefined;
    for (const path of sitemapPaths(site)) {
      const page = await html(request, path);
      const meta = attrOf(page, 'meta', 'http-equiv', 'content-security-policy', 'content');
      if (!meta) {
        problems.push(`/${path} has no policy <meta>`);
        continue;
      }
      if (directive(meta, 'default-src').join(' ') !== "'self'") problems.push(`/${path}: default-src is not 'self'`);
      if (directive(meta, 'script-src').includes("'unsafe-inline'"))
        problems.push(`/${path}: script-src allows 'unsafe-inline'`);
      // A <meta> policy only covers what comes after it.
      const at = page.search(/<meta\b[^>]*http-equiv="content-security-policy"/);
      const first = Math.min(
        ...['<script', '<style', '<link rel="stylesheet"'].map((tag) => page.indexOf(tag)).filter((i) => i >= 0),
      );
      if (first < at) problems.push(`/${path}: a script or style comes before the policy <meta>`);
      asset ??= page.match(/(?:src|href)="([^"]*\/_astro\/[^"]+)"/)?.[1];
    }
    expect(problems).toEqual([]);
    if (asset) {
      const cached = await request.get(asset.startsWith(base) ? asset.slice(base.length) : asset);
      expect(cached.status()).toBe(200);
      expect(cached.headers()['cache-control']).toContain('immutable');
    }
    expect(home.headers()['cache-control'] ?? '').not.toContain('immutable');
  });

  test('no other site can show the guide inside a frame', async ({ page, baseURL }) => {
    const refused = page.waitForEvent('console', (message) => /frame-ancestors|X-Frame-Options/.test(message.text()));
    await page.setContent(`<iframe title="framed" src="${baseURL}"></iframe>`);
    expect((await refused).text()).toContain("frame-ancestors 'none'");
    // The browser shows its own error page in the frame, not the guide.
    await expect
      .poll(() => page.frames().map((frame) => frame.url()))
      .toEqual(['about:blank', 'chrome-error://chromewebdata/']);
  });

  test('the policy blocks a script injected into the page, and says so', async ({ page }) => {
    await page.goto('');
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; reported: string }>((resolve) => {
          let reported = '';
          document.addEventListener('securitypolicyviolation', (event) => {
            reported = event.effectiveDirective;
          });
          const script = document.createElement('script');
          script.textContent = 'window.yvInjected = true;';
          document.head.append(script);
          setTimeout(() => resolve({ ran: 'yvInjected' in window, reported }), 200);
        }),
    );
    expect(outcome).toEqual({ ran: false, reported: 'script-src-elem' });
  });

  test('every page loads every file it asks for from under the base path, without script errors', async ({
    page,
    baseURL,
    site,
  }) => {
    const { base } = site;
    const paths = sitemapPaths(site);
    test.setTimeout(30_000 + paths.length * 3_000);
    const failed: string[] = [];
    const outside: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    // ERR_ABORTED is the browser dropping a late request (the favicon, say) when the test moves to the next page.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        failed.push(`failed ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith(base)) outside.push(request.url());
    });
    page.on('pageerror', (error) => failed.push(`${page.url()}: ${error.message}`));
    for (const path of paths) await page.goto(path, { waitUntil: 'load' });
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('search finds pages and its results open pages in the folder', async ({ page, site: { base } }) => {
    await page.goto('search/?q=advocate');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    await expect(first).toBeVisible();
    const href = await first.getAttribute('href');
    expect(href?.startsWith(base), `result link ${href}`).toBe(true);
    const [response] = await Promise.all([
      page.waitForEvent('response', (r) => r.request().isNavigationRequest()),
      first.click(),
    ]);
    expect(response.status()).toBe(200);
    await expect(page.locator('main h1')).toHaveCount(1);
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`the stage tool in the folder, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });
      test('its answers lead, within the base path, to an outcome', async ({ page, site: { base } }) => {
        const followed = await walkToAnOutcome(page);
        expect(followed.length).toBeGreaterThan(0);
        for (const href of followed) expect(new URL(href).pathname.startsWith(`${base}which-stage/`), href).toBe(true);
        expect(new URL(page.url()).pathname.startsWith(`${base}which-stage/`), page.url()).toBe(true);
        await page.reload();
        await expect(page.locator('[data-yv-stage]')).toBeVisible();
      });
    });
  }
});
