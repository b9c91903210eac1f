// The search page's results code (src/enhance/search-results.ts) as its own file at a fixed address, bundled with
// esbuild when the site is built. The search page loads it with import() by address, like Pagefind, so the page's
// own script needs no module-preload helper from the bundler (about 0.6 KB gzip it would carry on every visit,
// counted against the page's 2 KB JavaScript budget). It is fetched only on the search page, next to Pagefind.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    // The build runs from the project folder (this file is itself bundled elsewhere, so import.meta.url will not do).
    absWorkingDir: process.cwd(),
    entryPoints: ['src/enhance/search-results.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript' } });
};
