// On paper a link cannot be clicked, so each one prints the full address it leads to.
// Done at build time: relative and base-path links become absolute addresses that work from any printed sheet,
// stored in a data-print-url attribute that the print stylesheet shows after the link text.
import { displayFromTel } from './phone.ts';

const digitsOf = (text: string) => text.replace(/\D/g, '');
/** An address as people compare them: no scheme, no "www.", no trailing slash, lower case. */
const bare = (address: string) =>
  address.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

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
  if (target.origin === page.origin && target.pathname === page.pathname && target.search === page.search) return undefined;
  if (bare(text) === bare(target.href)) return undefined;
  return target.href;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(#?\w+);/g, (whole, name: string) => entities[name.toLowerCase()] ?? whole);
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const hrefPattern = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Adds data-print-url to every link in an HTML fragment that needs its address printed.
 * Links that already have one, or opt out with data-print-url="" / data-no-print-url, are left alone.
 * So are links to a word's meaning (data-term): a page has many, all to "Words explained", and an address after
 * each would bury the sentence; the print footer gives that page's address once instead (see hasTermLinks).
 */
export function addPrintAddresses(html: string, pageUrl: string): string {
  return html.replace(/<a(\s[^>]*)?>([\s\S]*?)<\/a>/gi, (whole, attributes: string | undefined, inner: string) => {
    if (!attributes || /\sdata-((no-)?print-url|term)\b/i.test(attributes)) return whole;
    const match = hrefPattern.exec(attributes);
    if (!match) return whole;
    const href = decode(match[1] ?? match[2] ?? match[3] ?? '');
    const text = decode(inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
    const address = printAddressFor(href, text, pageUrl);
    if (!address) return whole;
    return `<a data-print-url="${escapeAttribute(address)}"${attributes}>${inner}</a>`;
  });
}

/** True when the HTML links words to their meaning (data-term), so the printout should say where they are explained. */
export function hasTermLinks(html: string): boolean {
  return /<a\s[^>]*\bdata-term\b/i.test(html);
}
