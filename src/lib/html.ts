// Reading built HTML at build and test time: one parser (parse5, through hast, as Astro's own Markdown pipeline
// uses) and one entity decoder (entities), never regular expressions over a page. Never runs in the browser.
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { find, html as htmlSchema } from 'property-information';
import { decodeHTML } from 'entities';
import type { Element, Root } from 'hast';

export type { Element, Root };

/** Character references in text or an attribute value decoded, as a browser does: "Barnardo&#39;s" -> "Barnardo's". */
export const decodeEntities = (text: string): string => decodeHTML(text);

/** A whole page (with <html>, <head> and <body>) or a piece of one, as the browser would build it. */
export function parseHtml(html: string, { fragment = false } = {}): Root {
  return fromHtml(html, { fragment });
}

/** Every element, in document order (not inside <template>, whose content is not part of the page). */
export function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    found.push(element);
  });
  return found;
}

/** An element's attributes by their HTML names ("data-print-url", "class"), values as the page states them. */
export function attributes(element: Element): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(htmlSchema, property);
    const text =
      value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    attrs.set(info.attribute, text);
  }
  return attrs;
}

/** The text of an element and everything in it, exactly as written (a script's code, a <loc>'s address). */
export function textContent(node: Root | Element): string {
  return toString(node);
}

/** The text of an element and everything in it, with runs of white space made one space. */
export function textOf(node: Root | Element): string {
  return textContent(node).replace(/\s+/g, ' ');
}
