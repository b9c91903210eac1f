// A leaflet is read on paper, often by someone who reads slowly: printed, none of its text is smaller than 12pt.
import { test, expect } from '../support/test.ts';
import { leaflets } from '../../src/data/leaflets.ts';

for (const leaflet of leaflets) {
  test(`${leaflet.path}: every printed text is 12pt or more`, async ({ page }) => {
    await page.goto(leaflet.path.slice(1));
    await page.emulateMedia({ media: 'print' });
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent!.trim() || !element.checkVisibility()) continue;
        const points = parseFloat(getComputedStyle(element).fontSize) * 0.75;
        if (points < 11.99) found.push(`${points.toFixed(1)}pt: ${node.textContent!.trim().slice(0, 60)}`);
      }
      return found;
    });
    expect(small).toEqual([]);
  });
}
