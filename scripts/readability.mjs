// Reading level of every built page: the Flesch–Kincaid grade of the page's main text, leaving out contact
// blocks and other [data-readability-skip] blocks, the glossary list and navigation (see scripts/checks/readability.ts).
// Prints a table of every page and fails if any page is above grade 8. We aim for 6 or below.
// Usage: node scripts/readability.mjs [distDir]   (Node 24: it imports the TypeScript helper directly)
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaidGrade, mainTextBlocks, sentencesAboutTheSource, textStats } from './checks/readability.ts';
import { checkEasyRead, isEasyReadPage } from './checks/easy-read.ts';
import { builtPages } from '../src/integrations/built-pages.ts';
import { settings } from './settings.mjs';

export const maxGrade = 8;
export const targetGrade = 6;
/** Sentences about the source allowed in the body text of the whole site, each where it changes what the reader does. */
export const maxAboutTheSource = 8;

const dist = process.argv[2] ?? settings.distDir;

/** "/stage-1/" for stage-1/index.html, "/404.html" for 404.html. */
function pagePath(file) {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

if (!existsSync(dist)) {
  console.error(`No build at ${dist}: run "npm run build" first.`);
  process.exit(1);
}

const rows = builtPages(dist)
  .map((file) => {
    const stats = textStats(mainTextBlocks(readFileSync(join(dist, file), 'utf8')));
    return { page: pagePath(file), ...stats, grade: fleschKincaidGrade(stats) };
  })
  .sort((a, b) => a.page.localeCompare(b.page));

console.log(`Reading level (Flesch–Kincaid grade of the main text; contacts, glossary and navigation left out).`);
console.log(`Fails above grade ${maxGrade}; the aim is ${targetGrade} or below.\n`);
console.log('| page | grade | sentences | words | words per sentence | syllables per word | result |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  const result =
    r.words === 0 ? 'no text' : r.grade > maxGrade ? 'TOO HARD' : r.grade > targetGrade ? 'ok (above aim)' : 'ok';
  const wps = r.sentences ? (r.words / r.sentences).toFixed(1) : '0';
  const spw = r.words ? (r.syllables / r.words).toFixed(2) : '0';
  console.log(`| ${r.page} | ${r.grade.toFixed(1)} | ${r.sentences} | ${r.words} | ${wps} | ${spw} | ${result} |`);
}
// Sentences that talk about the source, site-wide: each different sentence once, with the pages it is on.
const aboutSource = new Map();
for (const file of builtPages(dist)) {
  for (const sentence of sentencesAboutTheSource(readFileSync(join(dist, file), 'utf8'))) {
    aboutSource.set(sentence, [...(aboutSource.get(sentence) ?? []), pagePath(file)]);
  }
}
console.log(`\nSentences about the source in the body text: ${aboutSource.size} (at most ${maxAboutTheSource}).`);
for (const [sentence, pages] of aboutSource) console.log(`- "${sentence}" (${pages.join(', ')})`);
const tooMuchSource = aboutSource.size > maxAboutTheSource;
if (tooMuchSource) console.log('Say what the reader can do instead, and list the gap in docs/open-questions.md.');

const failed = rows.filter((r) => r.grade > maxGrade);
const empty = rows.filter((r) => r.words === 0);
console.log(
  `\nreadability: ${rows.length - failed.length - empty.length} passed, ${failed.length} failed${empty.length ? `, ${empty.length} with no main text` : ''}`,
);

// Easy Read pages (and the Easy Read leaflet) are held to their own limits (scripts/checks/easy-read.ts).
const easyRead = builtPages(dist)
  .map((file) => ({ page: pagePath(file), html: readFileSync(join(dist, file), 'utf8') }))
  .filter(({ html }) => isEasyReadPage(html))
  .map(({ page, html }) => ({ page, ...checkEasyRead(html) }))
  .sort((a, b) => a.page.localeCompare(b.page));
console.log(`\nEasy Read pages: grade 3 or below, no sentence over 15 words, a picture in every row.\n`);
console.log('| page | grade | sentences | longest sentence (words) | rows | result |');
console.log('|---|---:|---:|---|---:|---|');
for (const r of easyRead) {
  const longest = r.longest ? `${r.longest.words}: "${r.longest.text}"` : '';
  console.log(
    `| ${r.page} | ${r.grade.toFixed(1)} | ${r.sentences} | ${longest} | ${r.rows} | ${r.problems.length ? 'FAILS' : 'ok'} |`,
  );
}
for (const r of easyRead.filter((r) => r.problems.length)) console.log(`\n${r.page}:\n  ${r.problems.join('\n  ')}`);
const easyReadFailed = easyRead.filter((r) => r.problems.length);
console.log(`\neasy read: ${easyRead.length - easyReadFailed.length} passed, ${easyReadFailed.length} failed`);
if (failed.length || empty.length || tooMuchSource || easyReadFailed.length || easyRead.length === 0) process.exit(1);
