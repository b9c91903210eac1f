// "Exit this page" (GOV.UK pattern), the <yv-exit-this-page> bar in the header. Without JavaScript the link simply
// goes to the neutral site. With it: the page is blanked at once, the history entry is replaced so Back does not
// return here, and pressing Shift 3 times within 5 seconds does the same. Either stops Listen's speech at once.
// The Shift rules (GOV.UK Frontend's) are in src/lib/exit-keys.ts.

import { Enhancement, requireElement } from './elements.ts';
import { expire, initialExitKeys, onKeyUp, timeoutMs, type ExitKeysEffect } from '../lib/exit-keys.ts';

type Hooks = { link: HTMLAnchorElement; status: HTMLElement };
const component = 'Exit this page';

class ExitThisPage extends Enhancement<Hooks> {
  find(): Hooks {
    return {
      link: requireElement<HTMLAnchorElement>(this, 'a[data-yv-exit]', component),
      status: requireElement(this, '[data-yv-exit-status]', component),
    };
  }

  start({ link, status }: Hooks): void {
    const doc = document;
    const exit = () => {
      // Listen's voice goes quiet first: speech would otherwise go on after the page has changed.
      window.speechSynthesis?.cancel();
      status.textContent = 'Leaving this page.';
      doc.body.classList.add('yv-exiting');
      doc.title = 'Loading';
      location.replace(link.href);
    };

    link.addEventListener('click', (event) => {
      event.preventDefault();
      exit();
    });

    let keys = initialExitKeys;
    let timer = 0;
    const apply = ([next, { action, message }]: [typeof keys, ExitKeysEffect]) => {
      keys = next;
      if (!action) return;
      clearTimeout(timer);
      if (action === 'exit') return exit();
      status.textContent = message!;
      // A running count expires after a pause; an "expired" message is cleared after one, so it is not found later.
      timer = window.setTimeout(
        () => (action === 'count' ? apply(expire(keys)) : (status.textContent = '')),
        timeoutMs,
      );
    };
    doc.addEventListener('keyup', (event) => apply(onKeyUp(keys, event.key, event.shiftKey)), true);

    // A page restored from the back-forward cache must not stay blank or keep an old count.
    addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      doc.body.classList.remove('yv-exiting');
      keys = initialExitKeys;
      clearTimeout(timer);
      status.textContent = '';
    });
  }
}

customElements.define('yv-exit-this-page', ExitThisPage);
