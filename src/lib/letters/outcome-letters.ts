// Where an outcome of "Which stage am I at?" sends the reader to write: the letter it names in
// src/data/stage-finder.yaml (its `letter`), or, where nothing needs writing yet (waiting, sorted, not sure), the
// list of letters, so every outcome has a way to the helper.
import type { LetterId } from './types.ts';

/** The site path of an outcome's letter, or of the list of letters. */
export function letterPath(letter: LetterId | undefined): string {
  return letter ? `/write/${letter}/` : '/write/';
}
