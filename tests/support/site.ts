// What the browser tests need to know about the built site: where it is and which pages it has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, parseHtml, textContent } from '../../src/lib/html.ts';
import { normaliseBase } from '../../src/integrations/site-address.ts';

export const distDir = process.env.DIST_DIR ?? 'dist';

/** The folder the site is served from, always with a trailing slash: '/' or '/guide/'. */
export const basePath = normaliseBase(process.env.BASE_PATH ?? '/');

/** The addresses in a sitemap or sitemap index file: its <loc> elements, read with the site's parser. */
function locsIn(file: string): URL[] {
  const tree = parseHtml(readFileSync(join(distDir, file), 'utf8'));
  return elements(tree)
    .filter((element) => element.tagName === 'loc')
    .map((loc) => new URL(textContent(loc).trim()));
}

/** Every page in the sitemap, as a path relative to the base URL ('' for the home page, 'stage-1/'...). */
export function sitemapPaths(): string[] {
  const sitemaps = locsIn('sitemap-index.xml').map((url) => url.pathname.split('/').pop()!);
  return sitemaps.flatMap(locsIn).map((url) => url.pathname.slice(basePath.length));
}
