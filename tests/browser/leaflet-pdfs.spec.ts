// The committed leaflet PDFs (public/leaflets/, made by `npm run leaflets`) match the leaflets as they are built now:
// the same words (printed now and compared, whatever address, day or preview made either), within its A4 pages
// (src/data/leaflets.ts),
// tagged with an outline for screen readers, and carrying the address they will be published at.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  comparableText,
  firstDifference,
  leafletPdfs,
  pdfFolder,
  pdfOptions,
  readPdf,
} from '../../scripts/leaflet-pdfs.mjs';
import { siteSettings } from '../../src/data/site.ts';
import { normaliseBase } from '../../src/integrations/site-address.ts';
import { leaflets } from '../../src/data/leaflets.ts';
import { test, expect } from '../support/test.ts';

const regenerate = 'Run "npm run leaflets" and commit public/leaflets/.';
const squash = (text: string) => text.replace(/\s+/g, '');

for (const leaflet of leafletPdfs) {
  test(`${pdfFolder}/${leaflet.file} is up to date with /${leaflet.path}, at most ${leaflet.pages} A4 pages, tagged, with an outline`, async ({
    page,
  }) => {
    const file = join(pdfFolder, leaflet.file);
    expect(existsSync(file), `${file} is missing. ${regenerate}`).toBe(true);
    const committed = await readPdf(readFileSync(file));
    expect(
      committed.pages,
      `${file} has ${committed.pages} pages. Shorten the leaflet, then: ${regenerate}`,
    ).toBeLessThanOrEqual(leaflet.pages);
    for (const [width, height] of committed.sizes)
      expect([width, height], 'A4 portrait, in points').toEqual([595, 842]);
    expect(committed.tagged, `${file} is not a tagged PDF. ${regenerate}`).toBe(true);
    expect(committed.outline, `${file} has no outline. ${regenerate}`).toBeGreaterThan(0);

    await page.goto(leaflet.path);
    const current = await readPdf(await page.pdf(pdfOptions));
    const difference = firstDifference(comparableText(committed.text), comparableText(current.text));
    expect(difference, `${file} no longer matches the leaflet. ${regenerate}\n${difference}`).toBeNull();

    // The PDFs carry the address in src/data/site.ts; until it has one they are preview copies and say so.
    const readMore = leaflets.find((entry) => entry.path === `/${leaflet.path}`)!.readMorePath;
    if (siteSettings.publicUrl) {
      const address = new URL(`${normaliseBase(siteSettings.basePath)}${readMore.slice(1)}`, siteSettings.publicUrl)
        .href;
      expect(squash(committed.text), `${file} should lead to ${address}. ${regenerate}`).toContain(squash(address));
      expect(committed.text, `${file} is a preview copy. ${regenerate}`).not.toContain('Preview copy');
    } else {
      expect(
        committed.text,
        'with no publicUrl in src/data/site.ts, the PDFs can only be preview copies, and must say so',
      ).toContain('Preview copy');
    }
  });
}

test('a build offers the PDFs only where they lead to its own address', async ({ page, site }) => {
  // The tests' build is a preview, so it must neither link nor serve them.
  await page.goto('leaflets/');
  await expect(page.getByRole('link', { name: /as a PDF/ })).toHaveCount(0);
  for (const leaflet of leafletPdfs)
    expect(existsSync(join(site.distDir, 'leaflets', leaflet.file)), leaflet.file).toBe(false);
});
