import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  firstPaintRules,
  firstScreenEnd,
  ruleKeys,
  withFirstPaintCss,
  withoutRules,
  withScriptClasses,
} from '../../src/integrations/first-paint-page.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html><head><title>t</title><link rel="stylesheet" href="/_astro/a.css"></head>` +
  `<body><header>h</header><main><h1>Title</h1>${main}</main><footer>f</footer></body></html>`;

test('the first screen ends before the first <h2> in <main>, or at the end of <main>', () => {
  const withH2 = page('<p>Intro</p><h2>Next</h2><p>More</p>');
  assert.equal(withH2.slice(firstScreenEnd(withH2)).slice(0, 4), '<h2>');
  const withoutH2 = page('<p>Intro</p>');
  assert.equal(withoutH2.slice(firstScreenEnd(withoutH2)).slice(0, 7), '</main>');
  assert.equal(firstScreenEnd('<html><body><p>no main</p></body></html>'), -1);
});

test('the page carries the CSS in <head> and its stylesheet links at the end of the first screen', () => {
  const html = page('<p>Intro</p><h2>Next</h2>');
  const edited = withFirstPaintCss(html, 'h1{margin:0}', firstScreenEnd(html));
  assert.match(edited, /<head><title>t<\/title><style>h1\{margin:0\}<\/style><\/head>/);
  assert.match(edited, /<p>Intro<\/p><link rel="stylesheet" href="\/_astro\/a.css"><h2>Next/);
  assert.equal(withFirstPaintCss(html, '', firstScreenEnd(html)), html, 'no CSS, no change');
});

test('first-paint rules leave out print, reduced motion and state rules, and keep narrowed selectors', () => {
  const style = (css: string) => `<html><head><style>${css}</style></head><body></body></html>`;
  const first = style('h1{margin:0}a{color:red}@media print{h1{color:#000}}a:hover{color:blue}a:visited{color:gray}');
  const whole = style(
    'h1,h2{margin:0}a{color:red}p:has(a){margin:1px}@media print{h1{color:#000}}a:hover{color:blue}a:visited{color:gray}',
  );
  assert.equal(firstPaintRules(first), 'h1{margin:0}a{color:red}');
  assert.equal(firstPaintRules(first, whole), 'h1{margin:0}a{color:red}p:has(a){margin:1px}');
  assert.equal(
    firstPaintRules(style('@media (prefers-reduced-motion:reduce){*{animation:none}}h1{margin:0}')),
    'h1{margin:0}',
  );
});

test('an icon painted through a mask keeps its size in the first paint and gets its picture and colour later', () => {
  const style = (css: string) => `<html><head><style>${css}</style></head><body></body></html>`;
  const icon = 'a:before{content:"";width:32px;height:32px;background-color:currentColor;mask:url(i.svg) 50%/contain}';
  assert.equal(firstPaintRules(style(icon)), 'a:before{content:"";width:32px;height:32px}');
  // A colour without a masked picture is the first paint's.
  assert.equal(firstPaintRules(style('p{background-color:#fff}')), 'p{background-color:#fff}');
  // The stylesheet keeps the whole icon rule: it is not the one every page has inline.
  const inline = ruleKeys(firstPaintRules(style(icon)));
  assert.equal(withoutRules(icon, inline), icon);
});

test('in a forced colours mode, a rule that only paints waits for the stylesheet, and one that sizes does not', () => {
  const style = (css: string) => `<html><head><style>${css}</style></head><body></body></html>`;
  assert.equal(
    firstPaintRules(
      style(
        '@media (forced-colors:active){a:before{forced-color-adjust:none;background-color:linktext}.b{border:2px solid buttontext}}',
      ),
    ),
    '@media (forced-colors:active){.b{border:2px solid buttontext}}',
  );
});

test('the first paint keeps only the design tokens its rules read, and the stylesheet only the rest', () => {
  const style = (css: string) => `<html><head><style>${css}</style></head><body></body></html>`;
  const tokens =
    ':root{color-scheme:light dark;--a:1px;--b:var(--c);--c:red;--unused:blue}@media (min-width:40em){:root{--unused:green}}';
  const first = firstPaintRules(style(`${tokens}p{margin:var(--a);color:var(--b)}`));
  assert.equal(first, ':root{color-scheme:light dark;--a:1px;--b:var(--c);--c:red}p{margin:var(--a);color:var(--b)}');
  // Had every page that inline, the stylesheet would keep only what it lacks.
  assert.equal(
    withoutRules(`${tokens}p{margin:var(--a);color:var(--b)}`, ruleKeys(first)),
    ':root{color-scheme:light dark;--unused:blue}@media (min-width:40em){:root{--unused:green}}',
  );
});

test('a stylesheet loses only the rules every page has inline, however either was minified', () => {
  const everywhere = ruleKeys('h1{margin:0}@media (width>=40em){p{margin:1px}}');
  assert.equal(
    withoutRules('h1{ margin: 0 }\np{margin:1px}@media (width>=40em){p{margin:1px}}.a{color:red}', everywhere),
    'p{margin:1px}.a{color:red}',
  );
});

test('the classes an inline script names for <html> are on it when the first paint rules are found', () => {
  const html =
    '<html lang="en-GB" class="a"><head><script data-yv-html-classes="yv-js yv-js-q">x</script></head></html>';
  assert.equal(
    withScriptClasses(html),
    '<html class="a yv-js yv-js-q" lang="en-GB"><head><script data-yv-html-classes="yv-js yv-js-q">x</script></head></html>',
  );
  assert.equal(withScriptClasses('<html lang="en-GB"><body></body></html>'), '<html lang="en-GB"><body></body></html>');
  // Found, the rules for those classes are the first paint's.
  const style = (css: string) =>
    `<html class="yv-js"><head><style>${css}</style></head><body><p class="n">x</p></body></html>`;
  assert.equal(firstPaintRules(style('.yv-js .n{display:none}')), '.yv-js .n{display:none}');
});
