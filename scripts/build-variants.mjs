// Build the site twice, as it will be deployed: at a domain root into `dist`, and in a folder (/guide/) into
// `dist-guide`, each with its own Astro cache so neither build reuses the other's base path. One after the other:
// CI has two cores and each build uses both.
// Both are previews (PREVIEW=1: printouts say "Preview copy") at SITE_URL, or at the local preview address when it is
// not given, so the tests expect the same address whatever src/data/site.ts says.
// Usage: node scripts/build-variants.mjs [rootDir=dist] [guideDir=dist-guide] [--root-only]   (SITE_URL is passed
// through; --root-only builds the root one alone, for npm run test:quick)
import { spawnSync } from 'node:child_process';
import { previewOrigin } from '../src/integrations/site-address.ts';

const args = process.argv.slice(2);
const [rootDir = 'dist', guideDir = 'dist-guide'] = args.filter((arg) => !arg.startsWith('--'));
const rootOnly = args.includes('--root-only');
const variants = [
  {
    DIST_DIR: rootDir,
    BASE_PATH: '/',
    ASTRO_CACHE_DIR: rootDir === 'dist' ? 'node_modules/.astro' : `node_modules/.astro-${rootDir}`,
    DEPLOY_DIR: 'deploy',
  },
  // Its server settings go beside the root build's (deploy-guide/), so the server tests can serve both.
  {
    DIST_DIR: guideDir,
    BASE_PATH: '/guide/',
    ASTRO_CACHE_DIR: `node_modules/.astro-${guideDir}`,
    DEPLOY_DIR: 'deploy-guide',
  },
];

for (const variant of rootOnly ? variants.slice(0, 1) : variants) {
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, PREVIEW: '1', SITE_URL: process.env.SITE_URL || previewOrigin, ...variant },
  });
  if (run.status !== 0) {
    console.error(`Build of ${variant.BASE_PATH} into ${variant.DIST_DIR} failed.`);
    process.exit(run.status ?? 1);
  }
  console.log(
    `Built ${variant.BASE_PATH} into ${variant.DIST_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)}s.`,
  );
}
