import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviations, easyReadLimits, easyReadPath } from '../../src/lib/easy-read.ts';
import {
  checkEasyRead,
  isEasyReadPage,
  longestSentence,
  sentencesOf,
  wordsInCapitals,
} from '../../scripts/checks/easy-read.ts';
import { sentencesIn, wordsIn } from '../../scripts/checks/readability.ts';

/** A built Easy Read page with the given rows inside its <main>. */
const page = (rows: string, attrs = 'data-easy-read') =>
  `<html><body><main><nav><a href="/">Home</a></nav><article ${attrs}><h1>How to complain</h1>${rows}</article>` +
  `<aside class="yv-page-meta"><p>Last reviewed: a long line about where each fact on this page comes from and who checked it.</p></aside></main></body></html>`;
const row = (words: string, picture = '<img class="yv-er-row__picture" src="/_astro/phone.abc.svg" alt="">') =>
  `<div class="yv-er-row">${picture}<div class="yv-er-row__words">${words}</div></div>`;

test('sentences are split and their words counted exactly as the readability check counts them', () => {
  const blocks = ['It meets at 5.30pm. Come along!', 'Call us: We can help.'];
  const expected = blocks.flatMap((b) => sentencesIn(b)).map((s) => wordsIn(s).length);
  assert.deepEqual(
    sentencesOf(blocks).map((s) => s.words),
    expected,
  );
  assert.deepEqual(sentencesOf(blocks), [
    { text: 'It meets at 5.30pm.', words: 5 },
    { text: 'Come along!', words: 2 },
    { text: 'Call us', words: 2 },
    { text: 'We can help.', words: 3 },
  ]);
});

test('longestSentence finds the first of the longest, and nothing in no text', () => {
  assert.deepEqual(longestSentence(['One two.', 'One two three. Four five six.']), {
    text: 'One two three.',
    words: 3,
  });
  assert.equal(longestSentence([]), undefined);
});

test('words in capitals are found, abbreviations readers know are not', () => {
  assert.deepEqual(wordsInCapitals(['Call NOW, or ask your PA.', 'Join #BOP or CPOG.', 'I can. A4 paper.']), ['NOW']);
  for (const word of ['PA', 'BOP', 'CPOG']) assert.ok(abbreviations.has(word));
});

test('a page that keeps every limit has no problems, and its figures are reported', () => {
  const report = checkEasyRead(
    page(row('<p>Call the Complaints Officer. They can help you.</p>') + row('<p>It is <strong>free</strong>.</p>')),
  );
  assert.deepEqual(report.problems, []);
  assert.equal(report.rows, 2);
  assert.ok(report.grade <= easyReadLimits.grade, `grade ${report.grade}`);
  assert.deepEqual(report.longest, { text: 'Call the Complaints Officer.', words: 4 });
});

test('the page metadata and navigation are not reading text, as in the readability check', () => {
  // The metadata's sentence above is over 15 words: it must not count. The h1 is the longest sentence left.
  const report = checkEasyRead(page(row('<p>Call us.</p>')));
  assert.deepEqual(report.longest, { text: 'How to complain', words: 3 });
  assert.deepEqual(report.problems, []);
});

test('each limit an Easy Read page breaks is named', () => {
  const sixteen = 'You can ask the council for help when you are not happy with care you get.';
  assert.equal(wordsIn(sixteen).length, 16);
  const report = checkEasyRead(
    page(
      row(`<p>${sixteen}</p>`) +
        row('<p>Call us.</p>', '') +
        row('<p>It is <em>free</em>.</p>') +
        row('<p><strong>Call the council on this number today please</strong>.</p>') +
        row('<p>Call us NOW.</p>'),
    ),
  );
  const problems = report.problems.join('\n');
  assert.match(problems, /16 words \(at most 15\)/);
  assert.match(problems, /a row has no picture: "Call us\."/);
  assert.match(problems, /italics \(<em>\): "free"/);
  assert.match(problems, /bold for 8 words/);
  assert.match(problems, /a word in capitals: "NOW"/);
});

test('a hard page is over grade 3', () => {
  const report = checkEasyRead(
    page(
      row('<p>Representations regarding independent advocacy provision are considered by the commissioning team.</p>'),
    ),
  );
  assert.ok(report.grade > easyReadLimits.grade);
  assert.match(report.problems.join('\n'), /grade .* is above 3/);
});

test('a page with no rows, or not marked Easy Read, is a problem', () => {
  assert.match(checkEasyRead(page('<p>Only words.</p>')).problems.join('\n'), /no rows/);
  assert.match(checkEasyRead(page(row('<p>Hi.</p>'), 'class="x"')).problems.join('\n'), /no element marked/);
  assert.equal(isEasyReadPage(page('')), true);
  assert.equal(isEasyReadPage('<main><article><p>Standard.</p></article></main>'), false);
});

test('easyReadPath puts every Easy Read page under /easy-read/', () => {
  assert.equal(easyReadPath('index'), '/easy-read/');
  assert.equal(easyReadPath('how-to-complain'), '/easy-read/how-to-complain/');
});
