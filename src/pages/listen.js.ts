// Listen's speech code (src/enhance/listen.ts) as its own file at a fixed address, bundled with esbuild when the site is
// built, like the search results code (src/pages/search-results.js.ts): every page's Listen button loads it with
// import() by address the first time it is pressed, so no page carries it or a module-preload helper for it.
import type { APIRoute } from 'astro';
import { bundledFile } from '../loaders/bundled-file.ts';

export const GET: APIRoute = () => bundledFile('src/enhance/listen.ts');
