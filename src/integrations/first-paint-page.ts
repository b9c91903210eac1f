// One page's first-paint CSS, without a browser: what beasties inlined, less what cannot change the first paint, and
// the page edited to carry it. Build-time only (it parses HTML and CSS).
import postcss, { type AtRule, type Rule } from 'postcss';
import { attributes, elements, parseHtml, textContent } from '../lib/html.ts';

/** Selectors that only apply once someone points at the page: the stylesheets bring them. */
const pointerOnly = /:hover\b/;

/**
 * The CSS of the <style> that beasties put first in <head>, without print rules (@media print, @page) and :hover
 * rules, which the first paint on a screen never uses. '' when it inlined nothing.
 */
export function firstPaintRules(processed: string): string {
  const head = elements(parseHtml(processed)).find((element) => element.tagName === 'head');
  const style = head && elements(head).find((element) => element.tagName === 'style');
  if (!style) return '';
  const root = postcss.parse(textContent(style));
  root.walkAtRules((rule: AtRule) => {
    if (rule.name === 'page' || (rule.name === 'media' && /^print$/i.test(rule.params.trim()))) rule.remove();
  });
  root.walkRules((rule: Rule) => {
    const kept = rule.selectors.filter((selector) => !pointerOnly.test(selector));
    if (!kept.length) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((rule: AtRule) => {
    if (rule.nodes && !rule.nodes.length) rule.remove();
  });
  return root.toString().trim();
}

/**
 * The page with `css` in a <style> where its first stylesheet <link> was, and every stylesheet <link> moved, as it
 * was written, to just before </body>. Unchanged when the page has no stylesheet <link> or there is no CSS.
 */
export function withFirstPaintCss(html: string, css: string): string {
  const tags = elements(parseHtml(html));
  const links = tags.filter(
    (element) =>
      element.tagName === 'link' && (attributes(element).get('rel') ?? '').split(/\s+/).includes('stylesheet'),
  );
  if (!css || !links.length || css.includes('</style')) return html;
  const spans = links.map((link) => [link.position!.start.offset!, link.position!.end.offset!] as const);
  let out = '';
  let at = 0;
  spans.forEach(([start, end], index) => {
    out += html.slice(at, start) + (index === 0 ? `<style>${css}</style>` : '');
    at = end;
  });
  out += html.slice(at);
  const moved = spans.map(([start, end]) => html.slice(start, end)).join('');
  const close = out.lastIndexOf('</body>');
  if (close < 0) return html;
  return `${out.slice(0, close)}${moved}${out.slice(close)}`;
}
