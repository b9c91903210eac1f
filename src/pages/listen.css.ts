// Listen's player and highlight styles (src/styles/listen.css) at a fixed address, next to its code: the speech code
// adds them with a <link> when Listen is first pressed (a same-origin style sheet, which the page's policy allows).
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    absWorkingDir: process.cwd(),
    entryPoints: ['src/styles/listen.css'],
    bundle: true,
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/css' } });
};
