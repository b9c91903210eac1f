// The limits an Easy Read page is held to, checked on the built HTML: every row has a picture, no sentence over 15
// words, a Flesch–Kincaid grade of 3 or below, no italics, bold for a few words only, no words in capitals but
// abbreviations. Sentences and the grade are counted exactly as the readability check counts them
// (./readability.ts: the same blocks of the page's main text, the same sentence splitting).
// Pure: no DOM, no Astro. Used by the readability check, the Easy Read browser test and the unit tests.
import { attributes, elements, parseHtml, textOf, type Element } from '../../src/lib/html.ts';
import {
  EASY_READ_ATTRIBUTE,
  PICTURE_CLASS,
  ROW_CLASS,
  abbreviations,
  easyReadLimits,
} from '../../src/lib/easy-read.ts';
import { fleschKincaidGrade, mainTextBlocks, sentencesIn, textStats, wordsIn } from './readability.ts';

export type Sentence = { text: string; words: number };

/** Every sentence in the blocks, with its number of words, counted as the readability check counts them. */
export function sentencesOf(blocks: readonly string[]): Sentence[] {
  return blocks.flatMap((block) => sentencesIn(block).map((text) => ({ text, words: wordsIn(text).length })));
}

/** The longest sentence (the first of the longest, if several are as long). */
export function longestSentence(blocks: readonly string[]): Sentence | undefined {
  return sentencesOf(blocks).reduce<Sentence | undefined>(
    (longest, sentence) => (!longest || sentence.words > longest.words ? sentence : longest),
    undefined,
  );
}

/** Words written in capitals (two or more capital letters) that are not known abbreviations. */
export function wordsInCapitals(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    wordsIn(block).filter(
      (word) => /[A-Z].*[A-Z]/.test(word) && word === word.toUpperCase() && !abbreviations.has(word),
    ),
  );
}

/** Whether a built page is an Easy Read page. */
export function isEasyReadPage(html: string): boolean {
  return elements(parseHtml(html)).some((element) => attributes(element).has(EASY_READ_ATTRIBUTE));
}

const hasClass = (element: Element, name: string) =>
  (attributes(element).get('class') ?? '').split(/\s+/).includes(name);

export type EasyReadReport = {
  grade: number;
  sentences: number;
  words: number;
  longest: Sentence | undefined;
  rows: number;
  /** Each way the page breaks a limit, in words a content author can act on; empty when it keeps them all. */
  problems: string[];
};

/** An Easy Read page's figures, and every limit it breaks. */
export function checkEasyRead(html: string): EasyReadReport {
  const tree = parseHtml(html);
  const all = elements(tree);
  const content = all.find((element) => attributes(element).has(EASY_READ_ATTRIBUTE));
  const problems: string[] = [];
  if (!content) problems.push(`no element marked ${EASY_READ_ATTRIBUTE}`);
  const inContent = content ? elements(content) : [];

  const blocks = mainTextBlocks(html);
  const stats = textStats(blocks);
  const grade = fleschKincaidGrade(stats);
  const sentences = sentencesOf(blocks);
  if (grade > easyReadLimits.grade) problems.push(`grade ${grade} is above ${easyReadLimits.grade}`);
  for (const sentence of sentences.filter((s) => s.words > easyReadLimits.sentenceWords))
    problems.push(`${sentence.words} words (at most ${easyReadLimits.sentenceWords}): "${sentence.text}"`);

  const rows = inContent.filter((element) => hasClass(element, ROW_CLASS));
  if (content && rows.length === 0) problems.push('no rows (a picture beside each idea)');
  for (const row of rows) {
    const picture = elements(row).find((element) => element.tagName === 'img' && hasClass(element, PICTURE_CLASS));
    if (!picture || !attributes(picture).get('src'))
      problems.push(`a row has no picture: "${textOf(row).trim().slice(0, 60)}"`);
  }

  for (const element of inContent.filter((e) => e.tagName === 'em' || e.tagName === 'i' || e.tagName === 'cite'))
    problems.push(`italics (<${element.tagName}>): "${textOf(element).trim()}"`);
  for (const element of inContent.filter((e) => e.tagName === 'strong' || e.tagName === 'b')) {
    const words = wordsIn(textOf(element)).length;
    if (words > easyReadLimits.boldWords)
      problems.push(`bold for ${words} words (at most ${easyReadLimits.boldWords}): "${textOf(element).trim()}"`);
  }
  for (const word of new Set(wordsInCapitals(blocks))) problems.push(`a word in capitals: "${word}"`);

  return {
    grade,
    sentences: stats.sentences,
    words: stats.words,
    longest: longestSentence(blocks),
    rows: rows.length,
    problems,
  };
}
