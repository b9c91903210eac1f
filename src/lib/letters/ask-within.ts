// How many working days a letter normally has to be sent in, from the reply before it (src/data/complaint-stages.ts).
// Used at build time and in tests; the browser gets the number in the page's data.
import { timescales } from '../../data/complaint-stages.ts';
import type { LetterId } from './types.ts';

export function askWithinDays(letter: LetterId): number | undefined {
  if (letter === 'stage-2') return timescales.stage2Ask.amount;
  if (letter === 'stage-3') return timescales.stage3Ask.amount;
  return undefined;
}
