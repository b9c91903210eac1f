// The search page's results code (src/enhance/search-results.ts) as its own file at a fixed address, bundled with
// esbuild when the site is built. The search page loads it with import() by address, like Pagefind, so the page's
// own script needs no module-preload helper from the bundler (about 0.6 KB gzip it would carry on every visit,
// counted against the page's 2 KB JavaScript budget). It is fetched only on the search page, next to Pagefind.
import type { APIRoute } from 'astro';
import { bundledFile } from '../loaders/bundled-file.ts';

export const GET: APIRoute = () => bundledFile('src/enhance/search-results.ts');
