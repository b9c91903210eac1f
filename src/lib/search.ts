// Pure helpers for the search page: reading the query, wording the result count, naming sections,
// splitting Pagefind's highlighted excerpts into safe text, and building the A to Z. No DOM, no Astro.

/** Longest query we pass to the search: enough for a question, short enough to stay fast. */
export const MAX_QUERY_LENGTH = 100;

/** The query from a page address's search part ("?q=not+happy" -> "not happy"), tidied; '' when there is none. */
export function parseQuery(search: string): string {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return tidyQuery(raw);
}

/** Collapse runs of spaces, trim, and cut to MAX_QUERY_LENGTH characters. */
export function tidyQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The address of the search page for a query, keeping any base path: '/guide/search/' + 'moan' -> '/guide/search/?q=moan'. */
export function searchHref(searchPath: string, query: string): string {
  const q = tidyQuery(query);
  return q ? `${searchPath}?${new URLSearchParams({ q }).toString()}` : searchPath;
}

/** A Pagefind result before its data is loaded: an id and a score. */
export type ScoredResult = { id: string; score: number };

/**
 * One ranked list, each page once, from several Pagefind searches: the search for all the words, then one per word.
 * Pagefind only finds pages that have every word, so "nobody listens to me" would miss the page with only "listens";
 * searching each word too and adding up the scores finds it, while a page with every word still scores most.
 * `termLists` are the pages listing one of the query's phrases in their searchTerms, with the phrase's length in
 * words: those pages come first (longest phrases first), as their authors said they answer it.
 */
export function mergeResults<T extends ScoredResult>(
  lists: readonly (readonly T[])[],
  termLists: readonly { words: number; results: readonly T[] }[] = [],
): T[] {
  const totals = new Map<string, { result: T; score: number; term: number; order: number }>();
  let order = 0;
  const entry = (result: T) => {
    let seen = totals.get(result.id);
    if (!seen) totals.set(result.id, (seen = { result, score: 0, term: 0, order: order++ }));
    return seen;
  };
  for (const list of lists) for (const result of list) entry(result).score += result.score;
  for (const { words, results } of termLists) for (const result of results) entry(result).term += words;
  return [...totals.values()]
    .sort((a, b) => b.term - a.term || b.score - a.score || a.order - b.order)
    .map((t) => t.result);
}

/** What the live region says: "3 results for moan", "1 result for moan", "No results for moan". */
export function resultCountMessage(count: number, query: string): string {
  const q = tidyQuery(query);
  if (count === 0) return `No results for ${q}`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${q}`;
}

/** Human names for the content sections (the Pagefind `section` filter holds the slug). */
export const sectionLabels: Record<string, string> = {
  home: 'Home',
  'have-your-say': 'Have your say',
  support: 'Support',
  advocacy: 'Advocacy',
  complaints: 'Complaints',
  about: 'About this guide',
};

export function sectionLabel(section: string | undefined): string {
  if (!section) return '';
  return sectionLabels[section] ?? section.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** A piece of an excerpt: plain text, or a word the search matched. */
export type ExcerptPart = { text: string; match: boolean };

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (e) => entities[e] ?? e);
}

/**
 * Pagefind's excerpt is escaped text with <mark> around matched words. Split it into parts so the page can
 * build text nodes and <mark> elements itself, never innerHTML: safe, and fine under Trusted Types.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (html: string, match: boolean) => {
    const text = decodeEntities(html.replace(/<[^>]*>/g, ''));
    if (!text) return;
    const previous = parts[parts.length - 1];
    if (previous && previous.match === match) previous.text += text;
    else parts.push({ text, match });
  };
  for (const m of excerpt.matchAll(pattern)) {
    push(excerpt.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = (m.index ?? 0) + m[0].length;
  }
  push(excerpt.slice(last), false);
  return parts;
}

/** A page in the A to Z. `section` is a content section slug; pages outside the guide have none. */
export type AtoZPage = { title: string; summary: string; path: string; section?: string };
/**
 * Pages the navigation links to that are not guide pages (the stage finder), once each, for the A to Z: a page a
 * young person can reach from every page should also be findable there. Paths are site paths, compared as given.
 */
export function pagesOnlyInNavigation(
  links: readonly { path: string; label: string }[],
  guidePaths: ReadonlySet<string>,
): AtoZPage[] {
  const listed = new Set(guidePaths);
  const pages: AtoZPage[] = [];
  for (const link of links) {
    if (listed.has(link.path)) continue;
    listed.add(link.path);
    pages.push({ title: link.label, summary: '', path: link.path });
  }
  return pages;
}

/** The site path of a result address, without the base path: ('/guide/', '/guide/stage-2/') -> '/stage-2/'. */
export function pathWithoutBase(base: string, url: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const path = url.split(/[?#]/)[0] ?? url;
  return path.startsWith(head) ? `/${path.slice(head.length)}` : path;
}

/** A section of the A to Z: its pages sorted by title. */
export type AtoZSection = { section: string; label: string; id: string; pages: AtoZPage[] };

/** Pages grouped by section, in the order of `order` (then "Other pages"), each group sorted by title. */
export function atoZBySection(pages: readonly AtoZPage[], order: readonly string[]): AtoZSection[] {
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  const groups = new Map<string, AtoZPage[]>();
  for (const page of pages) {
    const section = page.section && order.includes(page.section) ? page.section : 'other';
    groups.set(section, [...(groups.get(section) ?? []), page]);
  }
  return [...order, 'other']
    .filter((section) => groups.has(section))
    .map((section) => ({
      section,
      label: section === 'other' ? 'Other pages' : sectionLabel(section),
      id: `a-to-z-${section}`,
      pages: [...groups.get(section)!].sort(
        (a, b) => collator.compare(a.title, b.title) || a.path.localeCompare(b.path),
      ),
    }));
}

/**
 * Characters of A to Z text (titles, summaries, addresses) the search page can hold and still arrive in the first
 * round trip (HTML + CSS within 14 KB gzip; A to Z text compresses to about a third, the rest of the page takes about
 * 11 KB). Above it, the A to Z moves to one page per section (src/pages/a-to-z/[section].astro).
 */
export const A_TO_Z_INLINE_CHARACTERS = 6000;

/** Whether the whole A to Z fits on the search page (see A_TO_Z_INLINE_CHARACTERS). */
export function atoZFitsOnSearchPage(pages: readonly AtoZPage[]): boolean {
  const characters = pages.reduce(
    (sum, page) => sum + page.title.length + page.summary.length + page.path.length + 40,
    0,
  );
  return characters <= A_TO_Z_INLINE_CHARACTERS;
}
