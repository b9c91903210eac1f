// The search page's first script, the <yv-search> element of SearchPanel.astro, kept tiny (the page's JavaScript
// budget is 2 KB). An inline script in SearchPanel.astro has already swapped the no-JavaScript note for the form,
// before anything was drawn. This looks up the markup searching needs, then loads what searching needs, side by side
// and only on this page: the results code and Pagefind (from the built site, so its path is decided at run time; the
// results code fetches the vocabulary). Pressing Search before they have loaded simply reloads the page with the
// query, which is then searched.
import { Enhancement, requireElement } from './elements.ts';
import type { Pagefind, SearchHooks } from './search-results.ts';

const component = 'Search page';

class SearchPage extends Enhancement<SearchHooks> {
  find(): SearchHooks {
    const find = <T extends Element = HTMLElement>(selector: string) => requireElement<T>(this, selector, component);
    return {
      root: this,
      status: find('[role=status]'),
      form: find<HTMLFormElement>('form'),
      input: find<HTMLInputElement>('input[name=q]'),
      list: find<HTMLOListElement>('ol'),
      more: find<HTMLButtonElement>('button[data-yv-search-more]'),
      none: find('[data-yv-search-none]'),
      corrected: find('[data-yv-search-corrected]'),
    };
  }

  start(hooks: SearchHooks): void {
    // Both by address relative to this page (<base>search/), so any base path works without naming it. The results
    // code is built to <base>search-results.js (src/pages/search-results.js.ts), so this file stays tiny.
    const load = (path: string) => import(/* @vite-ignore */ new URL(path, location.href).href);
    Promise.all([
      load('../search-results.js') as Promise<typeof import('./search-results.ts')>,
      load('../pagefind/pagefind.js') as Promise<Pagefind>,
    ])
      .then(([ui, pf]) => ui.enhanceSearch(hooks, pf))
      .catch(() => {
        this.dataset['state'] = 'none';
        hooks.status.textContent = 'Search is not working. Use the links below.';
      });
  }
}

customElements.define('yv-search', SearchPage);
