// Getting a page ready for paper. Without JavaScript the print footer keeps a blank line to write the date on,
// and the print stylesheet opens <details> where the browser supports ::details-content.

import { requireElement } from './elements.ts';

/** Throws an ElementError, before changing anything, when the print footer has no place for the date. */
export function preparePrinting(win: Window): void {
  const doc = win.document;
  requireElement(doc, '[data-yv-printed-on]', 'Print footer');
  let opened: HTMLDetailsElement[] = [];

  win.addEventListener('beforeprint', () => {
    // Only shown, never read back: en-GB's long date is "6 December 2026" in every engine (the cross-engine journeys
    // check it in WebKit and Firefox). dateStyle keeps the every-page script small.
    const today = new Date().toLocaleDateString('en-GB', { dateStyle: 'long' });
    // Looked up again at print time: the stage tool swaps in the print footer of the step it shows.
    for (const printedOn of doc.querySelectorAll('[data-yv-printed-on]')) printedOn.textContent = today;
    // Older browsers cannot open <details> from CSS: open them for the printout only.
    if (typeof CSS !== 'undefined' && CSS.supports('selector(::details-content)')) return;
    opened = [...doc.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  });

  // Put the page back as the reader left it.
  win.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
