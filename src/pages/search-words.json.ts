// The search vocabulary, built with the site and fetched by the search page only with the first query (next to
// Pagefind), never inlined into a page: the site's words (titles, headings, glossary terms, contact names and each
// page's searchTerms, the Easy Read pages' too), the synonym list and the short terms that must stay searchable. See src/lib/search-query.ts.
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { buildVocabulary, normaliseWords, stopWords } from '../lib/search-query.ts';
import { stageTool } from '../data/routes.ts';
import { isOutcome } from '../lib/stage-finder/index.ts';
import { stageTree } from '../loaders/stage-finder.ts';
import { primaryNavigation, footerLinks } from '../loaders/navigation.ts';

/** Abbreviations (written in capitals, like "PA" or "BOP") and other short terms: never dropped as stop words. */
function shortTerms(texts: readonly string[]): string[] {
  const capitals = texts.flatMap((text) => text.match(/\b[A-Z]{2,6}\b/g) ?? []);
  const short = texts
    .flatMap((text) => normaliseWords(text))
    .filter((w) => w.length <= 3 && !/^\d+$/.test(w) && !stopWords.has(w));
  return [...capitals, ...short];
}

export const GET: APIRoute = async () => {
  const guide = await getCollection('guide', (entry) => !entry.data.unlisted);
  const easyRead = await getCollection('easyRead');
  const glossary = await getCollection('glossary');
  const contacts = await getCollection('contacts');
  const synonyms = await getCollection('searchSynonyms');

  const pages: string[][] = [];
  for (const entry of guide) {
    const { headings } = await render(entry);
    pages.push([entry.data.title, ...headings.map((h) => h.text), ...entry.data.searchTerms]);
  }
  for (const entry of easyRead) {
    const { headings } = await render(entry);
    pages.push([entry.data.title, ...headings.map((h) => h.text), ...entry.data.searchTerms]);
  }
  const glossaryTerms = glossary.map((g) => [g.data.term, ...g.data.aliases]);
  pages.push(...glossaryTerms);
  pages.push(...contacts.map((c) => [c.data.name, c.data.organisation]));
  // The stage tool's start page, and its outcomes that are in search (the urgent way in).
  const tool = [
    stageTool,
    ...Object.values(stageTree.nodes)
      .filter(isOutcome)
      .filter((outcome) => outcome.searchTerms.length > 0),
  ].map((page) => [page.title, ...page.searchTerms]);
  pages.push(...tool);
  pages.push([...primaryNavigation, ...footerLinks].map((link) => link.label));

  const keep = shortTerms([
    ...glossaryTerms.flat(),
    ...[...guide, ...easyRead].flatMap((entry) => entry.data.searchTerms),
  ]);
  // Titles count as search terms too (SearchTerms.astro makes both into filters).
  const terms = [
    ...[...guide, ...easyRead].flatMap((entry) => [entry.data.title, ...entry.data.searchTerms]),
    ...tool.flat(),
  ];
  const vocabulary = buildVocabulary(
    pages,
    synonyms.map((s) => s.data),
    keep,
    terms,
  );

  // A word the site uses is found as it is: swapping it would hide the pages that use it.
  const used = Object.keys(vocabulary.synonyms).filter((typed) => Object.hasOwn(vocabulary.words, typed));
  if (used.length)
    throw new Error(
      `src/data/search-synonyms.yaml: the site already uses ${used.join(', ')}: take them out of the list`,
    );
  // A synonym must lead to a word the site uses, or it would only swap one dead end for another.
  for (const to of new Set(Object.values(vocabulary.synonyms))) {
    const missing = to
      .split(' ')
      .filter((w) => !stopWords.has(w) && !Object.hasOwn(vocabulary.words, w) && !vocabulary.keep.includes(w));
    if (missing.length)
      throw new Error(
        `src/data/search-synonyms.yaml: "${to}" is not a word the site uses (add it to a page's searchTerms)`,
      );
  }
  return new Response(JSON.stringify(vocabulary), { headers: { 'content-type': 'application/json' } });
};
