// How hard a page is to read: sentence, word and syllable counts and the Flesch–Kincaid grade.
// Pure string functions (no DOM), so the build check and the unit tests share them.
//
// Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
// A US school grade: grade 6 is a reading age of about 11 to 12.

export type TextStats = { sentences: number; words: number; syllables: number };

const WORD = /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*/g;

/** Syllables in one word, by counting vowel groups with the usual English corrections. Digits count as 1. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[’']/g, '').replace(/[^a-z]/g, '');
  if (w.length === 0) return /\d/.test(word) ? 1 : 0;
  if (w.length <= 3) return 1;
  // A final e is silent (make, care), and so is the e of -es and -ed after most consonants; but "-le" after a
  // consonant is a syllable of its own (table, simple).
  const trimmed = (/[^aeiouy]le$/.test(w) ? w : w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|e)$/, (m) => (m.length > 1 ? m.charAt(0) : '')))
    .replace(/^y/, ''); // a leading y is a consonant
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 0);
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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'caption', 'summary', 'div', 'section',
  'article', 'blockquote', 'br', 'tr', 'figcaption', 'label', 'legend', 'button', 'ul', 'ol', 'dl', 'table', 'details',
  'header', 'footer', 'aside', 'form', 'fieldset', 'main',
]);
const RAW = new Set(['script', 'style', 'template', 'noscript']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', hellip: '…' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/**
 * Why an element's text is left out of the grade: contact blocks and other marked blocks
 * (`data-readability-skip`), the glossary list (`data-glossary`), navigation, hidden elements, and the
 * "Last reviewed / sources" box under each page (metadata, not reading text).
 */
function isSkipped(tag: string, attrs: string): boolean {
  if (tag === 'nav') return true;
  if (/(?:^|\s)(?:data-readability-skip|data-glossary|hidden)(?:[\s=]|$)/.test(attrs)) return true;
  return /\bclass=["']?[^"'>]*\byv-page-meta\b/.test(attrs);
}

/** The reading text of a page's `<main>`, as blocks (paragraphs, list items, headings, cells), skipped parts removed. */
export function mainTextBlocks(html: string): string[] {
  const start = html.search(/<main[\s>]/i);
  const end = html.search(/<\/main>/i);
  const source = start >= 0 ? html.slice(start, end > start ? end + 7 : undefined) : html;
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    buffer = '';
  };
  const stack: { tag: string; skip: boolean }[] = [];
  let skipDepth = 0;
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(source))) {
    const [, slash, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      if (skipDepth === 0) buffer += text;
      continue;
    }
    if (!rawTag) continue; // comment
    const tag = rawTag.toLowerCase();
    if (!slash && RAW.has(tag)) {
      const close = source.toLowerCase().indexOf(`</${tag}`, token.lastIndex);
      token.lastIndex = close < 0 ? source.length : close;
      continue;
    }
    if (BLOCK.has(tag) && skipDepth === 0) flush();
    if (slash) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at < 0) continue;
      for (const closed of stack.splice(at)) if (closed.skip) skipDepth -= 1;
      continue;
    }
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) continue;
    const skip = isSkipped(tag, attrs);
    if (skip) skipDepth += 1;
    stack.push({ tag, skip });
  }
  flush();
  return blocks;
}
