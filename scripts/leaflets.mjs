// Prints both leaflets to A4 PDFs in leaflets-pdf/, from the built site, with the same Chromium as the tests.
// It builds nothing: run "npm run build" first. Usage: npm run leaflets  (env: DIST_DIR=dist, BASE_PATH=/, PORT=4399)
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { findChromium } from './find-chromium.mjs';
import { startServer } from './start-server.mjs';

export const leaflets = [
  { path: 'leaflets/how-to-complain/', file: 'how-to-complain-stage-by-stage.pdf' },
  { path: 'leaflets/your-voice/', file: 'your-voice.pdf' },
];

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const outDir = resolve(root, process.env.LEAFLETS_DIR ?? 'leaflets-pdf');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.PORT ?? 4399);

async function main() {
  if (!existsSync(join(dist, 'leaflets'))) {
    console.error(`No built leaflets in ${dist}: run "npm run build" first.`);
    process.exit(1);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: run "node scripts/find-chromium.mjs" to install one.');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const { server, origin } = await startServer({ dist, port, base });
  const tooLong = [];
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    for (const leaflet of leaflets) {
      const response = await page.goto(new URL(leaflet.path, origin).href, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${leaflet.path} answered ${response?.status()}`);
      const path = join(outDir, leaflet.file);
      const pdf = await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
      const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
      console.log(`wrote ${path} (${pages} ${pages === 1 ? 'page' : 'pages'})`);
      // The printed address and QR code come from SITE_URL at build time: a leaflet pointing at localhost is no use.
      const printed = await page.locator('link[rel="canonical"]').getAttribute('href').catch(() => null);
      if (!printed || /^https?:\/\/(localhost|127\.)/.test(printed)) {
        console.warn(`warning: ${leaflet.file} prints the address ${printed ?? '(none)'}; build with SITE_URL set to the real site before printing for young people.`);
      }
      // A leaflet is one sheet of A4, printed on both sides.
      if (pages > 2) tooLong.push(`${leaflet.path} prints on ${pages} pages, more than one sheet`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  if (tooLong.length) throw new Error(tooLong.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
