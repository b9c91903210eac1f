// The stage tool's code (src/enhance/stage-finder.ts) as its own file at a fixed address, bundled with esbuild when the
// site is built, like the search results code (src/pages/search-results.js.ts): the stage tool's pages carry only a
// tiny loader (src/enhance/stage-finder-loader.ts), which imports this by address when the tool is first used, so no
// page carries it or a module-preload helper for it. The tree's links and the bank holidays are built into it
// (STAGE_FINDER_DATA), so no page carries them either.
import type { APIRoute } from 'astro';
import { bundledFile } from '../loaders/bundled-file.ts';
import { stageFinderData } from '../loaders/stage-finder-data.ts';

export const GET: APIRoute = () =>
  bundledFile('src/enhance/stage-finder.ts', { STAGE_FINDER_DATA: stageFinderData(import.meta.env.BASE_URL) });
