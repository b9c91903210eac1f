// "Exit this page" (GOV.UK pattern). Without JavaScript the link simply goes to the neutral site.
// With it: the page is blanked at once, the history entry is replaced so Back does not return here,
// and pressing Shift 3 times within 5 seconds does the same.

import { requireElement } from './elements.ts';

const SHIFT_PRESSES = 3;
const WINDOW_MS = 5000;

/** Throws an ElementError, before changing anything, when the exit link or its status line is missing. */
export function enhanceExitLink(doc: Document): void {
  const link = requireElement(doc, '[data-yv-exit]', 'Exit this page', HTMLAnchorElement);
  const status = requireElement(doc, '[data-yv-exit-status]', 'Exit this page');

  const exit = () => {
    status.textContent = 'Leaving this page.';
    doc.body.classList.add('yv-exiting');
    doc.title = 'Loading';
    window.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });

  let presses: number[] = [];
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') { presses = []; return; }
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    const left = SHIFT_PRESSES - presses.length;
    if (left <= 0) { presses = []; exit(); return; }
    status.textContent = `Shift, press ${left} more ${left === 1 ? 'time' : 'times'} to exit.`;
  });

  // A page restored from the back-forward cache must not stay blank.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) doc.body.classList.remove('yv-exiting');
  });
}
