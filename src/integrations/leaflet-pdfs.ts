// The committed leaflet PDFs (public/leaflets/) lead to the address in src/data/site.ts: a build for any other
// address, or a preview, leaves them out, since their QR codes and printed addresses would mislead.
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leaflets } from '../data/leaflets.ts';
import type { SiteConfigIntegration } from './site-config.ts';

export function leafletPdfs(site: SiteConfigIntegration): AstroIntegration {
  return {
    name: 'your-voice:leaflet-pdfs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (site.settings.leafletPdfs) return logger.info('kept the leaflet PDFs: they carry this address');
        for (const leaflet of leaflets) await rm(join(fileURLToPath(dir), 'leaflets', leaflet.pdf), { force: true });
        logger.info('left out the leaflet PDFs: they carry another address');
      },
    },
  };
}
