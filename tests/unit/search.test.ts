import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_QUERY_LENGTH, atoZLetter, buildAtoZ, excerptParts, pagesOnlyInNavigation, parseQuery, pathWithoutBase, resultCountMessage,
  searchHref, sectionLabel, tidyQuery,
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

test('atoZLetter files titles by first letter, numbers together', () => {
  assert.equal(atoZLetter('stage 1'), 'S');
  assert.equal(atoZLetter('Ébauche'), 'E');
  assert.equal(atoZLetter('2 ways'), '0 to 9');
  assert.equal(atoZLetter('“Quoted”'), 'Other');
});

test('buildAtoZ sorts pages by title and groups them by letter', () => {
  const groups = buildAtoZ([
    { title: 'Stage 2', summary: 's2', path: '/stage-2/' },
    { title: 'Get an advocate', summary: 'a', path: '/get-an-advocate/' },
    { title: 'Stage 10', summary: 's10', path: '/x/' },
    { title: 'support', summary: 's', path: '/support/' },
    { title: 'About this guide', summary: 'ab', path: '/about/' },
  ]);
  assert.deepEqual(groups.map((g) => g.letter), ['A', 'G', 'S']);
  assert.deepEqual(groups.find((g) => g.letter === 'S')?.pages.map((p) => p.title), ['Stage 2', 'Stage 10', 'support']);
  assert.equal(groups[0]?.id, 'a-to-z-a');
  assert.deepEqual(buildAtoZ([]), []);
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
