// Listen's speech code, loaded by address (src/pages/listen.js.ts) the first time a Listen button is pressed, with its
// styles (src/styles/listen.css). It reads with the browser's speechSynthesis and a voice of the device itself, one
// sentence at a time, so the sentence on screen is always the one being said: highlighted with the focus colours
// (the CSS Custom Highlight API, or the sentence's block where a browser has none) and kept in view, between the
// sticky header and the player. It never moves focus. Nothing is sent or stored: the words go to the device's voice.
// It stops when asked, at the end, when the page is hidden or left (and "Exit this page" cancels speech itself
// before leaving), and when what it reads changes or goes (a new step of the stage tool, an edited letter).
import { localEnglishVoice, spokenWord, utterances, type PageTree, type Utterance } from '../lib/listen.ts';
import type { ListenParts } from './listen-control.ts';

/** The page as src/lib/listen.ts reads it: what shows on screen, from the styles the browser worked out. */
const screenTree: PageTree<Node> = {
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : null),
  tag: (node) => (node instanceof Element ? node.localName : ''),
  attribute: (node, name) => (node instanceof Element ? node.getAttribute(name) : null),
  children: (node) => node.childNodes,
  display(node) {
    if (!(node instanceof HTMLElement)) return 'inline';
    const style = getComputedStyle(node);
    if (node.hidden || style.display === 'none' || style.visibility !== 'visible') return 'none';
    // Visually hidden words (yv-visually-hidden) are for screen readers: Listen says what the screen shows.
    if (style.position === 'absolute' && node.offsetWidth <= 1 && node.offsetHeight <= 1) return 'none';
    return /^(inline|contents)/.test(style.display) ? 'inline' : 'block';
  },
};

type Player = ListenParts & {
  label: string;
  stop: HTMLButtonElement;
  slower: HTMLButtonElement;
  /** Keeps the control's place on the page while it sits at the foot of the screen. */
  place: HTMLElement;
  /** The letter as it is read, for a control that reads a text box. */
  box: HTMLElement | null;
};
type Reading = {
  player: Player;
  sentences: Utterance<Node>[];
  index: number;
  paused: boolean;
  voice: SpeechSynthesisVoice;
  /** The utterance being said: events from any other (a cancelled one) are ignored. */
  saying: SpeechSynthesisUtterance | null;
};

const synth = window.speechSynthesis;
const players = new WeakMap<HTMLElement, Player>();
let reading: Reading | null = null;
const marks = 'highlights' in CSS && typeof Highlight === 'function';
let markedBlock: Element | null = null;

const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = new URL('listen.css', import.meta.url).href;
const stylesLoaded = new Promise((done) => {
  styles.onload = styles.onerror = done;
});
document.head.append(styles);

function button(host: HTMLElement, text: string, before: Node | null): HTMLButtonElement {
  const made = host.insertBefore(document.createElement('button'), before);
  made.type = 'button';
  made.className = 'yv-button yv-button--secondary';
  made.textContent = text;
  made.hidden = true;
  return made;
}

function playerOf(parts: ListenParts): Player {
  let player = players.get(parts.host);
  if (player) return player;
  const { host, play, source } = parts;
  // While reading, its buttons are named as the Listen group: "Pause", "Stop", "Slower".
  host.setAttribute('role', 'group');
  host.setAttribute('aria-label', 'Listen');
  const stop = button(host, 'Stop', play.nextSibling);
  const slower = button(host, 'Slower', stop.nextSibling);
  slower.setAttribute('aria-pressed', 'false');
  const place = document.createElement('div');
  place.hidden = true;
  host.before(place);
  const box = source instanceof HTMLTextAreaElement ? document.createElement('div') : null;
  if (box) {
    box.className = 'yv-listen__text';
    box.hidden = true;
    host.after(box);
  }
  player = { ...parts, label: play.textContent ?? '', stop, slower, place, box };
  stop.addEventListener('click', () => stopReading());
  slower.addEventListener('click', () => {
    slower.setAttribute('aria-pressed', String(slower.getAttribute('aria-pressed') !== 'true'));
    // Say the sentence again at the new speed.
    if (reading?.player === player && !reading.paused) say(reading, true);
  });
  players.set(host, player);
  return player;
}

/** The Listen button: start reading, or pause and resume what this control is reading. */
export async function press(parts: ListenParts): Promise<void> {
  await stylesLoaded;
  const player = playerOf(parts);
  if (reading?.player === player) {
    if (reading.paused) {
      reading.paused = false;
      show(player, 'playing');
      say(reading, true);
    } else {
      // Pausing cancels and resuming says the sentence again from its start: pause() and resume() do not work in
      // every browser (Chrome on Android stops for good), and a sentence is short.
      reading.paused = true;
      reading.saying = null;
      synth.cancel();
      show(player, 'paused');
    }
    return;
  }
  stopReading();
  const voice = localEnglishVoice(synth.getVoices());
  if (!voice) return;
  let root: Node = parts.source;
  if (player.box && parts.source instanceof HTMLTextAreaElement) {
    // A text box's words are not on the page as text: a copy of the letter, line by line, is read and highlighted.
    player.box.replaceChildren(
      ...parts.source.value.split('\n').map((line) => {
        const p = document.createElement('p');
        p.textContent = line;
        return p;
      }),
    );
    player.box.hidden = false;
    root = player.box;
  }
  const sentences = utterances(root, screenTree);
  if (sentences.length === 0) return stopReading(player);
  reading = { player, sentences, index: 0, paused: false, voice, saying: null };
  show(player, 'playing');
  watch(player, true);
  say(reading);
}

/** Says the current sentence (again from its start, cutting off what is being said), marks it and keeps it in view. */
function say(now: Reading, again = false) {
  const sentence = now.sentences[now.index]!;
  if (!sentence.block.isConnected) return stopReading();
  const utterance = new SpeechSynthesisUtterance(sentence.spoken);
  utterance.voice = now.voice;
  utterance.lang = now.voice.lang;
  utterance.rate = now.player.slower.getAttribute('aria-pressed') === 'true' ? 0.7 : 1;
  const current = () => reading === now && now.saying === utterance;
  utterance.onstart = () => current() && mark(sentence);
  utterance.onboundary = (event) => current() && mark(sentence, event.charIndex);
  utterance.onend = () => {
    if (!current()) return;
    now.index += 1;
    if (now.index < now.sentences.length) say(now);
    else stopReading();
  };
  // A cancelled utterance reports an error too; those are ours. Any other error stops the reading.
  utterance.onerror = () => current() && stopReading();
  now.saying = utterance;
  if (again) synth.cancel();
  synth.speak(utterance);
  mark(sentence);
}

function rangeOf(sentence: Utterance<Node>, from = 0, to = sentence.written.length): Range {
  const range = document.createRange();
  const start = sentence.places[from]!;
  const last = sentence.places[to - 1]!;
  range.setStart(start.node, start.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** Highlights the sentence (and the word a boundary event names), and scrolls it into view if it is not. */
function mark(sentence: Utterance<Node>, charIndex?: number) {
  const range = rangeOf(sentence);
  if (marks) {
    CSS.highlights.set('yv-listen', new Highlight(range));
    const word = charIndex === undefined ? null : spokenWord(sentence, charIndex);
    if (word) CSS.highlights.set('yv-listen-word', new Highlight(rangeOf(sentence, word.from, word.to)));
    else CSS.highlights.delete('yv-listen-word');
  } else if (markedBlock !== sentence.block) {
    unmark();
    markedBlock = sentence.block as Element;
    markedBlock.setAttribute('data-yv-listen-reading', '');
  }
  if (charIndex === undefined) keepInView(range);
}

function unmark() {
  if (marks) CSS.highlights.clear();
  markedBlock?.removeAttribute('data-yv-listen-reading');
  markedBlock = null;
}

/** The sentence between the sticky header (on phones) and the player at the foot of the screen, or scrolled there. */
function keepInView(range: Range) {
  const box = range.getBoundingClientRect();
  const header = document.querySelector('header');
  const top =
    header && /sticky|fixed/.test(getComputedStyle(header).position) ? header.getBoundingClientRect().bottom : 0;
  const bar = reading?.player.host;
  const bottom = bar && getComputedStyle(bar).position === 'fixed' ? bar.getBoundingClientRect().top : innerHeight;
  if (box.top >= top && box.bottom <= bottom) return;
  scrollBy(0, box.top - top - Math.max(0, (bottom - top - box.height) / 4));
}

function show(player: Player, state: 'playing' | 'paused' | null) {
  const { host, place, play, stop, slower } = player;
  // The control leaves its place for the foot of the screen: the place keeps its height, so nothing moves.
  if (state && !host.dataset['state']) place.style.height = `${host.offsetHeight}px`;
  place.hidden = !state;
  if (state) host.dataset['state'] = state;
  else delete host.dataset['state'];
  play.textContent = state === 'playing' ? 'Pause' : state === 'paused' ? 'Resume' : player.label;
  // A button that goes away must not take the keyboard's place with it.
  if (!state && (stop.contains(document.activeElement) || slower.contains(document.activeElement))) play.focus();
  stop.hidden = slower.hidden = !state;
}

function stopReading(player = reading?.player) {
  reading = null;
  synth.cancel();
  unmark();
  if (!player) return;
  watch(player, false);
  show(player, null);
  if (player.box) {
    player.box.hidden = true;
    player.box.replaceChildren();
  }
}

const stopWhenHidden = () => document.visibilityState === 'hidden' && stopReading();
const stopOnEdit = () => stopReading();
const changes = new MutationObserver(() => {
  // A step swapped in or hidden, or this control hidden with its step: what was being read is gone.
  if (reading && (!reading.player.host.getClientRects().length || !reading.sentences[reading.index]!.block.isConnected))
    stopReading();
});

function watch(player: Player, on: boolean) {
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('pagehide', stopOnEdit);
  document[method]('visibilitychange', stopWhenHidden);
  // The letter is read from a copy: typing in the letter ends the reading.
  if (player.box) player.source[method]('input', stopOnEdit);
  if (on)
    changes.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
  else changes.disconnect();
}
