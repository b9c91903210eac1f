// What the browser tests know about a built site: where it is and which pages it has. Two builds are tested, the one
// at the domain root and the one in /guide/ (playwright.config.ts runs a project for each); a test gets its own build
// from the `site` fixture (tests/support/test.ts). Lists of pages that name tests come from the root build: both
// builds have the same pages, relative to their base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, parseHtml, textContent } from '../../src/lib/html.ts';
import { settings } from '../../scripts/settings.mjs';

export type Site = {
  /** The built folder. */
  distDir: string;
  /** The folder the site is served from, always with a trailing slash: '/' or '/guide/'. */
  base: string;
};

/** The build the tests run against by default (DIST_DIR and BASE_PATH choose another). */
export const rootSite: Site = { distDir: settings.distDir, base: settings.basePath };
/** The same site built to live in a folder (npm run build:variants). */
export const guideSite: Site = { distDir: settings.guideDistDir, base: '/guide/' };

/** The addresses in a sitemap or sitemap index file: its <loc> elements, read with the site's parser. */
function locsIn(site: Site, file: string): URL[] {
  const tree = parseHtml(readFileSync(join(site.distDir, file), 'utf8'));
  return elements(tree)
    .filter((element) => element.tagName === 'loc')
    .map((loc) => new URL(textContent(loc).trim()));
}

/** Every page in the sitemap, as a path relative to the base URL ('' for the home page, 'stage-1/'...). */
export function sitemapPaths(site: Site = rootSite): string[] {
  const sitemaps = locsIn(site, 'sitemap-index.xml').map((url) => url.pathname.split('/').pop()!);
  return sitemaps.flatMap((file) => locsIn(site, file)).map((url) => url.pathname.slice(site.base.length));
}
