// A leaflet is read on paper, often by someone who reads slowly: printed, none of its text is smaller than 12pt (the
// Easy Read leaflet 14pt), and it keeps to its pages (the Easy Read leaflet 4 A4 pages at most).
import { test, expect } from '../support/test.ts';
import { leaflets } from '../../src/data/leaflets.ts';
import { readPdf } from '../../scripts/leaflet-pdfs.mjs';

for (const leaflet of leaflets) {
  test(`${leaflet.path}: every printed text is ${leaflet.smallestText}pt or more`, async ({ page }) => {
    await page.goto(leaflet.path.slice(1));
    await page.emulateMedia({ media: 'print' });
    const small = await page.evaluate((smallest) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent!.trim() || !element.checkVisibility()) continue;
        const points = parseFloat(getComputedStyle(element).fontSize) * 0.75;
        if (points < smallest - 0.01) found.push(`${points.toFixed(1)}pt: ${node.textContent!.trim().slice(0, 60)}`);
      }
      return found;
    }, leaflet.smallestText);
    expect(small).toEqual([]);
  });
}

test('the Easy Read leaflet prints on at most 4 A4 pages, with 14pt text', async ({ page }) => {
  const easyRead = leaflets.find((leaflet) => leaflet.readMorePath.startsWith('/easy-read/'))!;
  expect(easyRead.pages).toBeLessThanOrEqual(4);
  expect(easyRead.smallestText).toBeGreaterThanOrEqual(14);
  await page.goto(easyRead.path.slice(1));
  await page.emulateMedia({ media: 'print' });
  const pdf = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pdf.pages).toBeLessThanOrEqual(easyRead.pages);
});
