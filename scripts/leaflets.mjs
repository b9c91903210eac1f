// Makes the leaflets' PDF copies in public/leaflets/ (committed, so hosts without a browser can offer them): builds the
// site with the address in src/data/site.ts, prints each leaflet to A4 in Chromium, tagged and with an outline.
// Run it after any change to a leaflet or to what it shows (contacts, timescales, words): npm run leaflets
// The test run fails, naming this command, when the committed PDFs no longer match the leaflets.
// While src/data/site.ts has no publicUrl the PDFs are preview copies (they say so on paper) and builds leave them out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { startServer } from './start-server.mjs';
import { leafletPdfs, pdfFolder, pdfOptions, readPdf } from './leaflet-pdfs.mjs';
import { siteSettings } from '../src/data/site.ts';
import { normaliseBase, previewOrigin } from '../src/integrations/site-address.ts';
import { settings } from './settings.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist-leaflets');
const port = settings.port ?? 4399;
const base = normaliseBase(siteSettings.basePath);
const preview = !siteSettings.publicUrl;

function build() {
  const address = preview
    ? { PREVIEW: '1', SITE_URL: previewOrigin }
    : { PREVIEW: '', SITE_URL: siteSettings.publicUrl };
  console.log(
    `Building the leaflets for ${address.SITE_URL}${base}${preview ? ' (preview: src/data/site.ts has no publicUrl)' : ''}...`,
  );
  const run = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...address,
      BASE_PATH: base,
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: 'node_modules/.astro-leaflets',
      DEPLOY_DIR: 'node_modules/.astro-leaflets/deploy',
    },
  });
  if (run.status !== 0) throw new Error('The build for the leaflets failed.');
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run "node scripts/find-chromium.mjs" to install one.');
  build();
  const outDir = join(root, pdfFolder);
  mkdirSync(outDir, { recursive: true });
  const { server, origin } = await startServer({ dist, port, base });
  const problems = [];
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    for (const leaflet of leafletPdfs) {
      const response = await page.goto(new URL(leaflet.path, origin).href, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${leaflet.path} answered ${response?.status()}`);
      const pdf = await page.pdf(pdfOptions);
      const path = join(outDir, leaflet.file);
      writeFileSync(path, pdf);
      const { pages, outline } = await readPdf(pdf);
      console.log(
        `wrote ${pdfFolder}/${leaflet.file} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${outline} outline entries)`,
      );
      // A leaflet prints on both sides of A4: most on one sheet (2 pages), the Easy Read one on 2 (src/data/leaflets.ts).
      if (pages > leaflet.pages)
        problems.push(`${leaflet.path} prints on ${pages} pages, more than its ${leaflet.pages}: shorten it.`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  if (preview)
    console.warn(
      'These are preview copies: set publicUrl in src/data/site.ts, then run "npm run leaflets" again, to make PDFs that lead to the real site.',
    );
  if (problems.length) throw new Error(problems.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
