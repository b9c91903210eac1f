// Listen's speech code (src/enhance/listen.ts) as its own file at a fixed address, bundled with esbuild when the site is
// built, like the search results code (src/pages/search-results.js.ts): every page's Listen button loads it with
// import() by address the first time it is pressed, so no page carries it or a module-preload helper for it.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    absWorkingDir: process.cwd(),
    entryPoints: ['src/enhance/listen.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript' } });
};
