// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Where the site lives comes from the environment, so one build works at a domain root or in a folder.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

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
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  integrations: [mdx(), sitemap()],
});
