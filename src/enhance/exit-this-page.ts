// "Exit this page" (GOV.UK pattern). Without JavaScript the link simply goes to the neutral site.
// With it: the page is blanked at once, the history entry is replaced so Back does not return here,
// and pressing Shift 3 times within 5 seconds does the same.
// The Shift rules (GOV.UK Frontend's) are in src/lib/exit-keys.ts.
import { expire, initialExitKeys, onKeyUp, timeoutMs, type ExitKeysEffect } from '../lib/exit-keys.ts';

export function enhanceExitLink(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-yv-exit]');
  const status = doc.querySelector<HTMLElement>('[data-yv-exit-status]');
  if (!link) return;

  const exit = () => {
    if (status) status.textContent = 'Leaving this page.';
    doc.body.classList.add('yv-exiting');
    doc.title = 'Loading';
    window.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });

  let keys = initialExitKeys;
  let countTimer = 0;
  let clearTimer = 0;
  const apply = (effect: ExitKeysEffect) => {
    if (effect.exit || effect.startTimer) { clearTimeout(countTimer); clearTimeout(clearTimer); }
    if (effect.exit) { exit(); return; }
    if (effect.say !== undefined && status) status.textContent = effect.say;
    if (effect.startTimer) {
      countTimer = window.setTimeout(() => {
        const [next, expired] = expire(keys);
        keys = next;
        apply(expired);
      }, timeoutMs);
    } else if (effect.say) {
      // The count was reset: "expired" is said once, then cleared so a screen reader does not come across it later.
      clearTimeout(countTimer);
      clearTimer = window.setTimeout(() => { if (status) status.textContent = ''; }, timeoutMs);
    }
  };
  doc.addEventListener('keyup', (event) => {
    const [next, effect] = onKeyUp(keys, event.key, event.shiftKey);
    keys = next;
    apply(effect);
  }, true);

  // A page restored from the back-forward cache must not stay blank or keep an old count.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    doc.body.classList.remove('yv-exiting');
    keys = initialExitKeys;
    clearTimeout(countTimer);
    clearTimeout(clearTimer);
    if (status) status.textContent = '';
  });
}
