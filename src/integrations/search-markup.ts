// What a page carries only for Pagefind: the hidden words it is found by (SearchTerms.astro) and the data-pagefind-*
// attributes. Pagefind reads them when it indexes the built pages; after that no browser needs them, so the build
// takes them out and every page is smaller (about 0.2 KB gzip a page).
import { parseHtml, elements, attributes } from '../lib/html.ts';

const pagefindAttribute = / data-pagefind-[a-z]+(?:="[^"]*")?/g;

/** The page without its hidden Pagefind words and data-pagefind-* attributes; nothing else changes. */
export function withoutSearchMarkup(html: string): string {
  const spans = elements(parseHtml(html)).filter((element) => {
    const attrs = attributes(element);
    return element.tagName === 'span' && attrs.has('hidden') && attrs.has('data-pagefind-meta');
  });
  let out = '';
  let from = 0;
  for (const span of spans) {
    out += html.slice(from, span.position!.start.offset!);
    from = span.position!.end.offset!;
  }
  out += html.slice(from);
  // Attributes only inside tags: a start tag's text never holds '>' here (values are escaped by Astro).
  return out.replace(/<[a-z][^>]*>/g, (tag) => tag.replace(pagefindAttribute, ''));
}
