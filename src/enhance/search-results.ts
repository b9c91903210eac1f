// Searching and drawing results, loaded by search-page.ts next to Pagefind. Results are plain links in a list;
// the count goes to a polite live region. No innerHTML, no inline handlers, no eval: it runs under a strict
// content security policy.
import { excerptParts, resultCountMessage, sectionLabel, tidyQuery } from '../lib/search.ts';

type Result = { url: string; excerpt: string; meta: { title?: string }; filters?: { section?: string[] } };
type Found = { id: string; data: () => Promise<Result> };
export type Pagefind = {
  options: (o: object) => Promise<void>;
  search: (q: string) => Promise<{ results: Found[] }>;
};

const PAGE_SIZE = 10;

export async function enhanceSearch(root: HTMLElement, form: HTMLFormElement, input: HTMLInputElement, status: HTMLElement, pagefind: Pagefind): Promise<void> {
  const doc = root.ownerDocument;
  const list = root.querySelector('ol');
  const more = root.querySelector<HTMLButtonElement>('[data-yv-search-more]');
  const none = root.querySelector<HTMLElement>('[data-yv-search-none]');
  if (!list || !more || !none) return;
  // Everyday words in a page's hidden "keywords" count nearly as much as words in its title.
  // No web worker: the index is small, so searching on the page is quick, and it saves fetching a second copy
  // of Pagefind's code (about 14 KB gzip) and a worker-src in the security policy.
  await pagefind.options({ noWorker: true, excerptLength: 26, excerptEllipsis: '…', ranking: { metaWeights: { title: 5, keywords: 4 } } });

  // The tab title carries the result too, as on GOV.UK: "3 results for moan – Search this guide – Your voice in care".
  const pageTitle = doc.title;
  let latest = 0;
  let found: Found[] = [];
  let shown = 0;

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

  const showMore = async (run: number): Promise<HTMLAnchorElement | null> => {
    const next = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map((f) => f.data()));
    if (run !== latest) return null;
    const items = next.map(item);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= found.length;
    return items[0]?.querySelector('a') ?? null;
  };

  const search = async (raw: string) => {
    const query = tidyQuery(raw);
    const run = ++latest;
    // Keep the address in step, so Back, Reload and sharing the link show the same results.
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      list.hidden = more.hidden = none.hidden = true;
      status.textContent = '';
      doc.title = pageTitle;
      return;
    }
    try {
      const { results } = await pagefind.search(query);
      if (run !== latest) return;
      found = results;
      shown = 0;
      list.replaceChildren();
      await showMore(run);
      if (run !== latest) return;
      list.hidden = results.length === 0;
      none.hidden = results.length > 0;
      status.textContent = resultCountMessage(results.length, query);
      doc.title = `${status.textContent} – ${pageTitle}`;
    } catch {
      if (run !== latest) return;
      list.hidden = more.hidden = true;
      none.hidden = false;
      status.textContent = 'Search is not working at the moment. Find a page in the A to Z below.';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
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

  // Whatever is in the box now: the query from the address, or words typed while the search was loading.
  if (input.value.trim()) await search(input.value);
}
