// Page-weight budget: for every built page, the gzip size of its HTML, of the CSS that blocks rendering and of
// the JavaScript it loads before any interaction (inline scripts, module scripts and their static imports).
// Fails when a page is over budget. Usage: node scripts/budget.mjs [distDir]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { builtPages } from './built-pages.mjs';
import { attributes, elements, parseHtml, textContent } from '../src/lib/html.ts';

const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const KB = 1024;
export const budgets = {
  firstRoundTrip: 14 * KB, // HTML + render-blocking CSS
  pageScript: 2 * KB, // JavaScript on a plain page
  stageToolScript: 5 * KB, // JavaScript on a stage tool page
  letterHelperScript: 5 * KB, // the letter helper's own script (on /write/ letter pages only), besides the page's own
};

const gz = (text) => gzipSync(text, { level: 9 }).length;
const isStageTool = (page) => page === 'which-stage/index.html' || page.startsWith('which-stage/');
const isLetterHelper = (page) => page.startsWith('write/') && page !== 'write/index.html';

/** Turn a URL in the page into a file in dist (site-absolute, with the base path, or relative to the page). */
function fileFor(url, pageFile) {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0];
  const file = path.startsWith('/') ? join(dist, path.startsWith(base) ? path.slice(base.length) : path) : join(dirname(pageFile), path);
  return existsSync(file) ? file : null;
}

/** A module and everything it imports statically (dynamic import() loads later, on interaction). */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const dep = join(dirname(file), m[1]);
    if (existsSync(dep)) moduleGraph(dep, seen);
  }
  return seen;
}

/** `onlyScript`, when given, counts only the module scripts whose address it accepts: one feature's JavaScript. */
export function measure(pageFile, onlyScript) {
  const html = readFileSync(pageFile, 'utf8');
  const tags = elements(parseHtml(html));
  let css = 0;
  for (const link of tags.filter((element) => element.tagName === 'link')) {
    const attrs = attributes(link);
    if (!(attrs.get('rel') ?? '').split(' ').includes('stylesheet') || (attrs.get('media') ?? '').startsWith('print')) continue;
    const href = attrs.get('href');
    const file = href && fileFor(href, pageFile);
    if (file) css += gz(readFileSync(file));
  }
  let js = 0;
  for (const script of tags.filter((element) => element.tagName === 'script')) {
    const attrs = attributes(script);
    if (/^(application\/(ld\+)?json|text\/plain)/.test(attrs.get('type') ?? '')) continue;
    const src = attrs.get('src');
    const body = textContent(script);
    if (src) {
      if (onlyScript && !onlyScript(src)) continue;
      const file = fileFor(src, pageFile);
      if (file) for (const f of moduleGraph(file)) js += gz(readFileSync(f));
    } else if (body.trim() && !onlyScript) {
      js += gz(body);
    }
  }
  return { html: gz(html), css, js };
}

function kb(bytes) {
  return (bytes / KB).toFixed(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(dist)) { console.error(`No build at ${dist}: run "npm run build" first.`); process.exit(1); }
  const rows = builtPages(dist).map((page) => {
    const size = measure(join(dist, page));
    // A letter helper page: the helper's script within its own budget, and everything else within a plain page's.
    const helper = isLetterHelper(page) ? measure(join(dist, page), (src) => /\/LetterHelper\.[^/]*\.js$/.test(src)).js : 0;
    const jsLimit = isStageTool(page) ? budgets.stageToolScript : budgets.pageScript + (helper ? budgets.letterHelperScript : 0);
    const over = [];
    if (size.html + size.css > budgets.firstRoundTrip) over.push('HTML+CSS');
    if (size.js > jsLimit || (helper && (helper > budgets.letterHelperScript || size.js - helper > budgets.pageScript))) over.push('JS');
    return { page, ...size, helper, jsLimit, over };
  });
  console.log(`Page weight (gzip, KB). Budgets: HTML+CSS ${kb(budgets.firstRoundTrip)}; JS ${kb(budgets.pageScript)} (stage tool ${kb(budgets.stageToolScript)}, letter helper ${kb(budgets.letterHelperScript)}).\n`);
  console.log('| page | HTML | CSS | HTML+CSS | JS | JS budget | result |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const js = r.helper ? `${kb(r.js)} (helper ${kb(r.helper)})` : kb(r.js);
    console.log(`| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.html + r.css)} | ${js} | ${kb(r.jsLimit)} | ${r.over.length ? `OVER (${r.over.join(', ')})` : 'ok'} |`);
  }
  const failed = rows.filter((r) => r.over.length);
  console.log(`\nbudget: ${rows.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length) process.exit(1);
}
