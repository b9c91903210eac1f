// Contact details: every phone number and email on the site comes from a contact block rendered from
// src/data/contacts.yaml, the blocks show every detail with working links, say gaps plainly and never show an empty
// list.
import { test, expect } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';
import { readEntries } from '../../src/loaders/data-files.ts';

test('a contact known by name only renders no empty list', async ({ page }) => {
  await page.goto('contacts/');
  const card = page.locator('[data-contact="action-for-children"]');
  await expect(card).toBeVisible();
  await expect(card.locator('ul')).toHaveCount(0);
  expect(
    await page.locator('main ul').evaluateAll((lists) => lists.filter((l) => l.children.length === 0).length),
  ).toBe(0);
});

test('phone numbers and emails appear only inside contact blocks rendered from the data', async ({ page }) => {
  const paths = [...sitemapPaths(), 'this-page-does-not-exist/'];
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const phone = /(?:\+44\s?\d|\b0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
      const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
      const out: string[] = [];
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="mailto:"]')) {
        // "mailto:" alone (the letter helper's email link for a letter with no fixed address) holds no contact detail.
        if (a.getAttribute('href') === 'mailto:') continue;
        if (!a.closest('[data-contact]')) out.push(`link ${a.getAttribute('href')} outside a contact block`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template')) continue;
        const match = phone.exec(node.data) ?? email.exec(node.data);
        if (match && !parent.closest('[data-contact]'))
          out.push(`"${match[0]}" in <${parent.tagName.toLowerCase()}> outside a contact block`);
      }
      for (const meta of document.querySelectorAll('meta[content], title')) {
        const text = meta.getAttribute('content') ?? meta.textContent ?? '';
        if (phone.test(text) || email.test(text)) out.push(`contact detail in <head>: ${text}`);
      }
      return out;
    });
    problems.push(...found.map((p) => `/${path}: ${p}`));
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('contact blocks render every contact detail from the data with working links', async ({ page }) => {
  await page.goto('contacts/');
  const cards = page.locator('main [data-contact]');
  expect(await cards.count()).toBeGreaterThanOrEqual(13);
  // Phone links use the international form and show the UK format with spaces.
  for (const link of await page.locator('main a[href^="tel:"]').all()) {
    expect(await link.getAttribute('href')).toMatch(/^tel:\+44\d{9,10}$/);
    await expect(link).toHaveText(/^0\d{2,4} \d{3,4} \d{4}$/);
  }
  // Freephone is said only where the sources say so (FACTS.md): Barnardo's (as the council's page says), Coram Voice
  // and Help at Hand; the data says so for the same three.
  const freephone = await page
    .locator('main [data-contact]')
    .filter({ hasText: /freephone/i })
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')));
  expect(freephone.sort()).toEqual(['barnardos-advocacy', 'coram-voice', 'help-at-hand']);
  const freephoneInData = readEntries('contacts').filter((contact) => /freephone/i.test(contact.phone?.cost ?? ''));
  expect(freephoneInData.map((contact) => contact.id).sort()).toEqual(freephone);
  // Gaps are said as what to do, never filled.
  await expect(page.locator('[data-contact="positive-feedback"]')).toContainText(
    'Ask your worker which address to use',
  );
  await expect(page.locator('[data-contact="onwards-and-upwards"]')).toContainText(
    "Ask your PA or social worker for the centre's address",
  );
  await expect(page.locator('[data-contact="positive-feedback"] a[href^="mailto:"]')).toHaveCount(0);
});
