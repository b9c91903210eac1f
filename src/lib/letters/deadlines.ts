// Dates for the Stage 2 and Stage 3 letters: the usual last day to ask, from the date of the reply. The number of
// working days comes from src/data/complaint-stages.ts (askWithinDays, at build time: the browser gets the number in
// the page's data, not the whole table); working days from src/lib/working-days.ts. Pure: today and the holidays
// are passed in.
import { addWorkingDays } from '../working-days.ts';
import type { Answers, LetterContext } from './types.ts';

/** "2026-11-18" as a UTC midnight. */
export function fromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The usual last day to ask for this stage, or undefined when the letter has no such day or no reply date is given. */
export function lastDayToAsk(answers: Answers, ctx: LetterContext): Date | undefined {
  if (ctx.askWithin === undefined || !answers.replyDate) return undefined;
  return addWorkingDays(fromIso(answers.replyDate), ctx.askWithin, ctx.holidays);
}

/** True when today is after the usual last day to ask. */
export function isLate(answers: Answers, ctx: LetterContext): boolean {
  const last = lastDayToAsk(answers, ctx);
  return last !== undefined && ctx.today.getTime() > last.getTime();
}
