// "Exit this page" by pressing Shift 3 times, with GOV.UK Frontend's rules (its ExitThisPage component):
// - only Shift pressed on its own counts: after a modified key (Shift+Tab, Shift+A) the next Shift keyup is ignored;
// - any other key after a counted Shift resets the count, and so does a pause of 5 seconds after the last press;
// - each press says how many are left; a reset says "Exit this page expired.", and that message clears 5 seconds later.
// Pure: the browser code feeds it key-ups and timer ends, and does what it answers. Kept small: it is on every page.

export const pressesToExit = 3;
export const timeoutMs = 5000;

export const messages = {
  twoMore: 'Shift, press 2 more times to exit.',
  oneMore: 'Shift, press 1 more time to exit.',
  expired: 'Exit this page expired.',
} as const;

/** Counted presses so far (0 when no count is running), and whether the last key-up had Shift held with it. */
export type ExitKeys = { count: number; modified: boolean };
export const initialExitKeys: ExitKeys = { count: 0, modified: false };

/**
 * What the page should do: 'exit'; 'count' (say `message` and start the 5-second timer again); 'reset' (say `message`,
 * stop the timer, clear the message 5 seconds later); or nothing (undefined).
 */
export type ExitKeysEffect = { action?: 'exit' | 'count' | 'reset'; message?: string };

/** A key was released. `shiftKey` is whether Shift was held with it (true for the key of Shift+Tab). */
export function onKeyUp(state: ExitKeys, key: string, shiftKey: boolean): [ExitKeys, ExitKeysEffect] {
  const counted = key === 'Shift' && !state.modified;
  const count = counted ? state.count + 1 : 0;
  const next = { count: count % pressesToExit, modified: shiftKey };
  if (count >= pressesToExit) return [next, { action: 'exit' }];
  if (counted) return [next, { action: 'count', message: count === 1 ? messages.twoMore : messages.oneMore }];
  return [next, state.count ? expire(state)[1] : {}];
}

/** The count's timer ran out (5 seconds after the last counted press), or another key broke the sequence. */
export function expire(state: ExitKeys): [ExitKeys, ExitKeysEffect] {
  return [
    { ...state, count: 0 },
    { action: 'reset', message: messages.expired },
  ];
}
