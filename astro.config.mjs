// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './scripts/built-pages.mjs';
import { cspDirectives, scriptSources, metaPolicy, unionPolicies, formatPolicy, renderHeadersFile, renderRobots } from './src/lib/security-policy.ts';

// Where the site lives comes from the environment, so one build works at a domain root or in a folder.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

/**
 * After the build: `_headers` with the same policy as the pages' <meta> (the union of their hashes, as a host sends one
 * header for every path) plus frame-ancestors; robots.txt naming the sitemap; and sitemap.xml, where people look first.
 * @returns {import('astro').AstroIntegration}
 */
function deployFiles() {
  return {
    name: 'your-voice:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = [];
        for (const page of builtPages(out)) {
          const policy = metaPolicy(await readFile(join(out, page), 'utf8'));
          if (!policy) throw new Error(`${page} has no content security policy <meta>`);
          policies.push(policy);
        }
        await writeFile(join(out, '_headers'), renderHeadersFile(base, formatPolicy(unionPolicies(policies))));
        await writeFile(join(out, 'robots.txt'), renderRobots(site, base));
        await copyFile(join(out, 'sitemap-index.xml'), join(out, 'sitemap.xml'));
        logger.info(`wrote _headers (policy of ${policies.length} pages), robots.txt and sitemap.xml`);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Separate output and cache folders let two builds (root and /guide/) run side by side.
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Inline CSS so each page arrives in one round trip; the budget script checks it stays small.
    inlineStylesheets: 'never',
  },
  // A strict policy in a <meta> on every page: scripts and styles only from the site or by hash, never 'unsafe-inline'.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
    },
  },
  // Scripts stay in their own hashed files too (Astro would inline small ones into every page, hashes and all).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // The 404 page is not a page to find; Astro already leaves it out, this keeps it so.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    deployFiles(),
  ],
});
