// Listen: what the device's own voice reads, and how. Pure: the browser code (src/enhance/listen-*.ts) hands in the
// page through the small PageTree interface, the unit tests a parsed HTML tree, so the same rules run in both.
// - the voice: only one on the device (localService), English, en-GB first;
// - what is read: the main content in reading order, block by block (headings, paragraphs, list items, table cells),
//   never menus, buttons, form fields or anything hidden on screen (print-only text is display: none there);
// - how it is said: each sentence is one utterance; a phone number digit by digit in its groups, an email address
//   with "at" and "dot", a time like 5.30pm as "5 30 pm".

/** The part of a SpeechSynthesisVoice that choosing one needs. */
export type VoiceLike = { readonly lang: string; readonly localService: boolean; readonly default?: boolean };

/** English voices from the best match down: British English, its variants (en-GB-scotland), any other English. */
const englishRank = (lang: string): number => (/^en[-_]gb$/i.test(lang) ? 0 : /^en[-_]gb[-_]/i.test(lang) ? 1 : 2);

/** A voice of the device itself (never one a server speaks: some browsers offer those, and send the text away), in
 * English. Where a browser has none, Listen is not offered. */
export const isLocalEnglish = (voice: VoiceLike): boolean => voice.localService && /^en([-_]|$)/i.test(voice.lang);

/** The voice Listen speaks with: a local English voice, en-GB first, the device's default among equals. */
export function localEnglishVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  let best: V | undefined;
  let bestRank = 9;
  for (const voice of voices) {
    if (!isLocalEnglish(voice)) continue;
    const rank = englishRank(voice.lang) * 2 + (voice.default ? 0 : 1);
    if (rank < bestRank) [best, bestRank] = [voice, rank];
  }
  return best;
}

/** A phone number as people say one: digit by digit, a pause between groups. "020 8359 7008" -> "0 2 0, 8 3 5 9, 7 0 0 8". */
export function spokenPhone(written: string): string {
  return written
    .trim()
    .split(/\s+/)
    .map((group) => [...group.replace(/\D/g, '')].join(' '))
    .filter(Boolean)
    .join(', ');
}

/** A UK number as the site writes it (src/lib/phone.ts): groups of digits starting with 0. */
const writtenPhone = /(?<!\d)0\d{2,4}(?: \d{3,6}){1,2}(?!\d)/g;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const clockTime = /\b(\d{1,2})[.:](\d{2}) ?([ap]m)\b/gi;

/** One piece of spoken text and the characters of the written text it stands for. */
type Piece = { spoken: string; from: number; to: number };

/** Splits written text into pieces, each said as written or, for contact details and times, as people say them. */
function spokenPieces(written: string, phones: readonly (readonly [number, number])[] = []): Piece[] {
  const found: Piece[] = phones.map(([from, to]) => ({ spoken: spokenPhone(written.slice(from, to)), from, to }));
  const add = (pattern: RegExp, say: (...match: string[]) => string) => {
    for (const match of written.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (!found.some((piece) => from < piece.to && to > piece.from)) found.push({ spoken: say(...match), from, to });
    }
  };
  add(writtenPhone, spokenPhone);
  add(email, (address) => address.replace('@', ' at ').replace(/\./g, ' dot '));
  add(clockTime, (_, hours, minutes, half) => `${hours} ${minutes} ${half}`);
  found.sort((a, b) => a.from - b.from);
  const pieces: Piece[] = [];
  let at = 0;
  for (const piece of found) {
    if (piece.from > at) pieces.push({ spoken: written.slice(at, piece.from), from: at, to: piece.from });
    pieces.push(piece);
    at = piece.to;
  }
  if (at < written.length) pieces.push({ spoken: written.slice(at), from: at, to: written.length });
  return pieces;
}

/**
 * Written text as it is to be said, with, for each spoken character, the written characters it stands for (`[i, i+1]`
 * for a character said as written, the whole phone number for each of its spoken digits).
 */
export function spokenText(
  written: string,
  phones: readonly (readonly [number, number])[] = [],
): { spoken: string; writtenAt: [number, number][] } {
  let spoken = '';
  const writtenAt: [number, number][] = [];
  for (const piece of spokenPieces(written, phones)) {
    const same = piece.spoken === written.slice(piece.from, piece.to);
    for (let i = 0; i < piece.spoken.length; i += 1)
      writtenAt.push(same ? [piece.from + i, piece.from + i + 1] : [piece.from, piece.to]);
    spoken += piece.spoken;
  }
  return { spoken, writtenAt };
}

/** Where sentences start and end in a block's text, by the language's own rules where the engine has them. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const add = (from: number, to: number) => {
    const part = text.slice(from, to);
    const start = from + part.length - part.trimStart().length;
    const end = from + part.trimEnd().length;
    // A sentence has at least one letter or digit: a lone "•" or "–" is not read.
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push([start, end]);
  };
  if (typeof Intl.Segmenter === 'function') {
    for (const { index, segment } of new Intl.Segmenter('en-GB', { granularity: 'sentence' }).segment(text))
      add(index, index + segment.length);
  } else {
    let from = 0;
    for (const match of text.matchAll(/[.!?]+["')\]]*\s+/g)) {
      add(from, match.index + match[0].length);
      from = match.index + match[0].length;
    }
    add(from, text.length);
  }
  return spans;
}

/** How the reader meets a page: the browser passes DOM nodes, the tests a parsed HTML tree. */
export interface PageTree<N> {
  /** The text of a text node; null for an element (and anything else). */
  text(node: N): string | null;
  /** An element's name in lower case. */
  tag(node: N): string;
  attribute(node: N, name: string): string | null;
  children(node: N): Iterable<N>;
  /** How an element shows on screen: not at all (hidden, print-only, visually hidden), as a block, or in a line. */
  display(node: N): 'none' | 'block' | 'inline';
}

/** A point in the written text: a text node and the offset in it. */
export type Place<N> = { node: N; offset: number };

/** One sentence to say: what it says on screen, what the voice says, and where it is on the page. */
export type Utterance<N> = {
  written: string;
  spoken: string;
  /** For each character of `spoken`, the characters of `written` it stands for (a boundary event's charIndex → a word). */
  writtenAt: [number, number][];
  /** Each written character's place on the page, and the place just after the last. */
  places: Place<N>[];
  /** The block the sentence is in: what is kept in view, and highlighted where a browser cannot mark a sentence. */
  block: N;
};

/** Never read: menus, the controls of forms and of Listen itself, code and pictures. Their labels are read. */
const unread = new Set([
  'nav',
  'button',
  'input',
  'select',
  'textarea',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'object',
  'yv-listen',
]);
/** Line breaks and rules end a block's text as a new block would. */
const breaks = new Set(['br', 'hr']);

/** Every sentence of `root` in reading order, ready to say. */
export function utterances<N>(root: N, tree: PageTree<N>): Utterance<N>[] {
  const found: Utterance<N>[] = [];
  let text = '';
  let places: Place<N>[] = [];
  let phones: [number, number][] = [];
  let block = root;

  const flush = () => {
    for (const [from, to] of sentenceSpans(text)) {
      const written = text.slice(from, to);
      const inside = phones
        .filter(([start, end]) => start >= from && end <= to)
        .map(([start, end]) => [start - from, end - from] as [number, number]);
      const { spoken, writtenAt } = spokenText(written, inside);
      const last = places[to - 1]!;
      found.push({
        written,
        spoken,
        writtenAt,
        places: [...places.slice(from, to), { node: last.node, offset: last.offset + 1 }],
        block,
      });
    }
    text = '';
    places = [];
    phones = [];
  };

  const walk = (node: N) => {
    const data = tree.text(node);
    if (data !== null) {
      let offset = 0;
      for (const char of data) {
        const space = /\s/.test(char);
        // Runs of white space are one space, and none at the start of a block, as on screen.
        if (!space || (text && !text.endsWith(' '))) {
          text += space ? ' ' : char;
          // One place per UTF-16 unit, as text indexes count them (an emoji is two).
          for (let unit = 0; unit < (space ? 1 : char.length); unit += 1) places.push({ node, offset: offset + unit });
        }
        offset += char.length;
      }
      return;
    }
    const tag = tree.tag(node);
    if (unread.has(tag) || tree.attribute(node, 'aria-hidden') === 'true') return;
    const display = tree.display(node);
    if (display === 'none') return;
    if (breaks.has(tag)) return flush();
    const isBlock = display === 'block';
    const outer = block;
    if (isBlock) {
      flush();
      block = node;
    }
    const phoneFrom = text.length;
    const isPhone = tag === 'a' && /^tel:/i.test(tree.attribute(node, 'href') ?? '');
    // A closed <details> shows only its summary.
    const closed = tag === 'details' && tree.attribute(node, 'open') === null;
    for (const child of tree.children(node)) {
      if (closed && (tree.text(child) !== null || tree.tag(child) !== 'summary')) continue;
      walk(child);
    }
    if (isPhone) {
      const from = phoneFrom + (text[phoneFrom] === ' ' ? 1 : 0);
      const to = text.trimEnd().length;
      if (to > from) phones.push([from, to]);
    }
    if (isBlock) {
      flush();
      block = outer;
    }
  };

  walk(root);
  flush();
  return found;
}

/** The written word a boundary event's charIndex points at (a phone number is one word), or null past the end. */
export function spokenWord(
  utterance: Pick<Utterance<unknown>, 'spoken' | 'writtenAt'>,
  charIndex: number,
): { from: number; to: number } | null {
  const { spoken, writtenAt } = utterance;
  if (!(charIndex >= 0 && charIndex < spoken.length)) return null;
  let end = charIndex;
  while (end < spoken.length && !/\s/.test(spoken[end]!)) end += 1;
  const from = writtenAt[charIndex]![0];
  let to = from;
  for (let i = charIndex; i < end; i += 1) to = Math.max(to, writtenAt[i]![1]);
  return to > from ? { from, to } : null;
}
