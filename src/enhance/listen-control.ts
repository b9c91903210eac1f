// Listen's control, on every page (src/components/ListenControl.astro), kept tiny: it is all of Listen that a page
// loads. The <yv-listen> element looks up what it is to read first (the page's <main>, or the letter's text box named
// by data-text); only where the device has an English voice of its own does it show its button and a help link, so
// with no such voice, or no JavaScript, nothing is shown. It makes that markup itself rather than every page sending
// it, because each page's bytes count (scripts/budget.mjs) and it is JavaScript's alone. The speech code
// (src/enhance/listen.ts) loads by address the first time the button is pressed.
import { isLocalEnglish } from '../lib/listen.ts';
import { Enhancement, requireElement } from './elements.ts';

/** What the speech code is handed: the control, its button and what it reads. */
export type ListenParts = { host: HTMLElement; play: HTMLButtonElement; source: HTMLElement };

/** The site's folder, with its trailing slash ('/' or '/guide/'): the speech code is at its top. */
const base = import.meta.env.BASE_URL;
let speech: Promise<typeof import('./listen.ts')> | undefined;
// By a address only known when it runs, so the bundler adds no module-preload helper (see src/enhance/search-page.ts).
const load = (path: string): Promise<typeof import('./listen.ts')> => import(/* @vite-ignore */ path);

class ListenControl extends Enhancement<HTMLElement> {
  find(): HTMLElement {
    const text = this.dataset['text'];
    return requireElement(document, text ? `textarea#${text}` : 'main', 'Listen');
  }

  start(source: HTMLElement): void {
    const synth = window.speechSynthesis;
    const offer = () => {
      if (this.firstChild || !synth.getVoices().some(isLocalEnglish)) return;
      // Fixed markup (the label goes in as text): shorter than building it node by node, and this file is on every page.
      this.innerHTML = `<button type="button" class="yv-button yv-button--secondary"></button> <a href="${base}accessibility/#listen">Help with Listen</a>`;
      const play = this.firstElementChild as HTMLButtonElement;
      play.textContent = this.dataset['label'] ?? 'Listen to this page';
      play.onclick = () => {
        if (!speech) {
          // iPhones speak only when asked during a tap, and loading the speech code outlasts the tap: ask now, with a
          // space. Not '': Chromium on Linux (speech-dispatcher) never ends an empty utterance and then says nothing more.
          synth.speak(new SpeechSynthesisUtterance(' '));
          speech = load(`${base}listen.js`);
        }
        // If it cannot load (the phone went offline), the next press tries again.
        speech.then(
          (code) => code.press({ host: this, play, source }),
          () => (speech = undefined),
        );
      };
    };
    if (!synth) return;
    offer();
    // Some browsers find their voices only after the page has loaded.
    synth.addEventListener('voiceschanged', offer);
  }
}

customElements.define('yv-listen', ListenControl);
