// sitemap.xml, a copy of the sitemap index @astrojs/sitemap writes, where people and tools look first.
// Listed after the sitemap integration, so its files are there.
import type { AstroIntegration } from 'astro';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function sitemapCopy(): AstroIntegration {
  return {
    name: 'your-voice:sitemap-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await copyFile(join(out, 'sitemap-index.xml'), join(out, 'sitemap.xml'));
        logger.info('wrote sitemap.xml');
      },
    },
  };
}
