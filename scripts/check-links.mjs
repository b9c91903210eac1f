// Link check over a built site, as a visitor would walk it: start at the home page (and the 404 page), follow every
// internal link, and fail on a broken link, a missing #fragment target, a missing asset (script, style, icon, image),
// a link that leaves the base path, or a built page that no link reaches. External links are listed, not fetched.
// Usage: node scripts/check-links.mjs [distDir=dist] [basePath=$BASE_PATH or /]   (needs Node 24: imports .ts)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  extractIds,
  extractLinks,
  fileForPath,
  fragmentNeedsNoTarget,
  pathForFile,
  resolveLink,
} from './checks/links.ts';
import { builtPages } from '../src/integrations/built-pages.ts';
import { normaliseBase } from '../src/integrations/site-address.ts';
import { settings } from './settings.mjs';

const dist = process.argv[2] ?? settings.distDir;
const base = process.argv[3] ? normaliseBase(process.argv[3]) : settings.basePath;
// Links are resolved on the site's own origin, so absolute links to SITE_URL (canonical, printed addresses) count as internal.
const origin = new URL(settings.siteUrl).origin;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built home page at ${join(dist, 'index.html')}: run "npm run build" first.`);
  process.exit(1);
}

const pages = new Map(); // file -> { ids, links }
function page(file) {
  if (!pages.has(file)) {
    const html = readFileSync(join(dist, file), 'utf8');
    pages.set(file, { ids: extractIds(html), links: extractLinks(html) });
  }
  return pages.get(file);
}

/** What a host does with a path: serve a file, or (a folder without the trailing slash) redirect, or nothing. */
function lookup(file) {
  const path = join(dist, file);
  if (!existsSync(path)) return 'missing';
  return statSync(path).isDirectory() ? 'folder' : 'file';
}

const problems = [];
const external = new Map(); // href -> count
const schemes = new Map(); // scheme -> Set of hrefs
const reached = new Set(['index.html']);
const queue = ['index.html', '404.html'].filter((file) => existsSync(join(dist, file)));
const navigating = new Set(['a', 'area', 'form']);
let checked = 0;

while (queue.length) {
  const file = queue.shift();
  const pageUrl = `${origin}${pathForFile(file, base)}`;
  for (const link of page(file).links) {
    checked += 1;
    const where = `${pathForFile(file, base)}: <${link.tag} ${link.attr}="${link.value}">`;
    const target = resolveLink(link.value, pageUrl, base);
    if (target.kind === 'external') {
      external.set(target.href, (external.get(target.href) ?? 0) + 1);
      continue;
    }
    if (target.kind === 'scheme') {
      if (target.scheme === 'javascript') problems.push(`${where} uses a javascript: address`);
      else if (!schemes.has(target.scheme)) schemes.set(target.scheme, new Set([target.href]));
      else schemes.get(target.scheme).add(target.href);
      continue;
    }
    if (target.kind === 'invalid') {
      problems.push(`${where} is not a valid address`);
      continue;
    }
    if (target.kind === 'outside-base') {
      problems.push(`${where} leaves the base path ${base}`);
      continue;
    }
    const targetFile = fileForPath(target.pathname, base);
    const found = lookup(targetFile);
    if (found === 'folder' || (found === 'missing' && lookup(`${targetFile}/index.html`) === 'file')) {
      problems.push(`${where} needs a trailing slash (${target.pathname}/)`);
      continue;
    }
    if (found === 'missing') {
      problems.push(`${where} is broken: no ${targetFile}`);
      continue;
    }
    // A file that is not a page (a PDF, an icon) only has to exist: its #fragment, if any, is the viewer's business.
    if (!targetFile.endsWith('.html')) continue;
    if (!fragmentNeedsNoTarget(target.fragment) && !page(targetFile).ids.has(target.fragment)) {
      problems.push(`${where} points at #${target.fragment}, which ${pathForFile(targetFile, base)} does not have`);
    }
    if (navigating.has(link.tag) && !reached.has(targetFile)) {
      reached.add(targetFile);
      queue.push(targetFile);
    }
  }
}

const built = builtPages(dist).filter((file) => file !== '404.html');
const unreachable = built.filter((file) => !reached.has(file)).sort();
for (const file of unreachable)
  problems.push(`${pathForFile(file, base)} is built but no link from the home page reaches it`);

console.log(
  `Link check of ${dist} at ${base}: ${built.length - unreachable.length} of ${built.length} pages reached, ${checked} links and assets checked.`,
);
if (external.size) {
  console.log(`\nExternal links (not fetched; check them by hand now and then):`);
  for (const [href, count] of [...external].sort()) console.log(`  ${href}${count > 1 ? `  (${count} times)` : ''}`);
}
for (const [scheme, hrefs] of [...schemes].sort()) console.log(`\n${scheme}: links: ${[...hrefs].sort().join('  ')}`);
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of [...new Set(problems)]) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('\nlinks: no broken links, fragments or assets; every page is reachable.');
