// The server settings, written from src/integrations/server-config.ts and security-policy.ts so a deployer includes
// a file instead of copying settings by hand: `_headers` and `.htaccess` in the site for hosts that read them, and
// the nginx, Caddy and Apache files in deploy/ (DEPLOY_DIR), beside the site, where nothing is served.
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnvironment } from './environment.ts';
import { renderHeadersFile } from './security-policy.ts';
import { deployFiles, renderHtaccess } from './server-config.ts';
import type { SiteConfigIntegration } from './site-config.ts';

export function serverFiles(site: SiteConfigIntegration): AstroIntegration {
  return {
    name: 'your-voice:server-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { base, origin } = site.settings;
        const deployDir = resolve(buildEnvironment.deployDir);
        await writeFile(join(out, '_headers'), renderHeadersFile(base));
        await writeFile(join(out, '.htaccess'), renderHtaccess(base, origin));
        await mkdir(deployDir, { recursive: true });
        for (const file of deployFiles(base, origin)) await writeFile(join(deployDir, file.name), file.text);
        logger.info(`wrote _headers, .htaccess and ${deployDir}/`);
      },
    },
  };
}
