import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_QUERY_LENGTH,
  atoZBySection,
  atoZFitsOnSearchPage,
  excerptParts,
  mergeResults,
  pagesOnlyInNavigation,
  parseQuery,
  pathWithoutBase,
  resultCountMessage,
  searchHref,
  sectionLabel,
  tidyQuery,
} from '../../src/lib/search.ts';

test('parseQuery reads q from the address, decoding + and %20, and tidies spaces', () => {
  assert.equal(parseQuery('?q=not+happy'), 'not happy');
  assert.equal(parseQuery('?q=someone%20to%20speak%20for%20me'), 'someone to speak for me');
  assert.equal(parseQuery('?q=%20%20moan%20%20'), 'moan');
  assert.equal(parseQuery('?x=1&q=stage  2'), 'stage 2');
});

test('parseQuery gives an empty string when there is no query', () => {
  assert.equal(parseQuery(''), '');
  assert.equal(parseQuery('?q='), '');
  assert.equal(parseQuery('?other=moan'), '');
});

test('tidyQuery cuts very long queries', () => {
  const long = 'a '.repeat(200);
  assert.ok(tidyQuery(long).length <= MAX_QUERY_LENGTH);
  assert.equal(tidyQuery(long), tidyQuery(long).trim());
});

test('searchHref builds the search page address and keeps the base path', () => {
  assert.equal(searchHref('/search/', 'not happy'), '/search/?q=not+happy');
  assert.equal(searchHref('/guide/search/', 'PA'), '/guide/search/?q=PA');
  assert.equal(searchHref('/search/', '   '), '/search/');
});

test('resultCountMessage words the count for a screen reader', () => {
  assert.equal(resultCountMessage(3, 'moan'), '3 results for moan');
  assert.equal(resultCountMessage(1, 'moan'), '1 result for moan');
  assert.equal(resultCountMessage(0, ' xyz  '), 'No results for xyz');
});

test('sectionLabel gives human names for every section and a readable fallback', () => {
  assert.equal(sectionLabel('have-your-say'), 'Have your say');
  assert.equal(sectionLabel('support'), 'Support');
  assert.equal(sectionLabel('advocacy'), 'Advocacy');
  assert.equal(sectionLabel('complaints'), 'Complaints');
  assert.equal(sectionLabel('about'), 'About this guide');
  assert.equal(sectionLabel('new-thing'), 'New thing');
  assert.equal(sectionLabel(undefined), '');
});

test('excerptParts splits Pagefind excerpts into text and matched words, decoding entities', () => {
  assert.deepEqual(excerptParts('If you want to <mark>moan</mark> about &lt;care&gt; &amp; more'), [
    { text: 'If you want to ', match: false },
    { text: 'moan', match: true },
    { text: ' about <care> & more', match: false },
  ]);
  assert.deepEqual(excerptParts('<mark>Stage</mark> <mark>2</mark>'), [
    { text: 'Stage', match: true },
    { text: ' ', match: false },
    { text: '2', match: true },
  ]);
  assert.deepEqual(excerptParts(''), []);
});

test('excerptParts never lets other markup through as markup', () => {
  const parts = excerptParts('a <img src=x onerror=alert(1)> b <mark>c</mark>');
  assert.ok(parts.every((p) => !p.text.includes('<img')));
  assert.deepEqual(parts.at(-1), { text: 'c', match: true });
});

test('atoZBySection groups pages by section in the given order, sorted by title, others last', () => {
  const groups = atoZBySection(
    [
      { title: 'Stage 10', summary: '', path: '/x/', section: 'complaints' },
      { title: 'Stage 2', summary: '', path: '/stage-2/', section: 'complaints' },
      { title: 'Get an advocate', summary: '', path: '/get-an-advocate/', section: 'advocacy' },
      { title: 'Which stage am I at?', summary: '', path: '/which-stage/' },
    ],
    ['advocacy', 'complaints', 'about'],
  );
  assert.deepEqual(
    groups.map((g) => g.label),
    ['Advocacy', 'Complaints', 'Other pages'],
  );
  assert.deepEqual(
    groups[1]?.pages.map((p) => p.title),
    ['Stage 2', 'Stage 10'],
  );
  assert.equal(groups[0]?.id, 'a-to-z-advocacy');
  assert.deepEqual(atoZBySection([], ['advocacy']), []);
});

test('atoZFitsOnSearchPage: a small site fits, a thousand pages do not', () => {
  const page = (i: number) => ({
    title: `Page ${i}`,
    summary: 'One or two plain sentences about what this page says and who it is for.',
    path: `/page-${i}/`,
  });
  assert.equal(atoZFitsOnSearchPage(Array.from({ length: 20 }, (_, i) => page(i))), true);
  assert.equal(atoZFitsOnSearchPage(Array.from({ length: 1000 }, (_, i) => page(i))), false);
});

test("mergeResults lists each page once, adding scores across searches, pages with the query's search terms first", () => {
  const r = (id: string, score: number) => ({ id, score });
  const all = [r('a', 1)];
  const perWord = [
    [r('a', 1), r('b', 3)],
    [r('c', 0.5), r('a', 0.5)],
  ];
  assert.deepEqual(
    mergeResults([all, ...perWord]).map((x) => x.id),
    ['b', 'a', 'c'],
  );
  assert.deepEqual(
    mergeResults([all, ...perWord], [{ words: 1, results: [r('c', 0)] }]).map((x) => x.id),
    ['c', 'b', 'a'],
  );
  assert.deepEqual(
    mergeResults(
      [[r('a', 1)]],
      [
        { words: 1, results: [r('b', 0)] },
        { words: 2, results: [r('d', 0)] },
      ],
    ).map((x) => x.id),
    ['d', 'b', 'a'],
  );
  assert.deepEqual(mergeResults([]), []);
});

test('pagesOnlyInNavigation lists each navigation page outside the guide once', () => {
  const links = [
    { path: '/', label: 'Home' },
    { path: '/which-stage/', label: 'Which stage am I at?' },
    { path: '/contacts/', label: 'Contacts' },
    { path: '/which-stage/', label: 'Which stage?' },
  ];
  assert.deepEqual(pagesOnlyInNavigation(links, new Set(['/', '/contacts/'])), [
    { title: 'Which stage am I at?', summary: '', path: '/which-stage/' },
  ]);
  assert.deepEqual(pagesOnlyInNavigation(links.slice(0, 1), new Set(['/'])), []);
});

test('pathWithoutBase strips the base path from a result address', () => {
  assert.equal(pathWithoutBase('/guide/', '/guide/stage-2/'), '/stage-2/');
  assert.equal(pathWithoutBase('/', '/stage-2/?highlight=x#top'), '/stage-2/');
  assert.equal(pathWithoutBase('/guide', '/other/'), '/other/');
});
