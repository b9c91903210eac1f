import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { basePath as base, distDir } from './tests/support/site.ts';

// The tests run against the built site, served as a static host would serve it.
// DIST_DIR and BASE_PATH pick the build (the root build, or the /guide/ one); tests use relative paths.
const port = Number(process.env.TEST_PORT ?? 4400);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run "node scripts/find-chromium.mjs" to install one.');

export default defineConfig({
  testDir: './tests',
  testMatch: ['browser/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: {
      executablePath,
      // No background traffic: this machine's network is closed, and the site must make no outside requests.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    env: { PORT: String(port), BASE_PATH: base, DIST_DIR: distDir },
    stdout: 'ignore',
  },
});
