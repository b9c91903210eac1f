// Proves CONTENT.md "How to add a page" with no code change: in a clean copy of the last commit (git archive), it
// adds tests/fixtures/add-a-page.mdx as src/content/guide/practice-page.mdx, exactly as a content owner would, builds
// the site with the README's build command, and checks the new page is in the main menu of every page, in the
// sitemap, and found by the search page (in a browser, as a young person would search: by its searchTerms word).
// The copy is deleted afterwards; nothing in this checkout changes.
// Usage: npm run check:add-page   (one full build; the search page is served on TEST_PORT + 2)
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { attributes, elements, parseHtml, textContent, textOf } from '../src/lib/html.ts';
import { findChromium } from './find-chromium.mjs';
import { settings } from './settings.mjs';
import { startServer } from './start-server.mjs';

const page = {
  file: 'practice-page.mdx',
  path: '/practice-page/',
  navTitle: 'Practice page',
  searchWord: 'zebracrossing',
};
/** The addresses of the results the search page shows for a query, in Chromium, over the built site. */
async function searchResults(dist, query) {
  const { server, origin } = await startServer({ dist, port: settings.testPort + 2, base: '/' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}search/?q=${encodeURIComponent(query)}`);
    await tab
      .locator('[role="status"]')
      .filter({ hasText: /results? for|No results for/ })
      .waitFor();
    return await tab
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL(link.href).pathname));
  } finally {
    await browser.close();
    server.kill();
  }
}

const copy = mkdtempSync(join(tmpdir(), 'add-a-page-'));
const problems = [];

try {
  execSync(`git archive HEAD | tar -x -C "${copy}"`);
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  copyFileSync('tests/fixtures/add-a-page.mdx', join(copy, 'src/content/guide', page.file));
  const env = {
    ...process.env,
    PREVIEW: '1',
    DIST_DIR: 'dist',
    BASE_PATH: '/',
    ASTRO_CACHE_DIR: join(copy, '.astro-cache'),
  };
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: copy, env, stdio: 'inherit' });
  const dist = join(copy, 'dist');

  // The main menu of every page built from the guide links to it, with its navTitle.
  for (const file of ['index.html', 'stage-2/index.html', 'which-stage/index.html', 'search/index.html']) {
    const tree = parseHtml(readFileSync(join(dist, file), 'utf8'));
    const nav = elements(tree).find(
      (element) => element.tagName === 'nav' && attributes(element).get('aria-label') === 'Main',
    );
    const links = nav ? elements(nav).filter((element) => element.tagName === 'a') : [];
    const found = links.find((link) => attributes(link).get('href') === page.path);
    if (!found || textOf(found).trim() !== page.navTitle)
      problems.push(`${file}: the main menu has no "${page.navTitle}" link to ${page.path}`);
  }

  // The sitemap lists it.
  const locs = readdirSync(dist)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      elements(parseHtml(readFileSync(join(dist, file), 'utf8')))
        .filter((element) => element.tagName === 'loc')
        .map((loc) => new URL(textContent(loc).trim()).pathname),
    );
  if (!locs.includes(page.path)) problems.push(`the sitemap does not list ${page.path}`);

  // The search page finds it by the word only its searchTerms hold, and its result leads to it.
  const results = await searchResults(dist, page.searchWord);
  if (!results.includes(page.path))
    problems.push(
      `searching for "${page.searchWord}" does not find ${page.path} (found: ${results.join(', ') || 'nothing'})`,
    );
} finally {
  rmSync(copy, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Adding a page as CONTENT.md says did not work:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`add a page: ${page.path} is in the main menu, the sitemap and search results, with no code change.`);
