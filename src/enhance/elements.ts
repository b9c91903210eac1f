// Markup contracts for the browser code, and the one way an enhancement attaches to the page: a small custom element
// around the markup it enhances. When it connects, it first looks up every hook it needs (`find`); if one is missing
// that throws an ElementError naming it (the model is GOV.UK Frontend's ElementError) and nothing else happens, so the
// page keeps working as the plain HTML it already is. Only with all of its markup in hand does it change the page
// (`start`).

export class ElementError extends Error {
  override name = 'ElementError';
  constructor(component: string, selector: string) {
    super(`${component}: no ${selector} in the markup`);
  }
}

/**
 * The element `selector` finds inside `root`, or an ElementError naming what is missing. When the type matters (a
 * link, a button, a form), the selector names the tag (`a[data-yv-exit]`), so finding it is knowing its type.
 */
export function requireElement<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  component: string,
): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new ElementError(component, selector);
  return found;
}

/**
 * An enhancement: `find` looks up all of its markup and changes nothing; `start` gets what it found and only then
 * changes the page. A missing hook stops it between the two, with the error in the console; other errors are not
 * swallowed.
 */
export abstract class Enhancement<Hooks> extends HTMLElement {
  connectedCallback(): void {
    try {
      this.start(this.find());
    } catch (error) {
      if (error instanceof ElementError) console.error(error);
      else throw error;
    }
  }
  abstract find(): Hooks;
  abstract start(hooks: Hooks): void;
}
