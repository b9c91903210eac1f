// Words explained: every word a page links to its meaning is defined on the "Words explained" page, and a page links
// a word only the first time it uses it.
import { test, expect } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';

test('every linked term exists on Words explained, and is linked once a page', async ({ page }) => {
  await page.goto('words-explained/');
  const ids = await page.locator('dl[data-glossary] dt[id]').evaluateAll((dts) => dts.map((dt) => dt.id));
  expect(ids.length).toBeGreaterThan(20);
  const linked = new Set<string>();
  const repeated: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const hrefs = await page
      .locator('main a[data-term]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    hrefs.forEach((id) => linked.add(id));
    // Only a term's first use on a page is linked: more links to the same word are noise for a screen reader.
    const twice = hrefs.filter((id, i) => hrefs.indexOf(id) !== i);
    if (twice.length) repeated.push(`/${path}: ${[...new Set(twice)].join(', ')}`);
  }
  expect(repeated, 'terms linked more than once on a page').toEqual([]);
  expect(linked.size).toBeGreaterThan(10);
  expect(
    [...linked].filter((id) => !ids.includes(id)),
    'terms linked but not defined',
  ).toEqual([]);
});
