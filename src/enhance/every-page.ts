// The enhancements every page has, started together from the page shell (src/layouts/BaseLayout.astro), each on its
// own: a missing hook for one leaves the other working.
import { enhanceSafely } from './elements.ts';
import { enhanceExitLink } from './exit-this-page.ts';
import { preparePrinting } from './print.ts';

enhanceSafely(() => enhanceExitLink(document));
enhanceSafely(() => preparePrinting(window));
