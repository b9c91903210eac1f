// Every setting a script (or the browser tests' support) reads from the environment, read here once with its
// default. The build's own variables are read in src/integrations/environment.ts; the folders come from there.
//   DIST_DIR, DEPLOY_DIR        the built site and its server settings (default dist, deploy)
//   GUIDE_DIST_DIR, GUIDE_DEPLOY_DIR   the same for the /guide/ build (default dist-guide, deploy-guide)
//   BASE_PATH                   the folder the built site expects to be served from (default /)
//   SITE_URL                    the address a build was made for (the link check's idea of "this site")
//   PORT, HOST, COMPRESS=1      npm run serve: where it listens, and whether it gzips like a real host
//   TEST_PORT, SERVER_TEST_PORT the browser tests' file server, and the first of the real servers' 8 ports
//   SERVERS                     some of the real servers only: SERVERS=nginx,caddy
//   CHROMIUM_PATH               the browser the tests use (see scripts/find-chromium.mjs)
//   BENCH_PORT, BENCH_RUNS, BENCH_QUERY, BENCH_VERBOSE   npm run bench and bench:search
//   SCALE_PAGES, SCALE_PORT, SCALE_BUILT, KEEP           npm run scale:search
//   SHOTS                       scripts/phone-first-screen.mjs: a folder for its screenshots
import { buildEnvironment } from '../src/integrations/environment.ts';
import { normaliseBase, previewOrigin } from '../src/integrations/site-address.ts';

const env = process.env;
const number = (value, fallback) => (value ? Number(value) : fallback);

export const settings = {
  distDir: buildEnvironment.distDir,
  deployDir: buildEnvironment.deployDir,
  guideDistDir: env.GUIDE_DIST_DIR || 'dist-guide',
  guideDeployDir: env.GUIDE_DEPLOY_DIR || 'deploy-guide',
  basePath: normaliseBase(env.BASE_PATH ?? '/'),
  siteUrl: env.SITE_URL || previewOrigin,
  port: number(env.PORT, undefined),
  host: env.HOST || '127.0.0.1',
  compress: env.COMPRESS === '1',
  testPort: number(env.TEST_PORT, 4400),
  serverTestPort: number(env.SERVER_TEST_PORT, 4430),
  servers: env.SERVERS ? env.SERVERS.split(',').map((name) => name.trim()) : undefined,
  chromiumPath: env.CHROMIUM_PATH || undefined,
  bench: {
    port: number(env.BENCH_PORT, undefined),
    runs: number(env.BENCH_RUNS, undefined),
    query: env.BENCH_QUERY || 'complaint',
    verbose: Boolean(env.BENCH_VERBOSE),
  },
  scale: {
    pages: number(env.SCALE_PAGES, 1000),
    port: number(env.SCALE_PORT, 4559),
    reuse: env.SCALE_BUILT || undefined,
    keep: Boolean(env.KEEP),
  },
  shotsDir: env.SHOTS || undefined,
  ci: Boolean(env.CI),
};
