// The first paint needs only the page's HTML: after the build, each page gets, in a <style> in its <head>, the rules
// of its stylesheets that match its own markup (found by beasties, from the real stylesheets, so no copy is kept by
// hand), and its <link rel="stylesheet"> tags move to the end of <body>. There they block nothing already drawn, still
// apply with JavaScript off, stay cached for the next page, and bring what the first paint does not need (print
// rules, hover, the states scripts add). The stylesheets repeat every inline rule in the same order, so nothing moves
// when they arrive. policy-hashes.ts, after this, allows each page's <style> by its hash.
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, editBuiltPages } from './built-pages.ts';
import {
  firstPaintRules,
  firstScreen,
  firstScreenEnd,
  ruleKeys,
  withFirstPaintCss,
  withoutRules,
  withScriptClasses,
} from './first-paint-page.ts';

const stylesheets = /<link[^>]*rel="stylesheet"/;

/**
 * Each stylesheet in _astro/ without the rules every page has inline, under a new name from its new content (a
 * cached file's name must change whenever its content does). Returns old address -> new address (from the site's
 * root, without the base path, as in the pages: '/_astro/x.css').
 */
async function pruneStylesheets(out: string, everywhere: ReadonlySet<string>): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  if (!everywhere.size) return renamed;
  const folder = join(out, '_astro');
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.css'))) {
    const css = await readFile(join(folder, name), 'utf8');
    const lighter = withoutRules(css, everywhere);
    if (lighter === css) continue;
    const hash = createHash('sha256').update(lighter).digest('base64url').slice(0, 8);
    const newName = name.replace(/\.[\w-]+\.css$/, `.${hash}.css`);
    await writeFile(join(folder, newName), lighter);
    await rm(join(folder, name));
    renamed.set(`/_astro/${name}`, `/_astro/${newName}`);
  }
  return renamed;
}

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
        // The rules every page with a stylesheet has inline: the stylesheets need not bring them again.
        let everywhere: Set<string> | undefined;
        for (const page of pages) {
          const html = await readFile(join(out, page), 'utf8');
          if (!stylesheets.test(html)) continue;
          const end = firstScreenEnd(html);
          // As the page's inline scripts leave it before anything is drawn (the classes they add to <html>). Only the
          // <html> tag changes, before the first screen's end, so that end moves by the change in length.
          const seen = withScriptClasses(html);
          const css =
            end < 0
              ? ''
              : firstPaintRules(
                  await beasties.process(firstScreen(seen, end + seen.length - html.length)),
                  await beasties.process(seen),
                );
          const edited = withFirstPaintCss(html, css, end);
          const keys = edited === html ? new Set<string>() : ruleKeys(css);
          everywhere = everywhere ? new Set([...everywhere].filter((key) => keys.has(key))) : keys;
          if (edited !== html) {
            await writeFile(join(out, page), edited);
            inlined++;
          }
        }
        const renamed = await pruneStylesheets(out, everywhere ?? new Set());
        await editBuiltPages(out, (html) =>
          html.replace(/\/_astro\/[\w.-]+\.css\b/g, (href) => renamed.get(href) ?? href),
        );
        logger.info(
          `first-paint CSS inline in ${inlined} of ${pages.length} pages; ${renamed.size} stylesheets lighter`,
        );
      },
    },
  };
}
