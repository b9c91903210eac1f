// A script or style sheet bundled and minified by esbuild when the site is built, served at a fixed address by an
// endpoint in src/pages/ (search-results.js, listen.js, listen.css, stage-finder.js): loaded by address on first
// use, so no page carries it or a module-preload helper for it.
import { build } from 'esbuild';

/** `define`: identifiers the code names, each replaced by a value known when the site is built (esbuild's define). */
export async function bundledFile(entry: string, define: Record<string, unknown> = {}): Promise<Response> {
  const script = entry.endsWith('.ts');
  const result = await build({
    // The build runs from the project folder (an endpoint is itself bundled elsewhere, so import.meta.url will not do).
    absWorkingDir: process.cwd(),
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    legalComments: 'none',
    define: Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)])),
    ...(script ? { format: 'esm', target: 'es2022' } : {}),
  });
  return new Response(result.outputFiles[0]!.text, {
    headers: { 'content-type': script ? 'text/javascript' : 'text/css' },
  });
}
