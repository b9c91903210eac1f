// The enhancements every page has, in one module loaded by the page shell (src/layouts/BaseLayout.astro): one
// request, not two. Each is its own custom element, so a missing hook for one leaves the other working.
import './exit-this-page.ts';
import './print.ts';
