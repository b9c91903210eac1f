// Printing: every page in the sitemap and every leaflet, printed to A4 PDF in Chromium and checked on the PDF's text.
// A printed page must stand on its own: its full web address, every phone number in full, a working full address
// for every link, no controls, nothing wider than the paper, no heading alone at the foot of a page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { test, expect, type Page } from '../support/test.ts';
import { sitemapPaths, type Site } from '../support/site.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { decodeQr } from '../support/qr.ts';
import { leaflets as leafletData } from '../../src/data/leaflets.ts';
import { displayFromTel } from '../../src/lib/phone.ts';

const leaflets: string[] = leafletData.map((leaflet) => leaflet.path.slice(1));
/** The page a leaflet's QR code and printed address lead to (relative to the base path). */
const leafletReadMore: Record<string, string> = Object.fromEntries(
  leafletData.map((leaflet) => [leaflet.path.slice(1), leaflet.readMorePath.slice(1)]),
);
const paths = [...new Set([...sitemapPaths(), ...leaflets])];

// The printable width of A4 in CSS pixels: 210mm less the 15mm left and right margins of src/styles/print.css.
const MM = 96 / 25.4;
const printableWidth = Math.floor((210 - 15 - 15) * MM);
// The bottom page margin (16mm) holds only the running footer ("Your voice in care", "Page 1 of 2"), in PDF points.
const bottomMarginPt = (16 / 25.4) * 72;

/** Text with all white space collapsed: how an address or number reads however the PDF breaks its lines. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const squash = (text: string) => text.replace(/\s+/g, '');

type Printed = { text: string; pages: number; lastLines: string[] };

/**
 * Prints the page to A4 as Chromium's print would, and reads back its text (without the running footer in the bottom
 * margin, so an address broken over 2 pages still reads whole) and each page's last line of content.
 */
async function printToPdf(page: Page): Promise<Printed> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  let text = '';
  const lastLines: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    const items = content.items
      .flatMap((item) => ('str' in item ? [{ str: item.str, y: item.transform[5] as number, eol: item.hasEOL }] : []))
      .filter((item) => item.y > bottomMarginPt);
    text += items.map((item) => item.str + (item.eol ? '\n' : '')).join('') + '\n';
    const lines = items.filter((item) => item.str.trim() !== '');
    const bottom = Math.min(...lines.map((item) => item.y));
    lastLines.push(
      collapse(
        lines
          .filter((item) => Math.abs(item.y - bottom) < 2)
          .map((item) => item.str)
          .join(' '),
      ),
    );
  }
  return { text, pages: doc.numPages, lastLines };
}

/** What the page shows on screen that must reach paper: its address, its phone numbers, its links. */
async function readPage(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('[data-print-hide], [hidden], script, style, template').forEach((el) => el.remove());
    const phones = [
      ...(main.textContent ?? '').matchAll(/(?<!\d)0\d{2,4}[ \u00a0]?\d{3,4}[ \u00a0]?\d{3,4}(?!\d)/g),
    ].map((m) => m[0]);
    const tels = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"]')].map((a) =>
      a.getAttribute('href')!.slice(4),
    );
    const headings = [...document.querySelectorAll('main h2, main h3, main h4, main summary')].map((h) =>
      (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    return {
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
      phones,
      tels,
      headings,
      printedUrl: document.querySelector('.yv-print-footer__url')?.textContent?.trim() ?? null,
    };
  });
}

/** In print layout: links that print, elements wider than the paper, and controls that would still show. */
async function readPrintLayout(page: Page, width: number) {
  return page.evaluate((limit) => {
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().width > 0;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => shown(el) && el.getBoundingClientRect().right > limit + 1)
      .map((el) => `${name(el)} ends at ${Math.round(el.getBoundingClientRect().right)}px`);
    if (document.documentElement.scrollWidth > limit + 1)
      wide.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    const controls = [
      ...document.querySelectorAll(
        'button, input, select, textarea, form, [role="search"], nav:not(main nav), .yv-skip-link, .yv-exit, .yv-breadcrumbs',
      ),
    ]
      .filter(shown)
      .map(name);
    // The words the page prints, leaving out any control that is (wrongly) still visible.
    const controlSelector = 'button, form, nav:not(main nav), .yv-skip-link, .yv-exit, .yv-exit-bar, .yv-breadcrumbs';
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest(controlSelector) && parent.checkVisibility()) words.push(node.textContent ?? '');
    }
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href], .yv-print-footer a[href]')]
      .filter(shown)
      .map((a) => ({
        href: a.getAttribute('href')!,
        text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
        printUrl: a.getAttribute('data-print-url'),
        term: a.hasAttribute('data-term'),
      }));
    return { wide, controls, links, printedWords: words.join(' ').replace(/\s+/g, ' ') };
  }, width);
}

/** The file a printed address of this site leads to in the build, so a reader typing it finds a page. */
function builtFileFor(site: Site, address: URL): string {
  const path = decodeURIComponent(address.pathname).slice(site.base.length);
  return join(site.distDir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
}

for (const path of paths) {
  test(`prints /${path} on A4 with its address, numbers and links in full`, async ({ page, site }) => {
    const response = await page.goto(path);
    expect(response?.status(), `/${path} should load`).toBe(200);
    const shown = await readPage(page);
    const canonical = new URL(shown.canonical);

    await page.setViewportSize({ width: printableWidth, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const layout = await readPrintLayout(page, printableWidth);
    expect(layout.wide, `wider than the printable area (${printableWidth}px)`).toEqual([]);
    expect(layout.controls, 'controls visible in print').toEqual([]);

    const printed = await printToPdf(page);
    const text = collapse(printed.text);
    const squashed = squash(printed.text);

    // The page's own full web address (a leaflet's: the page for young people it is about) beside a QR code that
    // decodes to it, and the reminder to check the live page.
    const expected = leafletReadMore[path]
      ? new URL(leafletReadMore[path], new URL(site.base, canonical)).href
      : shown.canonical;
    expect(shown.printedUrl).toBe(expected);
    expect(squashed).toContain(squash(expected));
    expect(text).toContain(
      leafletReadMore[path] ? 'to read more and get the latest version' : 'Check the website for the latest version',
    );
    expect(text).toMatch(/Printed on: \d{1,2} [A-Z][a-z]+ \d{4}/);

    // Every phone number on the page, in full.
    for (const phone of shown.phones)
      expect(text, `phone number ${phone}`).toContain(collapse(phone.replace(/\u00a0/g, ' ')));
    for (const tel of shown.tels) expect(squashed, `phone link ${tel}`).toContain(squash(displayFromTel(tel)));

    // Every link to another page or site shows a full address that works (unless its text already is one).
    for (const link of layout.links) {
      if (link.href.startsWith('#') || /^(tel|mailto):/i.test(link.href)) continue;
      const target = new URL(link.href, canonical);
      if (target.origin === canonical.origin && target.pathname === canonical.pathname) continue;
      if (link.term) {
        // Words linked to their meaning: the print footer gives the address of "Words explained" once.
        expect(squashed, `where "${link.text}" is explained`).toContain(squash(`${target.origin}${target.pathname}`));
        expect(
          existsSync(builtFileFor(site, target)),
          `"${link.text}" links to ${target.href}, which must be a page of the site`,
        ).toBe(true);
        continue;
      }
      const address = link.printUrl ?? target.href;
      expect(address, `printed address of "${link.text}"`).toBe(target.href);
      const bare = (s: string) =>
        s
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .replace(/\/$/, '');
      if (bare(link.text) !== bare(target.href)) {
        expect(link.printUrl, `"${link.text}" (${link.href}) has an address to print`).not.toBeNull();
        expect(squashed, `printed address of "${link.text}"`).toContain(squash(address));
      }
      if (target.origin === canonical.origin) {
        expect(
          existsSync(builtFileFor(site, target)),
          `"${link.text}" prints ${target.href}, which must be a page of the site`,
        ).toBe(true);
      }
    }

    // Nothing interactive on paper: a control's words may appear only as often as the page's own text uses them.
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    for (const control of [
      'Skip to main content',
      'Exit this page',
      'Search this guide',
      'Print this leaflet',
      'How to leave quickly',
    ]) {
      expect(count(text, control), `"${control}" is printed`).toBeLessThanOrEqual(count(layout.printedWords, control));
    }

    // No heading alone at the foot of a page.
    for (const [index, line] of printed.lastLines.slice(0, -1).entries()) {
      const alone = shown.headings.find((heading) => heading === line || (line.length >= 8 && heading.endsWith(line)));
      expect(alone, `page ${index + 1} ends with the heading "${alone}"`).toBeUndefined();
    }

    const leaflet = leafletData.find((l) => l.path.slice(1) === path);
    if (leaflet)
      expect(printed.pages, `leaflet /${path} prints on at most ${leaflet.pages} pages`).toBeLessThanOrEqual(
        leaflet.pages,
      );

    // Last, as it enlarges the code on the page: the QR code, read by a decoder, leads to the printed address.
    expect(await decodeQr(page.locator('.yv-print-footer__qr')), 'the QR code decodes to the printed address').toBe(
      expected,
    );
  });
}

test('without JavaScript a printout is still complete: details open, a line to write the date on', async ({
  page,
  context,
}) => {
  await blockPageScripts(context);
  await page.goto('how-to-complain/');
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('details:not([open])')]
      .map((d) =>
        [...d.children]
          .filter((c) => c.tagName !== 'SUMMARY')
          .map((c) => c.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean),
  );
  expect(hidden.length, 'the page has closed <details> to test with').toBeGreaterThan(0);
  const printed = await printToPdf(page);
  const text = collapse(printed.text);
  for (const content of hidden) expect(text).toContain(content.slice(0, 60));
  expect(text).toContain('Printed on:');
  expect(text).not.toMatch(/Printed on: \d/);
});

test('the "Print this leaflet" button appears only with JavaScript and opens the print dialog', async ({
  page,
  context,
}) => {
  await page.goto('leaflets/your-voice/');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const button = page.getByRole('button', { name: 'Print this leaflet' });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await blockPageScripts(context);
  await page.goto('leaflets/how-to-complain/');
  await expect(page.getByRole('button', { name: 'Print this leaflet' })).toHaveCount(0);
});
