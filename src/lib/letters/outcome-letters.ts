// Which letter each outcome of "Which stage am I at?" leads to. Outcomes where nothing needs writing yet (waiting,
// sorted, not sure) lead to the list of letters, so every outcome has a way to the helper.
import type { LetterId } from './types.ts';

const outcomeLetters: Readonly<Record<string, LetterId>> = {
  'talk-to-pa-first': 'explain-a-decision',
  'ready-to-complain': 'stage-1',
  'stage-1-not-happy': 'stage-2',
  'stage-2-not-happy': 'stage-3',
};

export function letterForOutcome(outcomeId: string): LetterId | undefined {
  return outcomeLetters[outcomeId];
}

/** The site path of the letter for an outcome, or of the list of letters. */
export function letterPathForOutcome(outcomeId: string): string {
  const letter = letterForOutcome(outcomeId);
  return letter ? `/write/${letter}/` : '/write/';
}
