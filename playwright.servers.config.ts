import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';
import { testedServers } from './tests/servers/servers.ts';

// The built site behind real servers (nginx, Apache with apache.conf and with .htaccess, Caddy), each configured only
// by the files the build wrote, at the root and under /guide/: one project per server. Build first
// (npm run build:variants); scripts/install-servers.mjs installs the servers in CI.
// The same browser, reporters and limits as the other browser tests; the servers replace the Node file server.
export default defineConfig({
  ...baseConfig,
  testDir: './tests/servers',
  testMatch: ['*.spec.ts'],
  webServer: undefined,
  globalSetup: './tests/servers/global-setup.ts',
  use: { launchOptions: baseConfig.use?.launchOptions },
  projects: testedServers.map((server) => ({
    name: server.name,
    use: { baseURL: `http://localhost:${server.port}${server.base}` },
    metadata: { base: server.base },
  })),
});
