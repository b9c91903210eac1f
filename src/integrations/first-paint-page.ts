// One page's first-paint CSS, without a browser: what beasties inlined, less what cannot change the first paint, and
// the page edited to carry it. Build-time only (it parses HTML and CSS).
import postcss, { type AtRule, type Rule } from 'postcss';
import { attributes, elements, parseHtml, textContent } from '../lib/html.ts';

/** Selectors that only apply once someone points at, tabs to or has visited a link: the stylesheets bring them. */
const stateOnly = /:(hover|focus|focus-visible|focus-within|active|visited)\b/;
/** Properties that change only how something is painted, never its size or place. */
const paintOnly =
  /^(color|background-color|forced-color-adjust|fill|stroke|outline-color|border-color|text-decoration-color)$/;
/** Media a first paint can wait for: print, and reduced motion (nothing moves before the stylesheets arrive). */
const notFirstPaint = /^(print|\(prefers-reduced-motion: ?reduce\))$/i;

/**
 * Where a page's first screen ends: before the first <h2> in <main> (the page's title, its caption and the words that
 * open it come before), or at the end of <main> when it has no <h2>. The stylesheets go here: what comes after is
 * drawn only once they have arrived, so it is never seen unstyled and nothing drawn before it moves.
 * -1 when the page has no <main>.
 */
export function firstScreenEnd(html: string): number {
  const tags = elements(parseHtml(html));
  const main = tags.find((element) => element.tagName === 'main');
  if (!main?.position) return -1;
  const h2 = elements(main).find((element) => element.tagName === 'h2');
  return h2?.position?.start.offset ?? main.position.end.offset! - '</main>'.length;
}

/**
 * The page as an inline script leaves it before anything is drawn: each class a script names in its
 * data-yv-html-classes (the classes it may add to <html>, such as the search page's "JavaScript works") is on <html>,
 * so beasties finds the rules for them too. For finding rules only; the page itself is not changed.
 */
export function withScriptClasses(html: string): string {
  const tags = elements(parseHtml(html));
  const named = tags
    .filter((element) => element.tagName === 'script')
    .flatMap((script) => (attributes(script).get('data-yv-html-classes') ?? '').split(/\s+/).filter(Boolean));
  const root = tags.find((element) => element.tagName === 'html');
  if (!named.length || !root?.position) return html;
  const classes = [...new Set([...(attributes(root).get('class') ?? '').split(/\s+/).filter(Boolean), ...named])];
  const start = root.position.start.offset!;
  const openEnd = html.indexOf('>', start) + 1;
  const open = html
    .slice(start, openEnd)
    .replace(/\s+class="[^"]*"/, '')
    .replace(/^<html/, `<html class="${classes.join(' ')}"`);
  return html.slice(0, start) + open + html.slice(openEnd);
}

/** The page cut at `end`, closed, for beasties to find the rules of what is drawn first. */
export function firstScreen(html: string, end: number): string {
  return `${html.slice(0, end)}</body></html>`;
}

/** The CSS of the <style> that beasties put first in <head> ('' when it inlined nothing). */
function inlined(processed: string): string {
  const head = elements(parseHtml(processed)).find((element) => element.tagName === 'head');
  const style = head && elements(head).find((element) => element.tagName === 'style');
  return style ? textContent(style) : '';
}

/**
 * The first screen's CSS: the rules beasties found for the first screen's markup, and the rules with :has() it found
 * for the whole page (they can depend on what comes later), in the stylesheets' order; without what the first paint
 * on a screen never uses: print rules (@media print, @page), the reduced-motion rules (no animation to stop yet), and
 * the states of a link or control someone has pointed at, focused or visited.
 */
export function firstPaintRules(firstScreenProcessed: string, wholePageProcessed = ''): string {
  const first = postcss.parse(inlined(firstScreenProcessed));
  if (!wholePageProcessed) return trimmed(first);
  // Both come from the same stylesheets in the same order, beasties keeping in each rule only the selectors that
  // match: walk the whole page's rules, taking each first-screen rule where it comes (with its selectors) and the
  // :has() rules between them.
  const wanted: Rule[] = [];
  first.walkRules((rule: Rule) => {
    wanted.push(rule);
  });
  let next = 0;
  const whole = postcss.parse(inlined(wholePageProcessed));
  whole.walkRules((rule: Rule) => {
    const match = wanted[next];
    if (
      match &&
      declarationsKey(match) === declarationsKey(rule) &&
      match.selectors.every((selector) => rule.selectors.includes(selector))
    ) {
      rule.selectors = match.selectors;
      next++;
    } else if (!rule.selector.includes(':has(')) rule.remove();
  });
  // A first-screen rule the walk did not meet would be lost: keep the first screen's own rules then.
  return next === wanted.length ? trimmed(whole) : trimmed(first);
}

function trimmed(root: postcss.Root): string {
  root.walkAtRules((rule: AtRule) => {
    if (rule.name === 'page' || (rule.name === 'media' && notFirstPaint.test(rule.params.trim()))) rule.remove();
  });
  root.walkRules((rule: Rule) => {
    const kept = rule.selectors.filter((selector) => !stateOnly.test(selector));
    if (!kept.length) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // In a forced colours mode (Windows contrast themes) the system picks the colours: a rule there that only paints
  // (the icon's colour) can wait for the stylesheets; one that changes a size (a border) cannot.
  root.walkAtRules('media', (media: AtRule) => {
    if (!/forced-colors:\s*active/.test(media.params)) return;
    media.walkRules((rule: Rule) => {
      if (rule.nodes.every((node) => node.type !== 'decl' || paintOnly.test(node.prop))) rule.remove();
    });
  });
  // A picture painted through a mask (an icon) costs every page its data: its box keeps its size, so nothing moves,
  // and its picture and colour come with the stylesheets.
  root.walkRules((rule: Rule) => {
    const painted = rule.nodes.some(
      (node) => node.type === 'decl' && /^mask/.test(node.prop) && /url\(/.test(node.value),
    );
    if (!painted) return;
    rule.walkDecls((decl) => {
      if (/^mask/.test(decl.prop) || decl.prop === 'background-color') decl.remove();
    });
  });
  withoutUnusedTokens(root);
  withoutEmptyAtRules(root);
  return root.toString().trim();
}

/** The custom properties a value names: var(--a, var(--b)) names --a and --b. */
const tokensIn = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!);

/**
 * Takes out of :root the design tokens (custom properties) no rule of the first paint reads, directly or through
 * another token: they cost every page bytes and change nothing it draws. The stylesheets keep them.
 */
function withoutUnusedTokens(root: postcss.Root) {
  const read = new Set<string>();
  root.walkDecls((decl) => {
    if (!decl.prop.startsWith('--')) for (const token of tokensIn(decl.value)) read.add(token);
  });
  for (let more = true; more;) {
    more = false;
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && read.has(decl.prop))
        for (const token of tokensIn(decl.value)) if (!read.has(token)) more = Boolean(read.add(token));
    });
  }
  root.walkRules((rule: Rule) => {
    if (rule.selector !== ':root') return;
    rule.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop)) decl.remove();
    });
    if (!rule.nodes.length) rule.remove();
  });
}

/**
 * The page with `css` in a <style> where its first stylesheet <link> was, and every stylesheet <link> moved, as it
 * was written, to `at` (an offset in the page, after <head>). Unchanged when the page has no stylesheet <link> or
 * there is no CSS.
 */
export function withFirstPaintCss(html: string, css: string, at: number): string {
  const tags = elements(parseHtml(html));
  const links = tags.filter(
    (element) =>
      element.tagName === 'link' && (attributes(element).get('rel') ?? '').split(/\s+/).includes('stylesheet'),
  );
  if (!css || !links.length || css.includes('</style') || at < 0) return html;
  const spans = links.map((link) => [link.position!.start.offset!, link.position!.end.offset!] as const);
  if (spans.some(([, end]) => end > at)) return html;
  const moved = spans.map(([start, end]) => html.slice(start, end)).join('');
  let out = '';
  let from = 0;
  spans.forEach(([start, end], index) => {
    out += html.slice(from, start) + (index === 0 ? `<style>${css}</style>` : '');
    from = end;
  });
  return `${out}${html.slice(from, at)}${moved}${html.slice(at)}`;
}

/** A declaration as the cascade sees it, however the CSS was minified. */
const declarationText = (decl: postcss.Declaration) =>
  `${decl.prop}:${decl.value}${decl.important ? '!important' : ''}`;

/** `key` inside the at-rules around `rule` (@media, @container, @supports), outermost last. */
function inContext(rule: Rule, key: string): string {
  for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent)
    key = `@${(parent as AtRule).name} ${(parent as AtRule).params}{${key}}`;
  return key;
}

/** A rule's declarations, in order, joined. */
const declarationsOf = (rule: Rule) =>
  rule.nodes
    .filter((node) => node.type === 'decl')
    .map(declarationText)
    .join(';');

/** A rule's at-rules and declarations, however the CSS was minified. */
const declarationsKey = (rule: Rule) => inContext(rule, declarationsOf(rule));

/** A rule as the cascade sees it: its at-rules, selector and declarations, however the CSS was minified. */
const ruleKey = (rule: Rule) => inContext(rule, `${rule.selectors.join(',')}{${declarationsOf(rule)}}`);

/** One design token of a :root rule as a key of its own: the rule as ruleKey gives it, with that token alone. */
const tokenKey = (rule: Rule, decl: postcss.Declaration) =>
  inContext(rule, `${rule.selectors.join(',')}{${declarationText(decl)}}`);

/** The rules of `css`, each as ruleKey gives it, and each design token of its :root rules (tokenKey). */
export function ruleKeys(css: string): Set<string> {
  const keys = new Set<string>();
  postcss.parse(css).walkRules((rule: Rule) => {
    keys.add(ruleKey(rule));
    if (rule.selector === ':root')
      rule.walkDecls((decl) => {
        if (decl.prop.startsWith('--')) keys.add(tokenKey(rule, decl));
      });
  });
  return keys;
}

/**
 * A stylesheet without the rules every page already has inline (`inlineEverywhere`), so no page downloads them twice.
 * Every page's own <style> comes first and keeps them in force; what is left keeps its order.
 */
export function withoutRules(css: string, inlineEverywhere: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    if (inlineEverywhere.has(ruleKey(rule))) {
      rule.remove();
      return;
    }
    // The first paint keeps only the tokens it reads: the stylesheet leaves out each one every page has inline.
    if (rule.selector !== ':root') return;
    rule.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && inlineEverywhere.has(tokenKey(rule, decl))) decl.remove();
    });
    if (!rule.nodes.length) rule.remove();
  });
  withoutEmptyAtRules(root);
  return root.toString();
}

/** Takes out the at-rules whose rules have all been taken out. */
function withoutEmptyAtRules(root: postcss.Root) {
  root.walkAtRules((rule: AtRule) => {
    if (rule.nodes && !rule.nodes.length) rule.remove();
  });
}
