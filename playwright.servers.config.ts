import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { testedServers } from './tests/servers/servers.ts';

// The built site behind real servers (nginx, Apache with apache.conf and with .htaccess, Caddy), each configured only
// by the files the build wrote, at the root and under /guide/: one project per server. Build first
// (npm run build:variants); scripts/install-servers.mjs installs the servers in CI.
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run "node scripts/find-chromium.mjs" to install one.');

export default defineConfig({
  testDir: './tests/servers',
  testMatch: ['*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  globalSetup: './tests/servers/global-setup.ts',
  use: {
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: testedServers.map((server) => ({
    name: server.name,
    use: { baseURL: `http://localhost:${server.port}${server.base}` },
    metadata: { base: server.base },
  })),
});
