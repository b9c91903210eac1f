// Page-weight budget: for every built page, the gzip size of its HTML, of the CSS that blocks rendering and of
// the JavaScript it loads before any interaction (inline scripts, module scripts and their static imports).
// Fails when a page is over budget. Usage: node scripts/budget.mjs [distDir]
//
// It also weighs a visit, not just a page: a young person on a phone opening five pages in a row (home, which stage,
// stage 1, contacts, get an advocate). Every response the server sends counts with its gzip body bytes, and the
// browser's cache works as it does with a real host (the built _headers): files with a hash in their name (_astro/)
// are kept and never asked for again; HTML is revalidated, and each page is new to this visit, so each comes whole.
// Other files (the icon) are fetched once: revalidating them later sends no body. This number is what chose between
// CSS inside every page and CSS in a cached file (see docs/performance.md).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { build } from 'esbuild';
import { builtPages } from '../src/integrations/built-pages.ts';
import { attributes, elements, parseHtml, textContent } from '../src/lib/html.ts';
import { settings } from './settings.mjs';

/** The built site being weighed: a folder, and the base path its pages' addresses carry. */
const built = { dist: process.argv[2] ?? settings.distDir, base: settings.basePath };
const { dist } = built;
const KB = 1024;
export const budgets = {
  firstRoundTrip: 14 * KB, // HTML + render-blocking CSS (the first view)
  blockingRequests: 0, // requests the first paint waits for besides the HTML: stylesheets in <head>
  pageScript: 2 * KB, // JavaScript on a plain page; on the stage tool and letter helper, the every-page script
  stageToolScript: 5 * KB, // the stage tool's own script (on /which-stage/ pages), besides the every-page script
  letterHelperScript: 5 * KB, // the letter helper's own script (on /write/ letter pages only), likewise
  listenControl: 1 * KB, // Listen's control: what it adds to the every-page script
  visit: 35 * KB, // everything a 5-page visit on a phone downloads
};

/** The visit: pages a young person on a phone opens one after another (paths relative to the site's base). */
export const visitPages = ['', 'which-stage/', 'stage-1/', 'contacts/', 'get-an-advocate/'];

const gz = (text) => gzipSync(text, { level: 9 }).length;
const isStageTool = (page) => page === 'which-stage/index.html' || page.startsWith('which-stage/');
const isLetterHelper = (page) => page.startsWith('write/') && page !== 'write/index.html';
/** The every-page script: the page shell's one module (exit link, print footer, Listen's control) and its imports. */
const isEveryPageScript = (src) => /\/BaseLayout\.astro_astro_type_script[^/]*\.js$/.test(src);

/** Turn a URL in the page into a file in dist (site-absolute, with the base path, or relative to the page). */
function fileFor(url, pageFile, { dist, base } = built) {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0];
  const file = path.startsWith('/')
    ? join(dist, path.startsWith(base) ? path.slice(base.length) : path)
    : join(dirname(pageFile), path);
  return existsSync(file) ? file : null;
}

/** A module and everything it imports statically (dynamic import() loads later, on interaction). With `byAddress`,
 * also what it imports by address (and what those import): see importedByAddress(). */
function moduleGraph(file, seen = new Set(), byAddress = false, site = built) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const dep = join(dirname(file), m[1]);
    if (existsSync(dep)) moduleGraph(dep, seen, byAddress, site);
  }
  if (byAddress) for (const dep of importedByAddress(code, site)) moduleGraph(dep, seen, true, site);
  return seen;
}

/**
 * The files of the built site a module's code names by a site-absolute address ending in .js: what it loads with
 * import() by address, out of the bundler's sight. The stage tool's loader (src/enhance/stage-finder-loader.ts)
 * imports the tool's code so, as `${base}stage-finder.js`, which the bundler writes out as one string.
 */
export function importedByAddress(code, site = built) {
  const files = [];
  for (const m of code.matchAll(/["'`](\/[^"'`\s$]*\.js)["'`]/g)) {
    const file = fileFor(m[1], '', site);
    if (file) files.push(file);
  }
  return files;
}

/** Every file a page makes the browser fetch as it loads: stylesheets (print ones too, browsers fetch them), module
 * scripts and their static imports, and the icon. Dynamic import() waits for an interaction, so it does not count. */
export function loads(pageFile, site = built) {
  const tags = elements(parseHtml(readFileSync(pageFile, 'utf8')));
  const files = new Set();
  for (const tag of tags) {
    const attrs = attributes(tag);
    const rel = (attrs.get('rel') ?? '').split(' ');
    const url =
      tag.tagName === 'link' && (rel.includes('stylesheet') || rel.includes('icon'))
        ? attrs.get('href')
        : tag.tagName === 'script'
          ? attrs.get('src')
          : undefined;
    const file = url && fileFor(url, pageFile, site);
    if (!file) continue;
    if (tag.tagName === 'script') for (const f of moduleGraph(file)) files.add(f);
    else files.add(file);
  }
  return [...files];
}

/** The visit's weight: each page's HTML, and each file the first time a page needs it (the cache keeps it after). */
export function measureVisit(pages = visitPages, site = built) {
  const cached = new Set();
  const steps = pages.map((path) => {
    const pageFile = join(site.dist, path, 'index.html');
    const html = gz(readFileSync(pageFile));
    let fetched = 0;
    for (const file of loads(pageFile, site)) {
      if (cached.has(file)) continue;
      cached.add(file);
      fetched += gz(readFileSync(file));
    }
    return { path: `/${path}`, html, fetched, total: html + fetched };
  });
  const first = measure(join(site.dist, pages[0], 'index.html'), undefined, site);
  return {
    steps,
    // The first page's first view: its HTML and what blocks its first paint (nothing else, when all is well).
    firstView: first.html + first.css,
    firstViewBlocking: first.blocking,
    firstPage: steps[0].total,
    visit: steps.reduce((sum, step) => sum + step.total, 0),
  };
}

/** `onlyScript`, when given, counts only the module scripts whose address it accepts: one feature's JavaScript.
 * `whenUsed`, when given, also counts what the scripts it accepts import by address (importedByAddress()): what the
 * page loads once they are used, not only as it opens. */
export function measure(pageFile, onlyScript, site = built, whenUsed) {
  const html = readFileSync(pageFile, 'utf8');
  const tags = elements(parseHtml(html));
  // Only a stylesheet in <head> holds back the first paint. One in <body> (after the first screen, see
  // src/integrations/first-paint-css.ts) holds back only what follows it, so the first view is drawn without it.
  const head = tags.find((element) => element.tagName === 'head');
  const headEnd = head?.position?.end.offset ?? 0;
  let css = 0;
  let blocking = 0;
  for (const link of tags.filter((element) => element.tagName === 'link')) {
    const attrs = attributes(link);
    if (!(attrs.get('rel') ?? '').split(' ').includes('stylesheet') || (attrs.get('media') ?? '').startsWith('print'))
      continue;
    if ((link.position?.start.offset ?? 0) >= headEnd) continue;
    blocking++;
    const href = attrs.get('href');
    const file = href && fileFor(href, pageFile, site);
    if (file) css += gz(readFileSync(file));
  }
  let js = 0;
  // A module two scripts import (a shared chunk) is loaded once, so it counts once.
  const loaded = new Set();
  for (const script of tags.filter((element) => element.tagName === 'script')) {
    const attrs = attributes(script);
    if (/^(application\/(ld\+)?json|text\/plain)/.test(attrs.get('type') ?? '')) continue;
    const src = attrs.get('src');
    const body = textContent(script);
    if (src) {
      if (onlyScript && !onlyScript(src)) continue;
      const file = fileFor(src, pageFile, site);
      if (file)
        for (const f of moduleGraph(file, new Set(), whenUsed?.(src) ?? false, site))
          if (!loaded.has(f)) {
            loaded.add(f);
            js += gz(readFileSync(f));
          }
    } else if (body.trim() && !onlyScript) {
      js += gz(body);
    }
  }
  return { html: gz(html), css, blocking, js, scripts: loaded };
}

/**
 * What Listen's control adds to the every-page script, gzip: that module (src/enhance/every-page.ts) bundled and
 * minified by esbuild as it is, and again without the control. Its bytes share one file with the exit link's, so
 * they cannot be weighed as a file of their own; the difference is what every page pays for Listen.
 */
export async function listenControlCost(base = built.base) {
  const bundle = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: join(import.meta.dirname, '../src/enhance'), loader: 'ts' },
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      write: false,
      define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    });
    return gz(result.outputFiles[0].text);
  };
  const everyPage = readFileSync(join(import.meta.dirname, '../src/enhance/every-page.ts'), 'utf8');
  const control = /^import '\.\/listen-control\.ts';$/m;
  if (!control.test(everyPage)) throw new Error('src/enhance/every-page.ts no longer imports ./listen-control.ts');
  return (await bundle(everyPage)) - (await bundle(everyPage.replace(control, '')));
}

function kb(bytes) {
  return (bytes / KB).toFixed(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(dist)) {
    console.error(`No build at ${dist}: run "npm run build" first.`);
    process.exit(1);
  }
  const listen = await listenControlCost();
  const rows = builtPages(dist).map((page) => {
    const size = measure(join(dist, page));
    // The stage tool and the letter helper: their own script within its 5 KB, and the every-page script (exit link,
    // print footer, Listen's control) within a plain page's 2 KB, each held on its own.
    const everyPage = measure(join(dist, page), isEveryPageScript).js;
    const tool = isStageTool(page) ? 'stage tool' : isLetterHelper(page) ? 'letter helper' : null;
    // The stage tool's pages load only a tiny loader; the tool's code comes by address on first use (its loader's
    // import()). Its own JavaScript is all of it, loader and code (and their imports), so the tool cannot grow unseen;
    // the page's JS column and the visit count only what loads without interaction. The every-page script is not
    // followed (Listen's speech code is weighed as the control's cost, below).
    const stageTool = tool === 'stage tool';
    const whenUsed = stageTool ? measure(join(dist, page), undefined, built, (src) => !isEveryPageScript(src)) : size;
    const used = whenUsed.js;
    const own = tool ? used - everyPage : 0;
    const ownLimit = tool === 'stage tool' ? budgets.stageToolScript : budgets.letterHelperScript;
    const over = [];
    if (size.html + size.css > budgets.firstRoundTrip) over.push('HTML+CSS');
    if (size.blocking > budgets.blockingRequests) over.push('blocking CSS');
    if (tool ? own > ownLimit || everyPage > budgets.pageScript : size.js > budgets.pageScript) over.push('JS');
    // Should the loader stop naming its code by an address this script can read, the tool would weigh only its loader.
    if (stageTool && ![...whenUsed.scripts].some((file) => file.endsWith('/stage-finder.js')))
      over.push('stage tool code not found by address');
    // An HTML comment in a component is sent with every page that uses it: comments go in the frontmatter or the CSS.
    if (readFileSync(join(dist, page), 'utf8').includes('<!--')) over.push('HTML comment');
    return { page, ...size, everyPage, tool, own, ownLimit, over };
  });
  console.log(
    `Page weight (gzip, KB). Budgets: first view (HTML + CSS in <head>) ${kb(budgets.firstRoundTrip)}, with ${budgets.blockingRequests} render-blocking requests besides the HTML; JS ${kb(budgets.pageScript)} on a plain page; on the stage tool and the letter helper, the every-page script ${kb(budgets.pageScript)} and the tool's own ${kb(budgets.stageToolScript)} (stage tool) or ${kb(budgets.letterHelperScript)} (letter helper).\n`,
  );
  console.log(
    '| page | HTML | blocking CSS | first view | blocking requests | JS | every-page JS | own JS | JS budget | result |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const r of rows) {
    const limit = r.tool ? `${kb(budgets.pageScript)} + ${kb(r.ownLimit)} ${r.tool}` : kb(budgets.pageScript);
    console.log(
      `| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.html + r.css)} | ${r.blocking} | ${kb(r.js)} | ${kb(r.everyPage)} | ${r.tool ? kb(r.own) : ''} | ${limit} | ${r.over.length ? `OVER (${r.over.join(', ')})` : 'ok'} |`,
    );
  }
  const listenOver = listen > budgets.listenControl;
  console.log(
    `\nListen's control, in the every-page script: ${listen} bytes (budget ${budgets.listenControl}) ${listenOver ? 'OVER' : 'ok'}`,
  );
  const visit = measureVisit();
  console.log(`\nA visit on a phone (gzip, KB; hashed files cached after their first use, pages revalidated):\n`);
  console.log('| page | HTML | files fetched | total |');
  console.log('|---|---:|---:|---:|');
  for (const step of visit.steps)
    console.log(`| ${step.path} | ${kb(step.html)} | ${kb(step.fetched)} | ${kb(step.total)} |`);
  const firstOver = visit.firstView > budgets.firstRoundTrip || visit.firstViewBlocking > budgets.blockingRequests;
  const visitOver = visit.visit > budgets.visit;
  console.log(
    `\nfirst page's first view, HTML and render-blocking CSS: ${kb(visit.firstView)} KB, ${visit.firstViewBlocking} blocking requests (budget ${kb(budgets.firstRoundTrip)}, ${budgets.blockingRequests}) ${firstOver ? 'OVER' : 'ok'}; with everything it loads, ${kb(visit.firstPage)} KB`,
  );
  console.log(
    `whole visit of ${visit.steps.length} pages: ${kb(visit.visit)} KB (budget ${kb(budgets.visit)}) ${visitOver ? 'OVER' : 'ok'}`,
  );
  const failed = rows.filter((r) => r.over.length);
  const failures = failed.length + Number(firstOver) + Number(visitOver) + Number(listenOver);
  console.log(`\nbudget: ${rows.length + 3 - failures} passed, ${failures} failed`);
  if (failures) process.exit(1);
}
