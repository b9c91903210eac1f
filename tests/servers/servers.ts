// The servers the server tests run: each generated file (nginx.conf, apache.conf, .htaccess, Caddyfile) behind its
// server, for the root build and the /guide/ build, on loopback ports from SERVER_TEST_PORT (default 4430) upward.
import { basePath } from '../support/site.ts';

export type TestedServer = { name: string; kind: string; dist: string; deploy: string; base: string; port: number };

const firstPort = Number(process.env.SERVER_TEST_PORT ?? 4430);
const kinds = ['nginx', 'apache', 'apache-htaccess', 'caddy'];
const builds = [
  { dist: process.env.DIST_DIR ?? 'dist', deploy: process.env.DEPLOY_DIR ?? 'deploy', base: basePath },
  {
    dist: process.env.GUIDE_DIST_DIR ?? 'dist-guide',
    deploy: process.env.GUIDE_DEPLOY_DIR ?? 'deploy-guide',
    base: '/guide/',
  },
];

/** SERVERS (e.g. "nginx,caddy") picks some; every one by default. */
const only = process.env.SERVERS?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);

export const testedServers: TestedServer[] = builds
  .flatMap((build) => kinds.map((kind) => ({ ...build, kind, name: `${kind} ${build.base}` })))
  .filter((server) => !only || only.includes(server.kind))
  .map((server, index) => ({ ...server, port: firstPort + index }));
