// Markup contracts for the browser code. An enhancement looks up every hook it needs once, at start-up; if one is
// missing it throws an ElementError naming it (the model is GOV.UK Frontend's ElementError) and does nothing else,
// so the page keeps working as the plain HTML it already is.

export class ElementError extends Error {
  override name = 'ElementError';
  constructor(component: string, selector: string) {
    super(`${component}: no ${selector} in the markup, so the page stays plain HTML`);
  }
}

/** The one element `selector` finds inside `root`, of the expected type, or an ElementError naming what is missing. */
export function requireElement<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  component: string,
  type?: abstract new (...args: never[]) => T,
): T {
  const found = root.querySelector(selector);
  if (!found || (type && !(found instanceof type)))
    throw new ElementError(component, type ? `${selector} (${type.name})` : selector);
  return found as T;
}

/**
 * Start an enhancement, and if its markup contract fails, say so in the console and leave the page as it is.
 * Other errors are not swallowed.
 */
export function enhanceSafely(start: () => void): void {
  try {
    start();
  } catch (error) {
    if (error instanceof ElementError) console.error(error);
    else throw error;
  }
}
