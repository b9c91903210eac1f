// robots.txt: lets search engines in and names the sitemap by its full address.
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRobots } from './security-policy.ts';
import type { SiteConfigIntegration } from './site-config.ts';

export function robotsTxt(site: SiteConfigIntegration): AstroIntegration {
  return {
    name: 'your-voice:robots-txt',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(join(fileURLToPath(dir), 'robots.txt'), renderRobots(site.settings.origin, site.settings.base));
        logger.info('wrote robots.txt');
      },
    },
  };
}
