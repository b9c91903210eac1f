// What the browser tests need to know about the built site: where it is and which pages it has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = process.env.DIST_DIR ?? 'dist';

/** The folder the site is served from, always with a trailing slash: '/' or '/guide/'. */
export const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every page in the sitemap, as a path relative to the base URL ('' for the home page, 'stage-1/'...). */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  const locs = sitemaps.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return locs.map((path) => path.slice(basePath.length));
}
