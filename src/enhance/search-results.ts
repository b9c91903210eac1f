// Searching and drawing results, loaded by search-page.ts next to Pagefind; it fetches the site's vocabulary. What was typed goes
// through prepareQuery (spelling, synonyms, stop words) first; results are plain links in a list; the count goes to a
// polite live region. No innerHTML, no inline handlers, no eval: it runs under a strict content security policy.
// Its markup is looked up by search-page.ts before anything changes (SearchHooks). The element's data-state says what
// is on screen ('idle', 'results' or 'none'): CSS hides the help block while results are shown.
import { excerptParts, mergeResults, resultCountMessage, sectionLabel, tidyQuery } from '../lib/search.ts';
import { TERM_FILTER, prepareQuery, type PreparedQuery, type SearchVocabulary } from '../lib/search-query.ts';

type Result = { url: string; excerpt: string; meta: { title?: string }; filters?: { section?: string[] } };
type Found = { id: string; score: number; data: () => Promise<Result> };
export type Pagefind = {
  options: (o: object) => Promise<void>;
  search: (q: string | null, o?: { filters: Record<string, string> }) => Promise<{ results: Found[] }>;
};

/** The search page's markup, inside <yv-search>: a form with input[name=q], the live status line, an <ol> for the
 * results, the "Show more results" button, what to do when nothing is found and the "Showing results for" line. */
export type SearchHooks = {
  root: HTMLElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  none: HTMLElement;
  corrected: HTMLElement;
};

const PAGE_SIZE = 10;

export async function enhanceSearch(hooks: SearchHooks, pagefind: Pagefind): Promise<void> {
  const { root, status, form, input, list, more, none, corrected } = hooks;
  // The vocabulary (about 2 KB gzip) is fetched now, while Pagefind loads its own files: only when someone searches.
  const words = fetch(new URL('../search-words.json', location.href)).then(
    (response) => response.json() as Promise<SearchVocabulary>,
  );
  const doc = root.ownerDocument;
  // No web worker: the index is small, so searching on the page is quick, and it saves fetching a second copy
  // of Pagefind's code (about 14 KB gzip) and a worker-src in the security policy.
  await pagefind.options({ noWorker: true, excerptLength: 26, excerptEllipsis: '…' });
  const vocabulary = await words;

  // The tab title carries the result too, as on GOV.UK: "3 results for moan – Search this guide – Your voice in care".
  const pageTitle = doc.title;
  let latest = 0;
  let found: Found[] = [];
  let shown = 0;
  // "Search for food instead": the person's own words, uncorrected, until they type something new.
  let asTyped = new URLSearchParams(location.search).get('spelling') === 'as-typed';
  const show = (state: 'idle' | 'results' | 'none') => {
    root.dataset['state'] = state;
    // Out of the accessibility tree too until it has results: an empty list read out says nothing useful.
    list.hidden = state !== 'results';
    if (state === 'results') list.removeAttribute('aria-hidden');
    else list.setAttribute('aria-hidden', 'true');
    none.hidden = state !== 'none';
    if (state !== 'results') more.hidden = true;
  };

  const item = (r: Result): HTMLLIElement => {
    const li = doc.createElement('li');
    li.className = 'yv-search__result';
    const link = li.appendChild(doc.createElement('a'));
    link.href = r.url;
    link.className = 'yv-search__link';
    link.textContent = r.meta.title ?? r.url;
    const section = sectionLabel(r.filters?.section?.[0]);
    if (section) {
      const p = li.appendChild(doc.createElement('p'));
      p.className = 'yv-search__section';
      p.textContent = `Section: ${section}`;
    }
    const excerpt = li.appendChild(doc.createElement('p'));
    excerpt.className = 'yv-search__excerpt';
    for (const part of excerptParts(r.excerpt)) {
      excerpt.append(part.match ? Object.assign(doc.createElement('mark'), { textContent: part.text }) : part.text);
    }
    return li;
  };

  // The next page of results. `shown` moves on before waiting for the data, so pressing "Show more results" again
  // while a page is loading asks for the page after it, never the same results twice.
  const showMore = async (run: number): Promise<HTMLAnchorElement | null> => {
    const from = shown;
    const page = found.slice(from, from + PAGE_SIZE);
    shown = from + page.length;
    const next = await Promise.all(page.map((f) => f.data()));
    if (run !== latest) return null;
    const items = next.map(item);
    list.append(...items);
    more.hidden = shown >= found.length;
    return items[0]?.querySelector('a') ?? null;
  };

  /** Pages that list a phrase of the query in their searchTerms, then pages with all the words, then some of them. */
  const searchWords = async ({ words, terms }: PreparedQuery): Promise<Found[]> => {
    const searches = [words.join(' '), ...(words.length > 1 ? words : [])];
    const [lists, termLists] = await Promise.all([
      Promise.all(searches.map(async (q) => (await pagefind.search(q)).results)),
      Promise.all(
        terms.map(async (term) => ({
          words: term.split(' ').length,
          results: (await pagefind.search(null, { filters: { [TERM_FILTER]: term } })).results,
        })),
      ),
    ]);
    return mergeResults(lists, termLists);
  };

  const search = async (raw: string) => {
    const query = tidyQuery(raw);
    const run = ++latest;
    // Keep the address in step, so Back, Reload and sharing the link show the same results.
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (asTyped) url.searchParams.set('spelling', 'as-typed');
    else url.searchParams.delete('spelling');
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      corrected.hidden = true;
      status.textContent = '';
      doc.title = pageTitle;
      show('idle');
      return;
    }
    const prepared = prepareQuery(query, vocabulary, asTyped);
    const searched = prepared.corrected ? prepared.words.join(' ') : query;
    try {
      const results = prepared.words.length || prepared.terms.length ? await searchWords(prepared) : [];
      if (run !== latest) return;
      found = results;
      shown = 0;
      list.replaceChildren();
      await showMore(run);
      if (run !== latest) return;
      corrected.hidden = !(prepared.corrected && results.length);
      const instead = Object.assign(doc.createElement('a'), { textContent: `Search for “${query}” instead` });
      instead.href = `?${new URLSearchParams({ q: query, spelling: 'as-typed' }).toString()}`;
      corrected.replaceChildren(`Showing results for ${searched}. `, instead);
      show(results.length ? 'results' : 'none');
      status.textContent = resultCountMessage(results.length, results.length ? searched : query);
      doc.title = `${status.textContent} – ${pageTitle}`;
    } catch {
      if (run !== latest) return;
      show('none');
      status.textContent = 'Search is not working. Use the links below.';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    asTyped = false;
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  corrected.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    asTyped = true;
    void search(input.value).then(() => input.focus());
  });
  more.addEventListener('click', () => {
    void showMore(latest).then((first) => first?.focus());
  });

  // Arrow keys: down from the box to the first result, then up and down the list; up from the first goes back.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const from = event.target === input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
    if (from === -1 && event.target !== input) return;
    const to = from + (event.key === 'ArrowDown' ? 1 : -1);
    const target = to === -1 ? input : links[to];
    if (!target || to < -1) return;
    event.preventDefault();
    target.focus();
  });

  // Whatever is in the box now: words typed while the search was loading, or else the query from the address.
  if (!input.value.trim()) input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value.trim()) await search(input.value);
  else show('idle');
}
