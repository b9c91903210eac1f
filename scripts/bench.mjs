// Lighthouse, mobile profile (its default: a mid-range phone on a slow 4G connection, simulated), on the pages a young
// person is most likely to open: the home page, a stage page, a stage tool step, an Easy Read page and a search
// (benchPages). Prints the four category
// scores, the main timings and what each page weighs. A benchmark to read, not a test: it never fails on a score.
// Usage: npm run bench   (env: DIST_DIR=dist, BASE_PATH=/, BENCH_PORT=4410; build first; installs Lighthouse on first use)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { benchTools } from './bench-tools.mjs';
import { findChromium } from './find-chromium.mjs';
import { startServer } from './start-server.mjs';
import { settings } from './settings.mjs';

const dist = settings.distDir;
const base = settings.basePath;
const port = settings.bench.port ?? 4410;
/** The pages measured, [name, path from the base]: one of each kind a young person lands on. Add a kind here and it
 * is measured and reported like the rest. */
export const benchPages = [
  ['Home page', ''],
  ['Stage page', 'stage-1/'],
  ['Stage tool step', 'which-stage/complained/'],
  ['Easy Read page', 'easy-read/how-to-complain/'],
  ['Search', 'search/?q=advocate'],
];
const pages = benchPages;

if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build at ${dist}: run "npm run build" first.`);
  process.exit(1);
}
const { lighthouse, lighthouseVersion, chromeLauncher } = await benchTools();
const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: run "node scripts/find-chromium.mjs".');
  process.exit(1);
}

// The site served as a static host serves it: the headers from _headers, and gzip.
const { server } = await startServer({ dist, port, base, compress: true });

const chrome = await chromeLauncher.launch({
  chromePath,
  // The same quiet flags as the browser tests: no background traffic, as this machine's network is closed.
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
try {
  for (const [name, path] of pages) {
    const url = `http://localhost:${port}${base}${path}`;
    const run = () =>
      lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
    // Lighthouse sometimes loses a page's trace (NO_NAVSTART) on a busy machine: such a run measured nothing, so it is
    // run again, up to twice, and said.
    let { lhr } = await run();
    for (let retry = 1; lhr.runtimeError && retry <= 2; retry++) {
      console.error(`${url}: ${lhr.runtimeError.code ?? lhr.runtimeError.message}; running it again (${retry} of 2)`);
      ({ lhr } = await run());
    }
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? 0;
    const byType = Object.fromEntries(
      (lhr.audits['resource-summary']?.details?.items ?? []).map((item) => [item.resourceType, item]),
    );
    rows.push({
      name,
      path: `/${path}`,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      total: byType.total?.transferSize ?? audit('total-byte-weight'),
      requests: byType.total?.requestCount ?? 0,
      document: byType.document?.transferSize ?? 0,
      script: byType.script?.transferSize ?? 0,
      stylesheet: byType.stylesheet?.transferSize ?? 0,
      other: (byType.other?.transferSize ?? 0) + (byType.image?.transferSize ?? 0) + (byType.font?.transferSize ?? 0),
      failed: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    });
  }
} finally {
  chrome.kill();
  server.kill();
}

const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(', ');
console.log(
  `Lighthouse ${lighthouseVersion}, mobile profile (simulated slow 4G, 4x CPU slowdown), ${dist} at ${base}, gzip on; load average ${load} (1, 5, 15 min)\n`,
);
console.log(
  '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | weight (transferred) | requests |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.fcp / 1000).toFixed(1)} s | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(2)} | ${kb(r.total)} KB (HTML ${kb(r.document)}, JS ${kb(r.script)}, CSS ${kb(r.stylesheet)}, other ${kb(r.other)}) | ${r.requests} |`,
  );
}
const failing = rows.filter((r) => r.failed.length);
if (failing.length) {
  console.log('\nAudits not passed:');
  for (const r of failing) console.log(`  ${r.name}: ${r.failed.join(', ')}`);
}
