// What the browser code needs, serialised into each letter page: only this letter's fixed words, the bank
// holidays for working days, and the address the email link goes to. No question words: those are in the page.
import type { BankHolidayData } from '../../loaders/bank-holidays.ts';
import { askWithinDays } from './ask-within.ts';
import { givenAnswers, letterQuestions } from './questions.ts';
import type { Answers, LetterId, QuestionId } from './types.ts';
import type { LetterWording, LetterWords, Wording } from './wording.ts';

export type HelperData = {
  letter: LetterId;
  email: string;
  holidays: string[];
  firstYear: number;
  lastYear: number;
  /** Working days normally allowed to ask for this stage (Stages 2 and 3). */
  askWithin: number | undefined;
  /** This letter's questions, in order. */
  questions: readonly QuestionId[];
  /** Answers the letter gives itself. */
  given: Answers | undefined;
  /** Just this letter's words, in the shape buildLetter takes. */
  wording: LetterWording;
};

export function buildData(letter: LetterId, wording: Wording, email: string, holidays: BankHolidayData): HelperData {
  // The browser only writes the letter: the page's own words (title, summary, where to send it) are in its HTML.
  const {
    questions: _questions,
    title: _title,
    linkText: _link,
    summary: _summary,
    sendTo: _sendTo,
    callFirst: _callFirst,
    ...words
  } = wording.letters[letter];
  return {
    letter,
    email,
    askWithin: askWithinDays(letter),
    questions: letterQuestions[letter],
    given: givenAnswers[letter],
    holidays: holidays.dates,
    firstYear: holidays.firstYear,
    lastYear: holidays.lastYear,
    wording: { letterParts: wording.letterParts, letters: { [letter]: words as LetterWords } },
  };
}
