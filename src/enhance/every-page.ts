// The enhancements every page has, in one module loaded by the page shell (src/layouts/BaseLayout.astro): one
// request, cached once for the whole visit. Each is its own custom element, so a missing hook for one leaves the
// others working; a page without its element (search has no Listen) just has nothing for it to do.
import './exit-this-page.ts';
import './print.ts';
import './listen-control.ts';
