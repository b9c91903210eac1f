// The stage tool's first script, kept tiny: a young person who only reads "Which stage am I at?" never uses the tool,
// so its code (src/enhance/stage-finder.ts, built to <base>stage-finder.js by src/pages/stage-finder.js.ts) loads by
// address on first use, the way search loads its code only when someone searches (src/enhance/search-page.ts).
// - At once when the page needs it as it opens: the address brings answers (the tool restores those steps), or the
//   step on show has a date form or tools, which the code unhides. An outcome's page (the only steps with those) also
//   names the code in a script tag of its own (StageFinder.astro), so it runs before the page's load event; this
//   import then finds it already loaded. The date form stays hidden until the code runs, so no submit comes before.
// - Otherwise at the first sign of use inside <yv-stage-finder>: a mouse or pen pressed, focus or a key. Not a touch:
//   on a phone a scroll often starts on the tool, and a tap is a click, held below.
// - A click on a step link (an answer, Start now, Back, Start again) before the code has loaded is held, and replayed
//   once it has, so the code takes the step in place; if it cannot load, the browser goes to the link's page, as it
//   would without JavaScript (each of those hooks is on a link). Clicks with a modifier key or another button, and
//   prevented ones, are left alone.
// Defining <yv-stage-finder> upgrades the element on the page, which then starts as it always did.

/** The site's folder, with its trailing slash ('/' or '/guide/'): the tool's code is at its top. */
const base = import.meta.env.BASE_URL;
const host = document.querySelector<HTMLElement>('yv-stage-finder');
let code: Promise<boolean> | undefined;
let ready = false;
// By an address only known when it runs (a parameter: one the bundler can read makes it add its module-preload
// helper, about 1 KB gzip; see src/enhance/listen-control.ts).
const importBy = (path: string): Promise<unknown> => import(/* @vite-ignore */ path);
/** Resolves true once the code has run, or false if it could not load: then each step link goes to its page. */
const load = () =>
  (code ??= importBy(`${base}stage-finder.js`).then(
    () => (ready = true),
    () => false,
  ));

if (host) {
  // Selectors without spaces: every byte of this file is on the page.
  if (location.search.includes('answers=') || host.querySelector('[data-yv-date-form],[data-yv-tools]')) void load();
  const use = (event: Event) => (event as PointerEvent).pointerType === 'touch' || void load();
  for (const type of ['pointerdown', 'focusin', 'keydown']) host.addEventListener(type, use, { passive: true });
  host.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>(
      '[data-yv-answer],[data-yv-start],[data-yv-restart],[data-yv-back]',
    );
    if (ready || !link || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (event.defaultPrevented) return;
    event.preventDefault();
    void load().then((ok) => (ok ? link.click() : location.assign(link.href)));
  });
}
