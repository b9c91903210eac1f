// Benchmark of the search page on the built site (not a test: it prints figures, it does not fail on them).
// For each run, a fresh browser context (cold cache) opens /search/, types a query, and we record
//   - every byte the search page fetches, by kind (HTML, search JS, Pagefind JS, WebAssembly, index, vocabulary,
//     fragments),
//   - the time from the first key press to the first result on screen (the page debounces typing by 250 ms),
//   - the time from opening /search/?q=<query> to the first result on screen.
// Usage: npm run bench:search  (env: DIST_DIR=dist, BENCH_PORT=4439, BENCH_RUNS=7, BENCH_QUERY=complaint)
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { findChromium } from './find-chromium.mjs';
import { startServer } from './start-server.mjs';
import { settings } from './settings.mjs';

const dist = settings.distDir;
const port = settings.bench.port ?? 4439;
const runs = settings.bench.runs ?? 7;
const query = settings.bench.query;
const base = settings.basePath;
const origin = `http://localhost:${port}`;

if (!existsSync(`${dist}/pagefind/pagefind.js`)) {
  console.error(`No built site with a search index at ${dist}: run "npm run build" first.`);
  process.exit(1);
}

const { server } = await startServer({ dist, port, base });
const stop = () => server.kill();
process.on('exit', stop);

function kind(url) {
  const path = new URL(url).pathname.slice(base.length - 1);
  if (
    path.startsWith('/pagefind/index/') ||
    path.startsWith('/pagefind/filter/') ||
    path.includes('.pf_meta') ||
    path.endsWith('pagefind-entry.json')
  )
    return 'index';
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (path.startsWith('/pagefind/wasm.')) return 'WebAssembly';
  if (path.startsWith('/pagefind/')) return 'Pagefind JS';
  if (path.startsWith('/_astro/') || path === '/search-results.js') return 'search page JS';
  if (path === '/search-words.json') return 'vocabulary';
  return 'HTML';
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Time the first result appears, in the page's clock, and the time of the first key press. */
function installTimers() {
  window.__bench = { key: 0, result: 0 };
  addEventListener(
    'keydown',
    () => {
      window.__bench.key ||= performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (!window.__bench.result && document.querySelector('.yv-search__result'))
      window.__bench.result = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function run(browser, mode) {
  const context = await browser.newContext();
  await context.addInitScript(installTimers);
  const page = await context.newPage();
  const bytes = new Map();
  const wire = new Map();
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    const response = await request.response();
    if (!sizes || !response) return;
    const k = kind(request.url());
    const body = await response.body().catch(() => Buffer.alloc(0));
    // serve.mjs does not compress: count what a gzip-serving host would send for text, and the bytes as they are for
    // Pagefind's own files (its index, fragments and WebAssembly are compressed already).
    const text = /javascript|html|json|css/.test(response.headers()['content-type'] ?? '');
    bytes.set(k, (bytes.get(k) ?? 0) + (text ? gzipSync(body, { level: 6 }).length : body.length));
    wire.set(k, (wire.get(k) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
    if (settings.bench.verbose) console.log(mode, k, request.url(), sizes.responseBodySize, body.length);
  });
  let ms;
  if (mode === 'type') {
    await page.goto(`${origin}${base}search/`, { waitUntil: 'load' });
    await page.locator('#yv-search-input').click();
    await page.keyboard.type(query);
    await page.locator('.yv-search__result').first().waitFor();
    const t = await page.evaluate(() => window.__bench);
    ms = t.result - t.key;
  } else {
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
    await page.locator('.yv-search__result').first().waitFor();
    ms = await page.evaluate(() => window.__bench.result);
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, bytes, wire };
}

const executablePath = findChromium();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const results = { type: [], open: [] };
for (let i = 0; i < runs; i += 1) {
  results.type.push(await run(browser, 'type'));
  results.open.push(await run(browser, 'open'));
}
await browser.close();
stop();

const kb = (n) => (n / 1024).toFixed(1);
const first = results.type[0];
const kinds = ['HTML', 'search page JS', 'Pagefind JS', 'WebAssembly', 'index', 'vocabulary', 'fragments'];
console.log(
  `Search benchmark: ${dist}, query "${query}", ${runs} runs, cold cache each run (Chromium ${browser.version()}).\n`,
);
console.log(
  '| what the search page fetched for the first query | KB of content (gzip where a host would gzip) | KB on the wire from serve.mjs (no gzip, with headers) |',
);
console.log('|---|---:|---:|');
let total = 0;
let totalWire = 0;
for (const k of kinds) {
  const b = first.bytes.get(k) ?? 0;
  const w = first.wire.get(k) ?? 0;
  total += b;
  totalWire += w;
  console.log(`| ${k} | ${kb(b)} | ${kb(w)} |`);
}
console.log(`| **total** | **${kb(total)}** | **${kb(totalWire)}** |\n`);
const fmt = (values) =>
  `${Math.round(median(values))} ms (min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))})`;
console.log('| time to first result (median of runs) | |');
console.log('|---|---|');
console.log(
  `| typing "${query}" on the open search page, from first key press (includes 250 ms typing pause) | ${fmt(results.type.map((r) => r.ms))} |`,
);
console.log(
  `| opening /search/?q=${encodeURIComponent(query)} (as the header form does), from navigation start | ${fmt(results.open.map((r) => r.ms))} |`,
);
