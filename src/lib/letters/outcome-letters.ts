// Which letter each outcome of "Which stage am I at?" leads to. Outcomes where nothing needs writing yet (waiting,
// sorted, not sure) lead to the list of letters, so every outcome has a way to the helper.
import { isOutcome, nodes } from '../stage-finder/index.ts';
import type { LetterId } from './types.ts';

/** The letter an outcome names in src/data/stage-finder.yaml (its `letter`), if any: one list, kept with the outcomes. */
export function letterForOutcome(outcomeId: string): LetterId | undefined {
  const node = nodes[outcomeId];
  return node && isOutcome(node) ? node.letter : undefined;
}

/** The site path of the letter for an outcome, or of the list of letters. */
export function letterPathForOutcome(outcomeId: string): string {
  const letter = letterForOutcome(outcomeId);
  return letter ? `/write/${letter}/` : '/write/';
}
