// Getting a page ready for paper, from the <yv-print-footer> every page ends with. Without JavaScript the footer
// keeps a blank line to write the date on, and the print stylesheet opens <details> where the browser supports
// ::details-content.

import { Enhancement, requireElement } from './elements.ts';

const slot = '[data-yv-printed-on]';

class PrintFooter extends Enhancement<HTMLElement> {
  find(): HTMLElement {
    return requireElement(this, slot, 'Print footer');
  }

  start(): void {
    let opened: HTMLDetailsElement[] = [];

    addEventListener('beforeprint', () => {
      // Only shown, never read back, so a locale's shape cannot break it (the cross-engine journeys check it in WebKit
      // and Firefox); dateStyle keeps the every-page script small.
      const today = new Date().toLocaleDateString('en-GB', { dateStyle: 'long' });
      // Looked up again at print time: the stage tool swaps in the footer's contents for the step it shows.
      for (const printedOn of this.querySelectorAll(slot)) printedOn.textContent = today;
      // Older browsers cannot open <details> from CSS: open them for the printout only.
      if (typeof CSS !== 'undefined' && CSS.supports('selector(::details-content)')) return;
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const details of opened) details.open = true;
    });

    // Put the page back as the reader left it.
    addEventListener('afterprint', () => {
      for (const details of opened) details.open = false;
      opened = [];
    });
  }
}

customElements.define('yv-print-footer', PrintFooter);
