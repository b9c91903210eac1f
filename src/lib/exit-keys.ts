// "Exit this page" by pressing Shift 3 times, with GOV.UK Frontend's rules (its ExitThisPage component):
// - only Shift pressed on its own counts: after a modified key (Shift+Tab, Shift+A) the next Shift keyup is ignored;
// - any other key after a counted Shift resets the count, and so does a pause of 5 seconds after the last press;
// - each press says how many are left; a reset says "Exit this page expired.", and that message clears 5 seconds later.
// Pure: the browser code feeds it key-ups and timer ends, and does what it answers.

export const pressesToExit = 3;
export const timeoutMs = 5000;

export const messages = {
  twoMore: 'Shift, press 2 more times to exit.',
  oneMore: 'Shift, press 1 more time to exit.',
  expired: 'Exit this page expired.',
} as const;

export type ExitKeys = { count: number; lastKeyWasModified: boolean; counting: boolean };
export const initialExitKeys: ExitKeys = { count: 0, lastKeyWasModified: false, counting: false };

/** What the page should do after an event: say (a message, '' clears it), start the count's timer, exit. */
export type ExitKeysEffect = { say?: string; startTimer?: boolean; exit?: boolean };

/** A key was released. `shiftKey` is whether Shift was held with it (true for the key of Shift+Tab). */
export function onKeyUp(state: ExitKeys, key: string, shiftKey: boolean): [ExitKeys, ExitKeysEffect] {
  if (key === 'Shift' && !state.lastKeyWasModified) {
    const count = state.count + 1;
    if (count >= pressesToExit) return [{ count: 0, lastKeyWasModified: shiftKey, counting: false }, { exit: true }];
    return [{ count, lastKeyWasModified: shiftKey, counting: true }, { say: count === 1 ? messages.twoMore : messages.oneMore, startTimer: true }];
  }
  if (state.counting) {
    const [reset, effect] = expire(state);
    return [{ ...reset, lastKeyWasModified: shiftKey }, effect];
  }
  return [{ ...state, lastKeyWasModified: shiftKey }, {}];
}

/** The count's timer ran out (5 seconds after the last counted press), or another key broke the sequence. */
export function expire(state: ExitKeys): [ExitKeys, ExitKeysEffect] {
  return [{ ...state, count: 0, counting: false }, { say: messages.expired }];
}
