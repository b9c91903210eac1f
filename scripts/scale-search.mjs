// Scale test for search (not part of npm test: it takes minutes). Copies the site to a temporary folder, adds copies
// of the guide pages until there are SCALE_PAGES of them (default 1000), builds it, and reports: build time, the
// search index's size, the search page's size (HTML + CSS gzip, which must stay within the first round trip), and,
// through scripts/bench-search.mjs, the bytes the first query fetches and the time to the first result.
// Nothing is written to the project: the copy is deleted afterwards (KEEP=1 keeps it).
// Usage: npm run scale:search   (env: SCALE_PAGES=1000, SCALE_PORT=4559, BENCH_RUNS=3, KEEP=1, SCALE_BUILT=<kept copy>)
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { builtPages } from '../src/integrations/built-pages.ts';
import { measure, budgets } from './budget.mjs';
import { settings } from './settings.mjs';

const target = settings.scale.pages;
const port = String(settings.scale.port);
const root = process.cwd();
// SCALE_BUILT=<folder> measures a copy this script built and kept (KEEP=1) without building it again.
const reuse = settings.scale.reuse;
const work = reuse ?? mkdtempSync(join(tmpdir(), 'yv-scale-'));
const kb = (n) => (n / 1024).toFixed(1);

if (!reuse) {
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(join(root, item), join(work, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
}

// Copies of the guide pages, each with its own title and one word of its own, out of the navigation.
const guide = join(work, 'src/content/guide');
const originals = readdirSync(guide).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx');
let pages = readdirSync(guide).filter((f) => f.endsWith('.mdx')).length;
for (let n = 1; !reuse && pages < target; n += 1) {
  for (const file of originals) {
    if (pages >= target) break;
    const text = readFileSync(join(guide, file), 'utf8')
      .replace(
        /^title: (.*)$/m,
        (_, title) => `title: ${JSON.stringify(`${title.replace(/^["']|["']$/g, '')}, part ${n}`)}`,
      )
      .replace(/^(navOrder|footerOrder|navTitle|firstAction):.*\n/gm, '')
      .replace(
        /^---\n([\s\S]*?)\n---\n/,
        (head) => `${head}\nThis is copy number ${n} of this page, made to test search at scale: scaleword${n}.\n`,
      );
    writeFileSync(join(guide, file.replace(/\.mdx$/, `-part-${n}.mdx`)), text);
    pages += 1;
  }
}

const env = {
  ...process.env,
  DIST_DIR: 'dist',
  BASE_PATH: '/',
  SITE_URL: `http://localhost:${port}`,
  ASTRO_CACHE_DIR: join(work, '.astro-cache'),
};
console.log(`Building ${pages} guide pages in ${work} ...`);
const start = Date.now();
const build = reuse
  ? { status: 0 }
  : spawnSync('npm', ['run', 'build'], { cwd: work, env, stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (Date.now() - start) / 1000;
if (build.status !== 0) {
  console.error(`The build failed (copy kept in ${work}).`);
  process.exit(1);
}

const dist = join(work, 'dist');
const sizeOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
const countOf = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const search = measure(join(dist, 'search/index.html'), undefined, { dist, base: '/' });
const atoZPages = existsSync(join(dist, 'a-to-z')) ? builtPages(join(dist, 'a-to-z')).length : 0;
const vocabulary = readFileSync(join(dist, 'search-words.json'));
const { gzipSync } = await import('node:zlib');

console.log(`\n| ${pages} guide pages (${builtPages(dist).length} HTML pages in all) | |`);
console.log('|---|---|');
if (!reuse) console.log(`| build time (astro build + pagefind, this machine) | ${buildSeconds.toFixed(0)} s |`);
console.log(
  `| search index (dist/pagefind: index, fragments, filters, code) | ${countOf(join(dist, 'pagefind'))} files, ${kb(sizeOf(join(dist, 'pagefind')))} KB on disk |`,
);
console.log(
  `| of which index chunks / fragments / filters | ${kb(sizeOf(join(dist, 'pagefind/index')))} KB / ${kb(sizeOf(join(dist, 'pagefind/fragment')))} KB / ${kb(sizeOf(join(dist, 'pagefind/filter')))} KB |`,
);
console.log(
  `| vocabulary for spelling help (search-words.json) | ${kb(vocabulary.length)} KB, ${kb(gzipSync(vocabulary).length)} KB gzip |`,
);
console.log(
  `| search page HTML + CSS (gzip; budget ${kb(budgets.firstRoundTrip)} KB) | ${kb(search.html + search.css)} KB |`,
);
console.log(
  `| search page JavaScript before interaction (gzip; budget ${kb(budgets.pageScript)} KB) | ${kb(search.js)} KB |`,
);
console.log(
  `| A to Z | ${atoZPages ? `${atoZPages} section pages, linked from the search page` : 'on the search page'} |`,
);

console.log('\nFirst query (scripts/bench-search.mjs on the copy):\n');
spawnSync(process.execPath, [join(root, 'scripts/bench-search.mjs')], {
  cwd: root,
  env: { ...process.env, DIST_DIR: dist, BENCH_PORT: port, BENCH_RUNS: String(settings.bench.runs ?? 3) },
  stdio: 'inherit',
});

if (settings.scale.keep || reuse) console.log(`\nThe copy is kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
