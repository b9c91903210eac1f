// The search page's first script, kept tiny (the page's JavaScript budget is 2 KB). An inline script in
// SearchPanel.astro has already swapped the no-JavaScript note for the form, before anything was drawn. This loads
// what searching needs, side by side and only on this page: the results code and Pagefind (from the built site, so
// its path is decided at run time; the results code fetches the vocabulary). Pressing Search before they have
// loaded simply reloads the page with the query, which is then searched.
// Markup contract: [data-yv-search] with a [role=status] live region (the rest is checked by search-results.ts).
import { enhanceSafely, requireElement } from './elements.ts';
import type { Pagefind } from './search-results.ts';

export function startSearchPage(doc: Document): void {
  enhanceSafely(() => {
    const root = requireElement(doc, '[data-yv-search]', 'Search page');
    const status = requireElement(root, '[role=status]', 'Search page');
    // Both by address relative to this page (<base>search/), so any base path works without naming it. The results
    // code is built to <base>search-results.js (src/pages/search-results.js.ts), so this file stays tiny.
    const load = (path: string) => import(/* @vite-ignore */ new URL(path, location.href).href);
    Promise.all([
      load('../search-results.js') as Promise<typeof import('./search-results.ts')>,
      load('../pagefind/pagefind.js') as Promise<Pagefind>,
    ])
      .then(([ui, pf]) => ui.enhanceSearch(root, status, pf))
      .catch(() => {
        root.dataset['state'] = 'none';
        status.textContent = 'Search is not working. Use the links below.';
      });
  });
}
