// The step before a search: turn what someone typed into the words to look for. Pagefind has stemming and weights
// but no typo tolerance, no synonyms and no stop words, so this file adds them, using only the site's own words:
// - stop words ("i", "a", "the", "how") are dropped, unless the site uses them as a term (glossary, "PA", "BOP");
// - everyday words the site does not use are swapped for the site's word (src/data/search-synonyms.yaml);
// - a word the site does not know is corrected to the nearest word it does know, by edit distance.
// Pure: no DOM, no fetch. The vocabulary is built at build time (src/pages/search-words.json.ts).

/** What the search page loads with the first query: the site's words and the synonym list. */
export type SearchVocabulary = {
  /** Every word in titles, headings, glossary terms, contact names and search terms, with how many pages use it. */
  words: Record<string, number>;
  /** An everyday word or phrase, as normaliseWords gives it, and the site's word for it. */
  synonyms: Record<string, string>;
  /** Short words and abbreviations the site uses as terms: never dropped as stop words ("pa", "bop", "lgo"). */
  keep: string[];
  /** Every page's searchTerms, normalised ("not happy"): each is also a Pagefind filter value on its pages. */
  terms: string[];
};

/** The Pagefind filter key that holds a page's searchTerms. */
export const TERM_FILTER = 'term';

/**
 * A page's searchTerms as Pagefind filter values ("term:not happy"), one per element (Pagefind reads one value per
 * attribute), normalised so a query can name them exactly.
 */
export function termFilters(searchTerms: readonly string[]): string[] {
  return [...new Set(searchTerms.map((t) => normaliseWords(t).join(' ')).filter(Boolean))].map(
    (t) => `${TERM_FILTER}:${t}`,
  );
}

/**
 * The page's own search terms found in what was typed, longest first and not overlapping: "my foster carer is
 * horrible" -> ["foster carer"] when a page lists "foster carer". Pages listing such a term are the best answers.
 */
export function termsIn(typed: readonly string[], terms: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let i = 0; i < typed.length;) {
    let length = Math.min(MAX_TERM_WORDS, typed.length - i);
    for (; length >= 1; length -= 1) {
      const phrase = typed.slice(i, i + length).join(' ');
      if (terms.has(phrase) && !(length === 1 && stopWords.has(phrase))) {
        found.push(phrase);
        break;
      }
    }
    i += Math.max(length, 1);
  }
  return found;
}

/**
 * The words to search for, whether they differ from what was typed (so the page says "Showing results for"), and
 * the pages' own search terms found in the query (see termsIn).
 */
export type PreparedQuery = { words: string[]; corrected: boolean; terms: string[] };

/**
 * Common English words that match nearly every page, so they never decide a result. "not" is not here: "not happy"
 * and "not fair" mean something different from "happy" and "fair".
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are am as at be been being but by can cant could did do does doing dont for from get got had has have ' +
    'he her him his how i id if im in into is it its ive just me my myself of on or our she so some than that the ' +
    'their them then there they this to too us very was we were what when where which who why will with would you ' +
    'your youre yours want wanna need know tell please ' +
    // Shortened forms, as typed without the apostrophe (normaliseWords drops it): never corrected to a site word.
    'aint arent couldnt didnt doesnt hadnt hasnt havent isnt shouldnt thats theyre wasnt werent whats wont wouldnt'
  ).split(' '),
);

/** Longest number of words taken from a query: a question, not an essay. */
export const MAX_WORDS = 8;

/** Longest search term (or title) looked for in a query, in words ("which stage am i at"). */
export const MAX_TERM_WORDS = 6;

/**
 * Lower case, accents and apostrophes removed, split on anything that is not a letter or a digit:
 * "Barnardo's Advocacy!" -> ["barnardos", "advocacy"]. The same rule builds the vocabulary and reads queries.
 */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("complian" is 1 from "complain"), or
 * max + 1 as soon as it is certain to be more than max (so checking a word against the vocabulary stays quick).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforeLast[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/** How many edits a word of this length may be off by: none for short words (too many near neighbours). */
export function allowedEdits(word: string): number {
  if (word.length <= 3 || /\d/.test(word)) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * The site's word nearest to `word`: fewest edits, then the word more pages use, then the first alphabetically.
 * Synonym keys count as known words too, so a misspelt everyday word still reaches the site's word.
 * Returns `word` itself when it is known or nothing is near enough.
 */
export function correctWord(word: string, vocabulary: SearchVocabulary): string {
  if (Object.hasOwn(vocabulary.words, word) || Object.hasOwn(vocabulary.synonyms, word)) return word;
  const max = allowedEdits(word);
  if (max === 0) return word;
  let best = word;
  let bestDistance = max + 1;
  let bestPages = 0;
  const candidates = [
    ...Object.entries(vocabulary.words),
    ...Object.keys(vocabulary.synonyms).map((w): [string, number] => [w, 0]),
  ];
  for (const [candidate, pages] of candidates) {
    if (candidate.length <= 3) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (
      distance < bestDistance ||
      (distance === bestDistance && (pages > bestPages || (pages === bestPages && candidate < best)))
    ) {
      best = candidate;
      bestDistance = distance;
      bestPages = pages;
    }
  }
  return best;
}

/** The longest synonym phrase starting at words[start] (up to MAX_TERM_WORDS words), or undefined. */
function synonymAt(
  words: readonly string[],
  start: number,
  synonyms: Record<string, string>,
): { length: number; to: string } | undefined {
  for (let length = Math.min(MAX_TERM_WORDS, words.length - start); length >= 1; length -= 1) {
    const phrase = words.slice(start, start + length).join(' ');
    if (Object.hasOwn(synonyms, phrase)) return { length, to: synonyms[phrase]! };
  }
  return undefined;
}

/**
 * Turn what someone typed into the words to search for. With `asTyped` (the person chose "Search for ... instead"),
 * words are neither corrected nor swapped for synonyms; stop words still go.
 */
export function prepareQuery(raw: string, vocabulary: SearchVocabulary, asTyped = false): PreparedQuery {
  const typed = normaliseWords(raw).slice(0, MAX_WORDS);
  const keep = new Set(vocabulary.keep);
  const words: string[] = [];
  let corrected = false;
  for (let i = 0; i < typed.length;) {
    // Phrases first ("social worker", "kicked out"), before stop words would split them.
    const phrase = asTyped ? undefined : synonymAt(typed, i, vocabulary.synonyms);
    if (phrase) {
      words.push(...normaliseWords(phrase.to));
      corrected = true;
      i += phrase.length;
      continue;
    }
    const word = typed[i]!;
    i += 1;
    if (keep.has(word) || Object.hasOwn(vocabulary.words, word)) {
      words.push(word);
      continue;
    }
    // One or two letters the site does not use as a term would match the start of nearly every word.
    if (stopWords.has(word) || /^[a-z]{1,2}$/.test(word)) continue;
    if (asTyped) {
      words.push(word);
      continue;
    }
    const near = correctWord(word, vocabulary);
    const to = Object.hasOwn(vocabulary.synonyms, near) ? vocabulary.synonyms[near] : undefined;
    if (to !== undefined) words.push(...normaliseWords(to));
    else words.push(near);
    if (near !== word || to !== undefined) corrected = true;
  }
  const unique = [...new Set(words)];
  // Terms are looked for in what was typed and in the corrected words ("complane" -> "complain").
  const terms = new Set(vocabulary.terms);
  const found = [...new Set([...termsIn(typed, terms), ...termsIn(unique, terms)])];
  return { words: unique, corrected, terms: found };
}

/**
 * Build the vocabulary from the site's words (at build time). `terms` are titles, headings, glossary terms,
 * contact names and search terms, one list per page (a word counts once per page); `synonyms` maps what people
 * type to the site's word; `keep` are short terms and abbreviations that must stay searchable; `terms` are every
 * page's searchTerms.
 */
export function buildVocabulary(
  pages: readonly (readonly string[])[],
  synonyms: readonly { id: string; words: readonly string[] }[],
  keep: readonly string[],
  terms: readonly string[],
): SearchVocabulary {
  const words: Record<string, number> = {};
  for (const texts of pages) {
    const seen = new Set(
      texts.flatMap((text) => normaliseWords(text)).filter((w) => !stopWords.has(w) && !/^[a-z]$/.test(w)),
    );
    for (const word of seen) words[word] = (words[word] ?? 0) + 1;
  }
  const map: Record<string, string> = {};
  for (const group of synonyms) {
    for (const typed of group.words) map[normaliseWords(typed).join(' ')] = normaliseWords(group.id).join(' ');
  }
  const keepWords = [...new Set(keep.flatMap((k) => normaliseWords(k)))].sort();
  const sortedWords = Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b)));
  return {
    words: sortedWords,
    synonyms: map,
    keep: keepWords,
    terms: [...new Set(terms.map((t) => normaliseWords(t).join(' ')))].sort(),
  };
}
