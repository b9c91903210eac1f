import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countSyllables,
  wordsIn,
  sentencesIn,
  textStats,
  fleschKincaidGrade,
  gradeOf,
  mainTextBlocks,
  sentencesAboutTheSource,
} from '../../scripts/checks/readability.ts';

test('countSyllables counts common words the way people say them', () => {
  const cases: Record<string, number> = {
    you: 1,
    the: 1,
    care: 1,
    make: 1,
    stage: 1,
    help: 1,
    a: 1,
    table: 2,
    simple: 2,
    people: 2,
    council: 2,
    panel: 2,
    happy: 2,
    complaint: 2,
    water: 2,
    advice: 2,
    advocate: 3,
    officer: 3,
    decided: 3,
    independent: 4,
    investigation: 5,
    ombudsman: 3,
    representation: 5,
  };
  for (const [word, expected] of Object.entries(cases)) assert.equal(countSyllables(word), expected, word);
});

test('countSyllables gives a number 1 syllable and never 0 for a word', () => {
  assert.equal(countSyllables('20'), 1);
  assert.equal(countSyllables('BOP'), 1);
  assert.equal(countSyllables("don't"), 1);
  assert.equal(countSyllables('...'), 0);
});

test('wordsIn keeps apostrophes and hyphens inside words and counts digits', () => {
  assert.deepEqual(wordsIn("You don't need a PA's OK – it's free, 10 working days."), [
    'You',
    "don't",
    'need',
    'a',
    "PA's",
    'OK',
    "it's",
    'free',
    '10',
    'working',
    'days',
  ]);
  assert.deepEqual(wordsIn('well-known'), ['well-known']);
});

test('sentencesIn splits on full stops, question and exclamation marks, but not inside 5.30pm', () => {
  assert.deepEqual(sentencesIn('It meets at 5.30pm. Come along! Will you?'), [
    'It meets at 5.30pm.',
    'Come along!',
    'Will you?',
  ]);
  assert.deepEqual(sentencesIn('A heading with no stop'), ['A heading with no stop']);
  assert.deepEqual(sentencesIn('   '), []);
});

test('textStats counts each block as at least one sentence', () => {
  const stats = textStats(['What is an advocate?', 'Someone on your side. They help you.']);
  assert.deepEqual(stats, { sentences: 3, words: 11, syllables: 14 });
});

test('fleschKincaidGrade follows the formula and is 0 for no words', () => {
  // 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01
  assert.equal(fleschKincaidGrade({ sentences: 1, words: 10, syllables: 15 }), 6);
  assert.equal(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 }), 0);
});

test('gradeOf ranks plain words below long official words', () => {
  const plain = gradeOf('You can ask for help. We will reply in 10 days. Tell your PA if you are not happy.');
  const official = gradeOf(
    'Representations regarding the commissioning of independent advocacy provision are considered in accordance with statutory regulations.',
  );
  assert.ok(plain < 4, `plain text was grade ${plain}`);
  assert.ok(official > 12, `official text was grade ${official}`);
});

test('mainTextBlocks reads only <main>, one block per paragraph, list item and heading', () => {
  const html = `<html><body><header><p>Site name</p></header><main><h1>Title</h1><p>One <a href="x">link</a> here.</p>
    <ul><li>First</li><li>Second</li></ul></main><footer>Footer</footer></body></html>`;
  assert.deepEqual(mainTextBlocks(html), ['Title', 'One link here.', 'First', 'Second']);
});

test('mainTextBlocks leaves out contact blocks, the glossary, navigation, hidden text, scripts and page metadata', () => {
  const html = `<main>
    <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li></ol></nav>
    <p>Keep me.</p>
    <div class="yv-contact" data-readability-skip data-contact="x"><p>Phone 020 8359 7008</p><div><p>nested</p></div></div>
    <dl class="yv-glossary" data-glossary><dt>Advocate</dt><dd>Someone on your side.</dd></dl>
    <span hidden data-pagefind-meta="keywords:x">hidden words</span>
    <script type="module">if (a < b) document.write("<p>no</p>")</script>
    <style>p { color: red }</style>
    <p>Also <span data-readability-skip="">skip this</span> keep.</p>
    <br/><img src="x.png" alt="">
    <aside class="yv-page-meta" aria-label="About this page"><p>Last reviewed</p></aside>
  </main>`;
  assert.deepEqual(mainTextBlocks(html), ['Keep me.', 'Also keep.']);
});

test('mainTextBlocks copes with attributes that contain ">" and with unclosed paragraphs', () => {
  const html = '<main><p title="a > b">Text one<p>Text two</main>';
  assert.deepEqual(mainTextBlocks(html), ['Text one', 'Text two']);
});

test('sentencesAboutTheSource finds sentences about the source in all body text, contact blocks included, once each', () => {
  const html = `<main>
    <p>Call the Complaints Officer. The council's page does not give a link.</p>
    <div data-readability-skip><p>The council's page does not give a link.</p><p>We do not have the address.</p></div>
    <p>Ask your PA how to find the form.</p>
    <div class="yv-page-meta"><p>Source: the council's page.</p></div>
    <nav><p>The source is here.</p></nav>
  </main>`;
  assert.deepEqual(sentencesAboutTheSource(html), [
    "The council's page does not give a link.",
    'We do not have the address.',
  ]);
});

test('sentencesAboutTheSource leaves sentences that say what to do', () => {
  assert.deepEqual(sentencesAboutTheSource('<main><p>Ask your PA or social worker for the address.</p></main>'), []);
});
