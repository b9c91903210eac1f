// Listen's player and highlight styles (src/styles/listen.css) at a fixed address, next to its code: the speech code
// adds them with a <link> when Listen is first pressed (a same-origin style sheet, which the page's policy allows).
import type { APIRoute } from 'astro';
import { bundledFile } from '../loaders/bundled-file.ts';

export const GET: APIRoute = () => bundledFile('src/styles/listen.css');
