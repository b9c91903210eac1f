// Every environment variable the build reads, read here once. Nothing else in src/ reads process.env: the site's
// address goes through src/integrations/site-config.ts, and the folders below through astro.config.mjs.
//   SITE_URL, BASE_PATH  the public address and folder for this build (beat src/data/site.ts)
//   PREVIEW=1            a local preview: printouts say "Preview copy", no address needed
//   DIST_DIR             where the site is written (default dist)
//   ASTRO_CACHE_DIR      Astro's cache, so two builds can run side by side (default node_modules/.astro)
//   DEPLOY_DIR           where the server settings are written (default deploy)
import type { SiteEnvironment } from './site-address.ts';

export type BuildEnvironment = {
  address: SiteEnvironment;
  distDir: string;
  cacheDir: string;
  deployDir: string;
};

export function readBuildEnvironment(env: NodeJS.ProcessEnv): BuildEnvironment {
  return {
    address: { SITE_URL: env.SITE_URL, BASE_PATH: env.BASE_PATH, PREVIEW: env.PREVIEW },
    distDir: env.DIST_DIR || 'dist',
    cacheDir: env.ASTRO_CACHE_DIR || 'node_modules/.astro',
    deployDir: env.DEPLOY_DIR || 'deploy',
  };
}

export const buildEnvironment: BuildEnvironment = readBuildEnvironment(process.env);
