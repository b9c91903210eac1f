// The leaflets' PDF copies: which leaflets, how Chromium prints them (tagged, with an outline, so screen readers can
// read them), and how to read one back to compare it with the leaflet as it is built now. Shared by
// scripts/leaflets.mjs (which makes them) and tests/browser/leaflet-pdfs.spec.ts (which checks the committed ones).
import { getDocumentProxy } from 'unpdf';
import { leaflets } from '../src/data/leaflets.ts';

/** The leaflets (paths relative to the base path), their PDF files in public/leaflets/, and their most A4 pages. */
export const leafletPdfs = leaflets.map((leaflet) => ({
  path: leaflet.path.slice(1),
  file: leaflet.pdf,
  pages: leaflet.pages,
}));

export const pdfFolder = 'public/leaflets';

/** Chromium's page.pdf options: A4 from the print stylesheet, tagged, with an outline from the headings. */
export const pdfOptions = { format: 'A4', preferCSSPageSize: true, tagged: true, outline: true };

// The bottom page margin (16mm, src/styles/print.css) holds only the running footer ("Page 1 of 2"), in PDF points.
const bottomMarginPt = (16 / 25.4) * 72;

/**
 * A PDF's text (without the running footer), page count, page sizes in points, whether it is tagged, and how many
 * outline entries it has.
 * @param {Uint8Array} bytes
 */
export async function readPdf(bytes) {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  let text = '';
  const sizes = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    sizes.push([Math.round(width), Math.round(height)]);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.transform[5] > bottomMarginPt) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    text += '\n';
  }
  const outline = (await doc.getOutline()) ?? [];
  const tagged = Boolean((await doc.getMarkInfo())?.Marked);
  return { text, pages: doc.numPages, sizes, tagged, outline: outline.length };
}

/**
 * A leaflet's printed words in a form that two printings of the same words share, whatever address, day or build
 * made them: no white space (lines break differently with a longer address), every web origin the same, the date of
 * printing and a preview's "Preview copy" line taken out.
 * @param {string} text
 */
export function comparableText(text) {
  return text
    .replace(/Preview copy\.\s*Not from the published website: do not hand it out\./g, '')
    .replace(/\s+/g, '')
    .replace(/https?:\/\/[a-z0-9.-]+(:\d+)?/gi, 'SITE')
    .replace(/Printedon:\d{1,2}[A-Z][a-z]+\d{4}/g, 'Printedon:DATE');
}

/** Where two comparable texts first differ, with some words around it, for a failure message. */
export function firstDifference(committed, current) {
  let at = 0;
  while (at < committed.length && committed[at] === current[at]) at += 1;
  if (at === committed.length && at === current.length) return null;
  return `committed PDF: …${committed.slice(Math.max(0, at - 40), at + 60)}…\ncurrent leaflet: …${current.slice(Math.max(0, at - 40), at + 60)}…`;
}
