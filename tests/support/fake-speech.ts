// A fake speechSynthesis for the browser tests (a Playwright init script): it speaks nothing, keeps what it was asked to
// say, and lets a test play the engine's part, firing start, boundary, end and error events when it chooses.
import type { Page } from '@playwright/test';

export type FakeVoice = { name: string; lang: string; localService: boolean; default: boolean };

/** One voice on the device (British English) and one a server speaks: Listen must choose the first. */
export const deviceAndServerVoices: FakeVoice[] = [
  { name: 'Online English (Natural)', lang: 'en-GB', localService: false, default: false },
  { name: 'Device English', lang: 'en-GB', localService: true, default: true },
];

/** What the page's fake engine tells a test. */
export type SpeechLog = {
  /** The text of every utterance started, in order (the blank one that wakes iPhones left out). */
  started: string[];
  /** The utterance being said, or null. */
  current: { text: string; rate: number; voice: string | null } | null;
  cancels: number;
  /** Whether the page was already leaving ("Exit this page" had blanked it) at the first cancel after pressing Exit. */
  leavingAtCancel: boolean[];
};

declare global {
  interface Window {
    fakeSpeech: {
      log: SpeechLog;
      boundary(charIndex: number): void;
      end(): void;
      /** Sets the voices later, as browsers that find them after loading do, and fires voiceschanged. */
      setVoices(voices: FakeVoice[]): void;
    };
  }
}

/** Installs the fake before any page script runs; with `voices: null` the browser has no speechSynthesis at all. */
export async function fakeSpeech(page: Page, voices: FakeVoice[] | null = deviceAndServerVoices): Promise<void> {
  await page.addInitScript((voices) => {
    if (voices === null) {
      // @ts-expect-error: a browser without speech synthesis
      delete window.speechSynthesis;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    class Utterance extends EventTarget {
      text: string;
      voice: FakeVoice | null = null;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      [key: string]: unknown;
      constructor(text = '') {
        super();
        this.text = text;
      }
      fire(type: string, extra: Record<string, unknown> = {}) {
        const event = Object.assign(new Event(type), { utterance: this, charIndex: 0, name: 'word' }, extra);
        (this[`on${type}`] as ((event: Event) => void) | undefined)?.call(this, event);
        this.dispatchEvent(event);
      }
    }
    let list = voices;
    let queue: Utterance[] = [];
    let started: Utterance | null = null;
    let stuck = false;
    const log: SpeechLog = { started: [], current: null, cancels: 0, leavingAtCancel: [] };
    const next = () => {
      const utterance = queue[0];
      log.current = utterance
        ? { text: utterance.text, rate: utterance.rate, voice: utterance.voice?.name ?? null }
        : null;
      if (!utterance || utterance === started) return;
      started = utterance;
      // As in Chromium with speech-dispatcher: an empty utterance never ends, and nothing is said after it, ever.
      if (!utterance.text) stuck = true;
      if (stuck) return;
      // The blank utterance a tap says to wake iPhones' speech ends at once.
      if (!utterance.text.trim()) {
        queue.shift();
        utterance.fire('end');
        return next();
      }
      log.started.push(utterance.text);
      utterance.fire('start');
    };
    const synth = new (class extends EventTarget {
      paused = false;
      get speaking() {
        return queue.length > 0;
      }
      get pending() {
        return queue.length > 1;
      }
      getVoices() {
        return list;
      }
      speak(utterance: Utterance) {
        queue.push(utterance);
        if (queue.length === 1) queueMicrotask(next);
      }
      cancel() {
        log.cancels += 1;
        const leaving = document.body?.classList.contains('yv-exiting') ?? false;
        log.leavingAtCancel.push(leaving);
        // Told to the test at once: a page that leaves takes its log with it.
        (window as unknown as { reportCancel?: (leaving: boolean) => void }).reportCancel?.(leaving);
        const gone = queue;
        queue = [];
        log.current = null;
        for (const utterance of gone) utterance.fire('error', { error: 'interrupted' });
      }
      pause() {
        this.paused = true;
      }
      resume() {
        this.paused = false;
      }
    })();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    window.fakeSpeech = {
      log,
      boundary: (charIndex) => queue[0]?.fire('boundary', { charIndex }),
      end() {
        const done = queue.shift();
        done?.fire('end');
        next();
      },
      setVoices(voices) {
        list = voices;
        synth.dispatchEvent(new Event('voiceschanged'));
      },
    };
  }, voices);
}

export const speechLog = (page: Page): Promise<SpeechLog> => page.evaluate(() => window.fakeSpeech.log);

/** Plays the engine to the end of the reading: each utterance ends, until nothing is being said. */
export async function speakToTheEnd(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    for (let i = 0; i < 2000 && window.fakeSpeech.log.current; i += 1) {
      window.fakeSpeech.end();
      await new Promise((done) => setTimeout(done, 0));
    }
    return window.fakeSpeech.log.started;
  });
}
