// On paper a link cannot be clicked, so each one prints the full address it leads to.
// Done at build time: relative and base-path links become absolute addresses that work from any printed sheet,
// stored in a data-print-url attribute that the print stylesheet shows after the link text.
import { escapeAttribute } from 'entities';
import { attributes, elements, parseHtml, textOf } from '../lib/html.ts';
import { displayFromTel } from '../lib/phone.ts';

const digitsOf = (text: string) => text.replace(/\D/g, '');
/** An address as people compare them: no scheme, no "www.", no trailing slash, lower case. */
const bare = (address: string) =>
  address
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

/**
 * What to print after a link, or undefined when the text already says it (or there is nowhere to go):
 * a full web address for pages and sites, the number for a phone link, the address for an email link.
 */
export function printAddressFor(href: string, text: string, pageUrl: string): string | undefined {
  const link = href.trim();
  if (link === '' || link.startsWith('#')) return undefined;
  if (/^mailto:/i.test(link)) {
    const email = decodeURIComponent(link.slice(7).split('?')[0] ?? '');
    return email && !text.toLowerCase().includes(email.toLowerCase()) ? email : undefined;
  }
  if (/^tel:/i.test(link)) {
    const number = displayFromTel(decodeURIComponent(link.slice(4)));
    return digitsOf(text).includes(digitsOf(number)) ? undefined : number;
  }
  let target: URL;
  try {
    target = new URL(link, pageUrl);
  } catch {
    return undefined;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
  const page = new URL(pageUrl);
  // A jump within the printed page itself needs no address.
  if (target.origin === page.origin && target.pathname === page.pathname && target.search === page.search)
    return undefined;
  if (bare(text) === bare(target.href)) return undefined;
  return target.href;
}

/**
 * Adds data-print-url to every link in an HTML fragment that needs its address printed.
 * Links that already have one, or opt out with data-print-url="" / data-no-print-url, are left alone.
 * So are links to a word's meaning (data-term): a page has many, all to "Words explained", and an address after
 * each would bury the sentence; the print footer gives that page's address once instead (see hasTermLinks).
 */
export function addPrintAddresses(html: string, pageUrl: string): string {
  const insertions: { at: number; text: string }[] = [];
  for (const link of elements(parseHtml(html, { fragment: true }))) {
    if (link.tagName !== 'a' || link.position === undefined) continue;
    const attrs = attributes(link);
    if (attrs.has('data-print-url') || attrs.has('data-no-print-url') || attrs.has('data-term')) continue;
    const href = attrs.get('href');
    if (href === undefined) continue;
    const address = printAddressFor(href, textOf(link), pageUrl);
    // Right after "<a": the rest of the page stays exactly as Astro wrote it.
    if (address)
      insertions.push({ at: link.position.start.offset! + 2, text: ` data-print-url="${escapeAttribute(address)}"` });
  }
  let out = html;
  for (const { at, text } of insertions.reverse()) out = `${out.slice(0, at)}${text}${out.slice(at)}`;
  return out;
}

/** True when the HTML links words to their meaning (data-term), so the printout should say where they are explained. */
export function hasTermLinks(html: string): boolean {
  return elements(parseHtml(html, { fragment: true })).some(
    (element) => element.tagName === 'a' && attributes(element).has('data-term'),
  );
}
