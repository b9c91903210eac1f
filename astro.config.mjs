// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFile, writeFile, copyFile, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './src/integrations/built-pages.mjs';
import {
  cspDirectives,
  scriptSources,
  metaPolicy,
  pruneMetaHashes,
  renderHeadersFile,
  renderRobots,
} from './src/integrations/security-policy.ts';
import { deployFiles as serverFiles, renderHtaccess } from './src/integrations/server-config.ts';
import { resolveSiteAddress, publishesLeafletPdfs } from './src/integrations/site-address.ts';
import { leaflets } from './src/data/leaflets.ts';
import { siteSettings } from './src/data/site.ts';

// Where the site lives: src/data/site.ts, or SITE_URL and BASE_PATH for this build, so one build works at a domain
// root or in a folder. A deploy build without an address stops here (PREVIEW=1 builds a local preview).
const address = resolveSiteAddress(process.env, siteSettings);
const site = address.origin;
const base = address.base;

// Server settings go to deploy/ beside the project (DEPLOY_DIR to change it), not into the site: nothing to serve.
const deployDir = resolve(process.env.DEPLOY_DIR ?? 'deploy');

/**
 * After the build: `_headers` and `.htaccess` for hosts that read them, and deploy/ with the nginx, Caddy and Apache
 * settings (src/integrations/server-config.ts), all with the fixed header policy (each page's <meta> keeps its own hashes);
 * robots.txt naming the sitemap; and sitemap.xml, where people look first.
 * @returns {import('astro').AstroIntegration}
 */
function deployFiles() {
  return {
    name: 'your-voice:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtPages(out);
        for (const page of pages) {
          const html = await readFile(join(out, page), 'utf8');
          if (!metaPolicy(html)) throw new Error(`${page} has no content security policy <meta>`);
          const pruned = pruneMetaHashes(html);
          if (pruned !== html) await writeFile(join(out, page), pruned);
        }
        // The committed leaflet PDFs lead to the address in src/data/site.ts: anywhere else they would mislead.
        if (!publishesLeafletPdfs(address, siteSettings)) {
          for (const leaflet of leaflets) await rm(join(out, 'leaflets', leaflet.pdf), { force: true });
        }
        await writeFile(join(out, '_headers'), renderHeadersFile(base));
        await writeFile(join(out, '.htaccess'), renderHtaccess(base, site));
        await mkdir(deployDir, { recursive: true });
        for (const file of serverFiles(base, site)) await writeFile(join(deployDir, file.name), file.text);
        await writeFile(join(out, 'robots.txt'), renderRobots(site, base));
        await copyFile(join(out, 'sitemap-index.xml'), join(out, 'sitemap.xml'));
        logger.info(
          `wrote _headers, .htaccess, robots.txt and sitemap.xml (${pages.length} pages with a policy), and ${deployDir}/`,
        );
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
