// The first screen on a phone: where every page's h1 starts at 390 × 844 (the goal: within 200 px), and
// screenshots of a few pages at 390 px in light and dark for the docs. Run after a build:
//   node scripts/phone-first-screen.mjs [label]      (env: DIST_DIR, BASE_PATH, PORT; SHOTS=docs/screenshots to save PNGs)
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { startServer } from './start-server.mjs';
import { builtPages } from '../src/integrations/built-pages.ts';
import { settings } from './settings.mjs';

const dist = settings.distDir;
const base = settings.basePath;
const port = settings.port ?? 4321;
const label = process.argv[2] ?? 'now';
const shotsDir = settings.shotsDir;
const shotPages = { home: '', 'which-stage': 'which-stage/', 'stage-1': 'stage-1/', contacts: 'contacts/' };

const pages = builtPages(dist)
  .filter((page) => page !== '404.html')
  .map((page) => page.replace(/index\.html$/, ''));

const { server, origin } = await startServer({ dist, port, base });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const rows = [];
  for (const path of pages) {
    await page.goto(origin + path);
    const top = await page
      .locator('h1')
      .first()
      .evaluate((h1) => Math.round(h1.getBoundingClientRect().top + window.scrollY));
    rows.push([path || '(home)', top]);
  }
  console.log(`h1 top at 390 × 844 (${label}), px:`);
  for (const [path, top] of rows) console.log(`${top > 200 ? 'OVER' : '    '} ${String(top).padStart(4)}  ${path}`);
  if (shotsDir) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      await page.emulateMedia({ colorScheme });
      for (const [name, path] of Object.entries(shotPages)) {
        await page.goto(origin + path);
        await page.screenshot({ path: join(shotsDir, `${label}-390-${name}-${colorScheme}.png`) });
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
