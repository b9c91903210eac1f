import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { settings } from './scripts/settings.mjs';
import { guideSite, rootSite, type Site } from './tests/support/site.ts';
import type { SiteOptions } from './tests/support/test.ts';

// The tests run against the built site, served as a static host would serve it, in two projects: "root", every test
// against the root build (DIST_DIR and BASE_PATH pick another), and "guide", the tests tagged @guide against the same
// site built for the folder /guide/ (npm run build:variants makes both). Tests use relative paths.
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run "node scripts/find-chromium.mjs" to install one.');

const builds: { name: string; site: Site; port: number }[] = [
  { name: 'root', site: rootSite, port: settings.testPort },
  { name: 'guide', site: guideSite, port: settings.testPort + 1 },
];
const address = (build: (typeof builds)[number]) => `http://localhost:${build.port}${build.site.base}`;

export default defineConfig<SiteOptions>({
  testDir: './tests/browser',
  testMatch: ['**/*.spec.ts'],
  fullyParallel: true,
  workers: settings.ci ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
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
  projects: builds.map((build) => ({
    name: build.name,
    ...(build.name === 'guide' ? { grep: /@guide/ } : {}),
    use: { baseURL: address(build), site: build.site },
  })),
  // One file server per build. The /guide/ one is waited for by its port, so a run of the root project alone (npm run
  // test:quick) needs no /guide/ build; its tests fail plainly when that build is missing.
  webServer: builds.map((build) => ({
    command: 'node scripts/serve.mjs',
    ...(build.name === 'guide' ? { port: build.port } : { url: address(build) }),
    reuseExistingServer: false,
    env: { PORT: String(build.port), BASE_PATH: build.site.base, DIST_DIR: build.site.distDir },
    stdout: 'ignore' as const,
  })),
});
