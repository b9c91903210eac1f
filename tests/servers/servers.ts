// The servers the server tests run: each generated file (nginx.conf, apache.conf, .htaccess, Caddyfile) behind its
// server, for the root build and the /guide/ build, on loopback ports from SERVER_TEST_PORT (default 4430) upward.
import { settings } from '../../scripts/settings.mjs';

export type TestedServer = { name: string; kind: string; dist: string; deploy: string; base: string; port: number };

const kinds = ['nginx', 'apache', 'apache-htaccess', 'caddy'];
const builds = [
  { dist: settings.distDir, deploy: settings.deployDir, base: settings.basePath },
  { dist: settings.guideDistDir, deploy: settings.guideDeployDir, base: '/guide/' },
];

/** SERVERS (e.g. "nginx,caddy") picks some; every one by default. */
export const testedServers: TestedServer[] = builds
  .flatMap((build) => kinds.map((kind) => ({ ...build, kind, name: `${kind} ${build.base}` })))
  .filter((server) => !settings.servers || settings.servers.includes(server.kind))
  .map((server, index) => ({ ...server, port: settings.serverTestPort + index }));
