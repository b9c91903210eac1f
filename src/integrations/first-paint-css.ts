// The first paint needs only the page's HTML: after the build, each page gets, in a <style> in its <head>, the rules
// of its stylesheets that match its own markup (found by beasties, from the real stylesheets, so no copy is kept by
// hand), and its <link rel="stylesheet"> tags move to the end of <body>. There they block nothing already drawn, still
// apply with JavaScript off, stay cached for the next page, and bring what the first paint does not need (print
// rules, hover, the states scripts add). The stylesheets repeat every inline rule in the same order, so nothing moves
// when they arrive. policy-hashes.ts, after this, allows each page's <style> by its hash.
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages.ts';
import { firstPaintRules, firstScreen, firstScreenEnd, withFirstPaintCss } from './first-paint-page.ts';

export function firstPaintCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'your-voice:first-paint-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const beasties = new Beasties({
          path: out,
          publicPath: base,
          // Only used to find the rules: the page itself is edited by withFirstPaintCss, which changes nothing else.
          preload: 'body',
          pruneSource: false,
          mergeStylesheets: true,
          reduceInlineStyles: false,
          inlineFonts: false,
          compress: true,
          logLevel: 'warn',
          logger: { warn: (message) => logger.warn(message), error: (message) => logger.error(message) },
        });
        const pages = builtPages(out);
        let inlined = 0;
        for (const page of pages) {
          const html = await readFile(join(out, page), 'utf8');
          const end = firstScreenEnd(html);
          if (end < 0) continue;
          const css = firstPaintRules(
            await beasties.process(firstScreen(html, end)),
            await beasties.process(html),
          );
          const edited = withFirstPaintCss(html, css, end);
          if (edited !== html) {
            await writeFile(join(out, page), edited);
            inlined++;
          }
        }
        logger.info(`first-paint CSS inline, stylesheets at the end of <body> (${inlined} of ${pages.length} pages)`);
      },
    },
  };
}
