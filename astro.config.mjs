// @ts-check
// The whole build is `astro build`: the site's address is checked and its settings resolved first
// (src/integrations/site-config.ts), then after the pages are written each job below writes its own files.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildEnvironment } from './src/integrations/environment.ts';
import { firstPaintCss } from './src/integrations/first-paint-css.ts';
import { leafletPdfs } from './src/integrations/leaflet-pdfs.ts';
import { policyHashes } from './src/integrations/policy-hashes.ts';
import { robotsTxt } from './src/integrations/robots-txt.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { pageDirectives, scriptSources } from './src/integrations/security-policy.ts';
import { serverFiles } from './src/integrations/server-files.ts';
import { siteConfig } from './src/integrations/site-config.ts';
import { sitemapCopy } from './src/integrations/sitemap-copy.ts';

const site = siteConfig();

export default defineConfig({
  trailingSlash: 'always',
  output: 'static',
  // Separate output and cache folders let two builds (root and /guide/) run side by side.
  outDir: buildEnvironment.distDir,
  cacheDir: buildEnvironment.cacheDir,
  build: {
    format: 'directory',
    // Styles in cached files, which later pages of a visit reuse; each page also carries the rules its first paint
    // needs (src/integrations/first-paint-css.ts; docs/performance.md has the figures).
    inlineStylesheets: 'never',
  },
  // A strict policy in a <meta> on every page: scripts and styles only from the site or by hash, never 'unsafe-inline'.
  security: {
    csp: {
      directives: [...pageDirectives],
      scriptDirective: { resources: [...scriptSources] },
    },
  },
  // Scripts stay in their own hashed files too (Astro would inline small ones into every page, hashes and all).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    site,
    mdx(),
    // The 404 page is not a page to find; Astro already leaves it out, this keeps it so.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    sitemapCopy(),
    // First-paint CSS before the policy's hashes, which then cover its <style>.
    firstPaintCss(),
    policyHashes(),
    searchIndex(),
    leafletPdfs(site),
    serverFiles(site),
    robotsTxt(site),
  ],
});
