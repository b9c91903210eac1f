// Find a Chromium for the browser tests, in this order: CHROMIUM_PATH, a system Chromium or Chrome,
// Playwright's own browser. Run directly, it also installs Debian's chromium package when it is root on
// Debian/Ubuntu, or stops with one line naming the command to run.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { aptInstall, canAptInstall } from './apt-install.mjs';
import { settings } from './settings.mjs';

const require = createRequire(import.meta.url);

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = settings.chromiumPath;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but nothing is there.`);
    return fromEnv;
  }
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let path = findChromium();
  if (!path && canAptInstall()) {
    console.log('No Chromium found.');
    aptInstall(['chromium']);
    path = findChromium();
  }
  if (!path) {
    console.error(
      'No Chromium found: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH to a Chrome or Chromium).',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}
