// The search page's first script, kept tiny: without JavaScript the page is an A to Z; with it, this shows the
// form, fills it from `?q=`, and loads the two things searching needs, side by side and only on this page:
// Pagefind (from the built site, so the import path is decided at run time) and the results code.
import { withBase } from '../lib/urls.ts';
import type { Pagefind } from './search-results.ts';

export function startSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-yv-search]');
  const form = root?.querySelector('form');
  const input = form?.querySelector('input');
  const status = root?.querySelector<HTMLElement>('[role=status]');
  if (!root || !form || !input || !status) return;
  root.querySelector('[data-yv-search-nojs]')?.setAttribute('hidden', '');
  form.hidden = false;
  // The full tidying (parseQuery in src/lib/search.ts) happens in search-results.ts; this file stays tiny.
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  // Until the search has loaded, pressing Search must not reload the page.
  const wait = (event: Event) => event.preventDefault();
  form.addEventListener('submit', wait);

  const pagefind = import(/* @vite-ignore */ withBase(import.meta.env.BASE_URL, '/pagefind/pagefind.js')) as Promise<Pagefind>;
  Promise.all([import('./search-results.ts'), pagefind])
    .then(([ui, pf]) => {
      form.removeEventListener('submit', wait);
      return ui.enhanceSearch(root, form, input, status, pf);
    })
    .catch(() => {
      status.textContent = 'Search is not working at the moment. Find a page in the A to Z below.';
    });
}
