// Facts read as facts: no page body says "the council's page says…" (or "Barnet's page gives…"). Where a fact comes from
// belongs in the page's "Where this information comes from"; a contact's known gap ("The council's page does not give
// contact details") may name the source, as it says what is missing. Checked on every page in the sitemap, every step of
// the stage tool and the leaflets.
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, sitemapPaths } from '../support/site.ts';

const hedge = /(council|barnet)(’|')?s (own )?(web)?pages? (says?|gives?|calls?)\b/i;

const stageSteps = readdirSync(join(distDir, 'which-stage'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `which-stage/${d.name}/`);
const leaflets = readdirSync(join(distDir, 'leaflets'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `leaflets/${d.name}/`);
const pages = [...new Set([...sitemapPaths(), ...stageSteps, ...leaflets])];

test('the check finds a hedge where there is one', () => {
  expect("The council's page says this number is freephone.").toMatch(hedge);
  expect("Barnet's page gives 25 days.").toMatch(hedge);
  expect('The council’s pages call it the Local Government Ombudsman.').toMatch(hedge);
  expect('This number is freephone.').not.toMatch(hedge);
});

test.describe('no "the council\'s page says" in a page body', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(path);
      const body = await page.locator('body').evaluate((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        // Not the body: the sources section, the stage tool's sources, and the contacts' known gaps.
        for (const el of copy.querySelectorAll('.yv-page-meta, .yv-sf-sources, .yv-contact__gap, script, style'))
          el.remove();
        return copy.textContent ?? '';
      });
      const sentences = body.split(/(?<=[.!?])\s+/).filter((s) => hedge.test(s));
      expect(sentences, 'say the fact; name the source in "Where this information comes from"').toEqual([]);
    });
  }
});
