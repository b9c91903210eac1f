// The context a letter's rules run in, for the build and the tests (the browser gets the same facts as data).
import { askWithinDays } from './ask-within.ts';
import { givenAnswers, letterQuestions } from './questions.ts';
import type { LetterContext, LetterId } from './types.ts';

export function letterContext(letter: LetterId, today: Date, holidays: ReadonlySet<string>): LetterContext {
  return {
    questions: letterQuestions[letter],
    given: givenAnswers[letter],
    today,
    holidays,
    askWithin: askWithinDays(letter),
  };
}
