// The names an Easy Read page's markup shares with its check (scripts/checks/easy-read.ts), the limits it is held
// to, and its address. Pure: no DOM, no Astro.

export const easyReadLimits = {
  /** Words in one sentence, at most (EASY-READ.md: aim for 10, never more than 15). */
  sentenceWords: 15,
  /** Flesch–Kincaid grade of the page's main text, at most. */
  grade: 3,
  /** Words in one bold phrase, at most: bold is for a few key words, never a whole sentence. */
  boldWords: 6,
} as const;

/** Abbreviations readers hear said as letters or as a word; any other word in capitals is shouting. */
export const abbreviations: ReadonlySet<string> = new Set(['PA', 'PAs', 'BOP', 'CPOG', 'NSPCC', 'A4', 'QR']);

/** The attribute that marks an Easy Read page's content (on its <article>). */
export const EASY_READ_ATTRIBUTE = 'data-easy-read';
/** A row: one idea, a picture on the left and the words on the right. */
export const ROW_CLASS = 'yv-er-row';
export const PICTURE_CLASS = 'yv-er-row__picture';

/** The site path of an Easy Read page: 'index' is the Easy Read start page, '/easy-read/'. */
export function easyReadPath(id: string): string {
  return id === 'index' ? '/easy-read/' : `/easy-read/${id.replace(/\/index$/, '')}/`;
}
