import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import {
  MAX_WORDS,
  allowedEdits,
  buildVocabulary,
  correctWord,
  editDistance,
  normaliseWords,
  prepareQuery,
  stopWords,
  termFilters,
  termsIn,
  type SearchVocabulary,
} from '../../src/lib/search-query.ts';

const vocabulary: SearchVocabulary = buildVocabulary(
  [
    ['How to make a complaint', 'complain', 'complaints', 'not happy'],
    ['Compliance status'],
    ['Get an advocate', 'advocacy', "Barnardo's"],
    ['Ombudsman', 'independent'],
    ['PA (personal adviser)', 'money'],
  ],
  [
    { id: 'money', words: ['cash', 'pocket money'] },
    { id: 'advocate', words: ['speak on my behalf'] },
  ],
  ['PA', 'BOP'],
  ['How to make a complaint', 'complain', 'not happy', 'PA (personal adviser)', 'money'],
);

test('normaliseWords lowers case and drops accents, apostrophes and punctuation', () => {
  assert.deepEqual(normaliseWords("Barnardo's  Advocacy!"), ['barnardos', 'advocacy']);
  assert.deepEqual(normaliseWords('Café, stage-2?'), ['cafe', 'stage', '2']);
  assert.deepEqual(normaliseWords('   '), []);
});

test('editDistance counts a swap of neighbouring letters as one edit and stops early past the limit', () => {
  assert.equal(editDistance('complian', 'complain', 2), 1);
  assert.equal(editDistance('compliant', 'complaint', 2), 1);
  assert.equal(editDistance('complane', 'complain', 2), 2);
  assert.equal(editDistance('barnados', 'barnardos', 2), 1);
  assert.equal(editDistance('same', 'same', 1), 0);
  assert.equal(editDistance('abc', 'xyzxyz', 1), 2);
});

test('allowedEdits: none for short words and numbers, one for 4 or 5 letters, two for longer words', () => {
  assert.equal(allowedEdits('pa'), 0);
  assert.equal(allowedEdits('bop'), 0);
  assert.equal(allowedEdits('2nd'), 0);
  assert.equal(allowedEdits('moan'), 1);
  assert.equal(allowedEdits('complane'), 2);
});

test('correctWord goes to the nearest word the site uses, and leaves known or far-off words alone', () => {
  assert.equal(correctWord('complane', vocabulary), 'complain');
  assert.equal(correctWord('compliant', vocabulary), 'complaint');
  assert.equal(correctWord('ombudsmen', vocabulary), 'ombudsman');
  assert.equal(correctWord('barnados', vocabulary), 'barnardos');
  assert.equal(correctWord('advocasy', vocabulary), 'advocacy');
  assert.equal(correctWord('independant', vocabulary), 'independent');
  assert.equal(correctWord('complaints', vocabulary), 'complaints');
  assert.equal(correctWord('zzqxvy', vocabulary), 'zzqxvy');
  assert.equal(correctWord('constructor', vocabulary), 'constructor');
});

test('prepareQuery drops stop words and single letters but keeps abbreviations like PA', () => {
  assert.deepEqual(prepareQuery('how do i complain', vocabulary).words, ['complain']);
  assert.equal(prepareQuery('how do i complain', vocabulary).corrected, false);
  assert.deepEqual(prepareQuery('PA', vocabulary).words, ['pa']);
  assert.deepEqual(prepareQuery('my PA', vocabulary).words, ['pa']);
  assert.deepEqual(prepareQuery('i a the my how', vocabulary).words, []);
  assert.deepEqual(
    prepareQuery('xy complain', vocabulary).words,
    ['complain'],
    'two letters the site does not use are dropped',
  );
  assert.deepEqual(prepareQuery('stage 2', { ...vocabulary, words: { ...vocabulary.words, stage: 1 } }).words, [
    'stage',
    '2',
  ]);
  assert.ok(['i', 'a', 'the', 'my', 'how'].every((w) => stopWords.has(w)));
  assert.ok(!stopWords.has('not'), '"not happy" is not "happy"');
});

test('prepareQuery corrects spelling and says so', () => {
  assert.deepEqual(prepareQuery('how do i complane', vocabulary), {
    words: ['complain'],
    corrected: true,
    terms: ['complain'],
  });
  assert.deepEqual(prepareQuery('Ombudsmen', vocabulary).words, ['ombudsman']);
  assert.deepEqual(
    prepareQuery('i havent heard', vocabulary).words,
    ['heard'],
    'a shortened form is a stop word, never corrected',
  );
});

test("prepareQuery swaps everyday words and phrases for the site's word", () => {
  assert.deepEqual(prepareQuery('cash', vocabulary), { words: ['money'], corrected: true, terms: ['money'] });
  assert.deepEqual(prepareQuery('my pocket money', vocabulary).words, ['money']);
  assert.deepEqual(prepareQuery('someone to speak on my behalf', vocabulary).words, ['someone', 'advocate']);
  assert.deepEqual(
    prepareQuery('cassh', vocabulary).words,
    ['money'],
    'a misspelt synonym still reaches the site word',
  );
});

test('prepareQuery as typed neither corrects nor swaps words, but still drops stop words', () => {
  assert.deepEqual(prepareQuery('how do i complane', vocabulary, true), {
    words: ['complane'],
    corrected: false,
    terms: [],
  });
  assert.deepEqual(prepareQuery('cash', vocabulary, true).words, ['cash']);
});

test('prepareQuery takes at most MAX_WORDS words', () => {
  const long = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
  assert.ok(prepareQuery(long, vocabulary).words.length <= MAX_WORDS);
});

test('termsIn finds the longest search terms in a query without overlaps, never a lone stop word', () => {
  const terms = new Set(['not happy', 'happy', 'complain', 'in care', 'in']);
  assert.deepEqual(termsIn(['i', 'am', 'not', 'happy'], terms), ['not happy']);
  assert.deepEqual(termsIn(['complain', 'not', 'happy'], terms), ['complain', 'not happy']);
  assert.deepEqual(termsIn(['in', 'care'], terms), ['in care']);
  assert.deepEqual(termsIn(['in'], terms), []);
});

test('termFilters makes one normalised Pagefind filter value per term', () => {
  assert.deepEqual(termFilters(["Barnardo's", 'Not happy', 'not happy', '#BOP']), [
    'term:barnardos',
    'term:not happy',
    'term:bop',
  ]);
});

test('buildVocabulary counts each word once per page, leaves out stop words, normalises synonyms and terms', () => {
  assert.equal(vocabulary.words['complaint'], 1);
  assert.equal(vocabulary.words['how'], undefined);
  assert.equal(vocabulary.synonyms['pocket money'], 'money');
  assert.deepEqual(vocabulary.keep, ['bop', 'pa']);
  assert.ok(vocabulary.terms.includes('pa personal adviser'));
});

// The real site: its words, from the same sources the build uses, and the synonym list.
const guideDir = 'src/content/guide';
const frontmatter = readdirSync(guideDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(`${guideDir}/${f}`, 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; searchTerms?: string[] };
    const headings = [...text.matchAll(/^#{2,6} (.+)$/gm)].map((m) => m[1]!);
    return [data.title, ...headings, ...(data.searchTerms ?? [])];
  });
const glossary = (parse(readFileSync('src/data/glossary.yaml', 'utf8')) as { term: string; aliases: string[] }[]).map(
  (g) => [g.term, ...g.aliases],
);
const synonyms = parse(readFileSync('src/data/search-synonyms.yaml', 'utf8')) as { id: string; words: string[] }[];
const site = buildVocabulary([...frontmatter, ...glossary], synonyms, [], []);

test("with the site's own words, the common misspellings and plurals reach the right word", () => {
  const expected: Record<string, string> = {
    complane: 'complaint',
    complian: 'complain',
    compliant: 'complaint',
    ombudsmen: 'ombudsman',
    barnados: 'barnardos',
    advocasy: 'advocacy',
    independant: 'independent',
    advocat: 'advocate',
    ombudsmn: 'ombudsman',
  };
  for (const [typed, word] of Object.entries(expected)) assert.equal(correctWord(typed, site), word, typed);
});

test('the synonym list leads to words the site uses and holds none of the test queries', () => {
  const { queries } = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { queries: { query: string }[] };
  const typedForms = new Set(synonyms.flatMap((s) => s.words.map((w) => normaliseWords(w).join(' '))));
  for (const { query } of queries) {
    assert.ok(
      !typedForms.has(normaliseWords(query).join(' ')),
      `"${query}" is a test query: it must not be in src/data/search-synonyms.yaml`,
    );
  }
  for (const { id } of synonyms) {
    for (const word of normaliseWords(id))
      assert.ok(stopWords.has(word) || site.words[word], `synonym target "${id}" is not a word the site uses`);
  }
});
