// What a sticky header hides: the browser side of tests/e2e/focus-not-covered.spec.ts. Both functions run in the
// page (they are sent to it whole, so they use nothing from outside themselves).

/** A focused element or a link's target that the header covers, as the test reports it. */
export type Covered = { what: string; how: 'wholly' | 'partly' | 'off screen'; by: string };

/**
 * One run of Tab presses as the page saw it: how many focus stops it checked and the ones the header covered. It is
 * over when focus leaves the page's elements or comes back to the first one (the browser wraps round).
 */
export type CoverLog = { checked: number; covered: Covered[]; over: boolean; first: Element | null };

declare global {
  interface Window {
    yvCoverLog: CoverLog;
    yvCoverCheck: (el: Element, what: string, ring: number) => Covered | null;
  }
}

/**
 * Installed before the page's own scripts: on every Tab keydown, before the browser moves focus on, it checks the
 * element focused by the previous Tab (the browser has scrolled it into view by then). So a run of Tab presses
 * needs no round trip per press; the test reads window.yvCoverLog after each batch.
 * `ring` is how far the focus style reaches above the element (the text boxes' 3px outline is the widest).
 */
export function watchFocus(ring: number): void {
  const describe = (el: Element) => {
    const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`;
  };

  /** Whether the sticky header covers `el` (its rectangles, each line of a link that wraps, and `ring` above). */
  window.yvCoverCheck = (el, what, reach) => {
    const header = document.querySelector('body > header');
    if (!header || header.contains(el)) return null;
    const position = getComputedStyle(header).position;
    const h = header.getBoundingClientRect();
    const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return null;
    if (rects.every((r) => r.bottom <= 0 || r.top >= innerHeight))
      return { what, how: 'off screen', by: `top ${Math.round(rects[0]!.top)}px, header ${position}` };
    if (position !== 'sticky' && position !== 'fixed') return null;
    const under = (r: DOMRect) =>
      Math.min(r.bottom, h.bottom) - Math.max(r.top - reach, h.top) > 0.5 &&
      Math.min(r.right, h.right) - Math.max(r.left, h.left) > 0.5;
    // A second opinion from hit testing: the point just inside each rectangle's top edge, in the middle.
    const hit = (r: DOMRect) => {
      const x = Math.min(Math.max((r.left + r.right) / 2, 0), innerWidth - 1);
      const y = r.top + 1;
      if (y < 0 || y >= innerHeight) return false;
      const found = document.elementFromPoint(x, y);
      return !!found && header.contains(found);
    };
    const hidden = rects.filter((r) => under(r) || hit(r));
    if (hidden.length === 0) return null;
    const wholly = rects.every((r) => r.bottom <= h.bottom + 0.5);
    const top = Math.round(Math.min(...rects.map((r) => r.top)));
    return {
      what,
      how: wholly ? 'wholly' : 'partly',
      by: `top ${top}px, header bottom ${Math.round(h.bottom)}px${hidden.some(hit) ? ', hit test finds the header' : ''}`,
    };
  };

  window.yvCoverLog = { checked: 0, covered: [], over: false, first: null };
  document.addEventListener(
    'keydown',
    (event) => {
      const log = window.yvCoverLog;
      if (event.key !== 'Tab') return;
      // Once round, further presses in the batch do nothing, so focus stays where the round ended.
      if (log.over) return event.preventDefault();
      const el = document.activeElement;
      if (el?.hasAttribute('data-yv-tab-start')) return;
      const onPage = !!el && el !== document.body && el !== document.documentElement;
      if (!onPage || el === log.first) {
        log.over = log.first !== null;
        if (log.over) event.preventDefault();
        return;
      }
      log.first ??= el;
      log.checked += 1;
      const covered = window.yvCoverCheck(el, describe(el), ring);
      if (covered) log.covered.push(covered);
    },
    true,
  );
}

/**
 * Starts a round of Tab presses from the top of the page (forwards) or its end (backwards), as a fresh page or one
 * read to the end would: focus is put on an empty marker there, so the browser's next stop is the first (or last)
 * control, whatever had focus before.
 */
export function startRound(from: 'top' | 'end'): void {
  document.querySelector('[data-yv-tab-start]')?.remove();
  const marker = document.createElement('span');
  marker.setAttribute('data-yv-tab-start', '');
  marker.tabIndex = -1;
  if (from === 'top') document.body.prepend(marker);
  else document.body.append(marker);
  marker.focus();
  window.yvCoverLog = { checked: 0, covered: [], over: false, first: null };
}

/**
 * Follows every link on the page to a part of the same page (the skip link, "On this page", Menu...), each from the
 * bottom of the page, and returns the targets the header covers. Links that are not shown are left out.
 */
export async function followInPageLinks(): Promise<{ followed: number; covered: Covered[] }> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const here = location.pathname + location.search;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')].filter((a) => {
    const url = new URL(a.href);
    return url.pathname + url.search === here && url.hash.length > 1 && a.getClientRects().length > 0;
  });
  const covered: Covered[] = [];
  let followed = 0;
  for (const link of links) {
    const id = decodeURIComponent(new URL(link.href).hash.slice(1));
    const target = document.getElementById(id) ?? document.getElementsByName(id)[0];
    if (!target) continue;
    history.replaceState(null, '', here);
    scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    link.click();
    await frame();
    followed += 1;
    const found = window.yvCoverCheck(target, `#${id} (from "${link.textContent?.trim().slice(0, 40)}")`, 0);
    if (found) covered.push(found);
  }
  return { followed, covered };
}
