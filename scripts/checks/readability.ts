// How hard a page is to read: sentence, word and syllable counts and the Flesch–Kincaid grade.
// Pure functions (no DOM), so the build check and the unit tests share them. Pages are read with src/lib/html.ts.
//
// Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
// A US school grade: grade 6 is a reading age of about 11 to 12.

import { syllable } from 'syllable';
import { attributes, elements, parseHtml, type Element, type Root } from '../../src/lib/html.ts';

export type TextStats = { sentences: number; words: number; syllables: number };

const WORD = /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*/g;

/** Syllables in one word, from the maintained `syllable` package (its rules and exceptions for English). A number
 * counts as 1, as the package finds none in digits. */
export function countSyllables(word: string): number {
  if (!/[a-z]/i.test(word)) return /\d/.test(word) ? 1 : 0;
  return Math.max(1, syllable(word));
}

/** Every word in the text: letters or digits, with inner apostrophes and hyphens. */
export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences in one block of text. A block (a paragraph, list item or heading) is always at least one sentence. */
export function sentencesIn(block: string): string[] {
  return block
    .split(/(?<=[.!?])\s+(?=\S)|[;:]\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => wordsIn(s).length > 0);
}

/** Counts over blocks of text (each a paragraph, heading, list item or table cell). */
export function textStats(blocks: readonly string[]): TextStats {
  const stats: TextStats = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    for (const sentence of sentencesIn(block)) {
      const words = wordsIn(sentence);
      stats.sentences += 1;
      stats.words += words.length;
      stats.syllables += words.reduce((sum, word) => sum + countSyllables(word), 0);
    }
  }
  return stats;
}

/** The Flesch–Kincaid grade, to 1 decimal place; 0 for text with no words. */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  const grade = 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
  return Math.round(grade * 10) / 10;
}

/** The grade of some plain text blocks. */
export function gradeOf(blocks: readonly string[] | string): number {
  return fleschKincaidGrade(textStats(typeof blocks === 'string' ? [blocks] : blocks));
}

// --- Reading the main text out of a built HTML page --------------------------------------------------------------

const BLOCK = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
  'summary',
  'div',
  'section',
  'article',
  'blockquote',
  'br',
  'tr',
  'figcaption',
  'label',
  'legend',
  'button',
  'ul',
  'ol',
  'dl',
  'table',
  'details',
  'header',
  'footer',
  'aside',
  'form',
  'fieldset',
  'main',
]);
const RAW = new Set(['script', 'style', 'template', 'noscript']);

/** Navigation, code, hidden elements, and where a page says its facts come from (the "Last reviewed / sources" box
 * under each page, and the stage tool's "Where these times come from"): never the page's own reading text. */
function isNotBodyText(element: Element): boolean {
  if (element.tagName === 'nav' || RAW.has(element.tagName)) return true;
  const attrs = attributes(element);
  if (attrs.has('hidden')) return true;
  const classes = (attrs.get('class') ?? '').split(' ');
  return classes.includes('yv-page-meta') || classes.includes('yv-sf-sources');
}

/**
 * Why an element's text is left out of the grade: what is not body text, and contact blocks and other marked blocks
 * (`data-readability-skip`) and the glossary list (`data-glossary`), which are lists of names and numbers.
 */
function isSkipped(element: Element): boolean {
  if (isNotBodyText(element)) return true;
  const attrs = attributes(element);
  return attrs.has('data-readability-skip') || attrs.has('data-glossary');
}

/** The reading text of a page's `<main>`, as blocks (paragraphs, list items, headings, cells), skipped parts removed. */
export function mainTextBlocks(html: string): string[] {
  return textBlocks(html, isSkipped);
}

/** All the body text of a page's `<main>`, contact blocks included: what a reader reads, wherever it sits. */
export function bodyTextBlocks(html: string): string[] {
  return textBlocks(html, isNotBodyText);
}

/**
 * A sentence about where the words came from ("The council's page does not give a link"), instead of what the reader
 * can do. To a young person the site is the council's page: a gap is said as a thing to do, and the source is named
 * in "Where this comes from".
 */
export const aboutTheSource =
  /\bcouncil['’]?s (own )?(web )?pages?\b|\bits page\b|\bthe source\b|\b(does|do) not (give|say|list)\b|\bnot given\b|\bno link\b|\bwe do not have\b/i;

/** Every different sentence of the body text that talks about the source. */
export function sentencesAboutTheSource(html: string): string[] {
  return [...new Set(bodyTextBlocks(html).flatMap(sentencesIn))].filter((sentence) => aboutTheSource.test(sentence));
}

function textBlocks(html: string, skip: (element: Element) => boolean): string[] {
  const tree = parseHtml(html);
  const main = elements(tree).find((element) => element.tagName === 'main') ?? tree;
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    buffer = '';
  };
  const read = (node: Root | Element | Root['children'][number]) => {
    if (node.type === 'text') buffer += node.value;
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (skip(node)) return;
      if (BLOCK.has(node.tagName)) flush();
    }
    for (const child of node.children) read(child);
    if (node.type === 'element' && BLOCK.has(node.tagName)) flush();
  };
  read(main);
  flush();
  return blocks;
}
