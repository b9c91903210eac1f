// The schema of src/data/letters.yaml, the letter helper's words. The build parses the file with it, so a missing or
// misspelt key stops the build instead of leaving a hole in a letter. Timescale placeholders ({stage1Reply}) are
// filled here, from src/data/complaint-stages.ts, so the browser gets finished sentences.
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { timescales, type TimescaleKey } from '../../data/complaint-stages.ts';
import { formatAmount } from '../timescales.ts';
import { bankHolidayYears } from '../../data/calendar.ts';
import { exampleDate } from '../stage-finder/date-input.ts';
import { fill } from './fill.ts';
import { letterIds, questionIds, type LetterId, type QuestionId } from './types.ts';

const questionWords = z.object({
  label: z.string().min(3),
  short: z.string().min(2),
  hint: z.string().optional(),
  /** The hint on the printed planner, where nothing is worked out for you. */
  paperHint: z.string().optional(),
  options: z.record(z.string(), z.string()).optional(),
});
const questionOverride = questionWords.partial();

const letterWords = z.object({
  title: z.string(),
  linkText: z.string(),
  summary: z.string(),
  sendTo: z.string(),
  subject: z.string(),
  subjectWithReference: z.string().optional(),
  to: z.string().optional(),
  greeting: z.string(),
  greetingNoName: z.string().optional(),
  opening: z.string(),
  replyDate: z.string().optional(),
  happened: z.string(),
  putRight: z.string(),
  asks: z.string(),
  mayComplain: z.string().optional(),
  attendYes: z.string().optional(),
  attendNo: z.string().optional(),
  bringAdvocate: z.string().optional(),
  bringOther: z.string().optional(),
  speakForMe: z.string().optional(),
  deadline: z.string().optional(),
  late: z.string().optional(),
  questions: z.partialRecord(z.enum(questionIds), questionOverride).default({}),
});

export const wordingSchema = z.object({
  privacy: z.string(),
  keepCopy: z.string(),
  planner: z.string(),
  questions: z.record(z.enum(questionIds), questionWords),
  letterParts: z.object({
    worker: z.string(),
    reference: z.string(),
    urgent: z.string(),
    urgentNoDate: z.string(),
    whyNow: z.string(),
    affected: z.string(),
    advocateWant: z.string(),
    advocateHave: z.string(),
    advocateHaveNoName: z.string(),
    help: z.string(),
    contact: z.object({ phone: z.string(), email: z.string(), post: z.string(), advocate: z.string() }),
    contactDetail: z.string(),
    signOff: z.string(),
  }),
  letters: z.record(z.enum(letterIds), letterWords),
});

export type Wording = z.infer<typeof wordingSchema>;
export type LetterWords = z.infer<typeof letterWords>;
export type QuestionWords = z.infer<typeof questionWords>;
export type LetterParts = Wording['letterParts'];

const example = exampleDate(bankHolidayYears.firstYear);
const timescaleWords = {
  ...(Object.fromEntries(Object.entries(timescales).map(([key, t]) => [key, formatAmount(t)])) as Record<
    TimescaleKey,
    string
  >),
  // The same example as the stage tool's date fields: always in the past, so a date it shows is one that is accepted.
  exampleDate: `${example.day} ${example.month} ${example.year}`,
};

/** Every string in a value, with the timescales filled in. */
function fillTimescales<T>(value: T): T {
  if (typeof value === 'string') return fill(value, timescaleWords) as T;
  if (Array.isArray(value)) return value.map(fillTimescales) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTimescales(v)])) as T;
  }
  return value;
}

/** Checks the YAML text against the schema and fills the timescales. */
export function parseWording(yamlText: string): Wording {
  return fillTimescales(wordingSchema.parse(parse(yamlText)));
}

/** The letters with {recipient} filled in. */
export function withRecipient(wording: Wording, recipient: string): Wording {
  const letters = Object.fromEntries(
    Object.entries(wording.letters).map(([id, w]) => [id, { ...w, to: w.to && fill(w.to, { recipient }) }]),
  );
  return { ...wording, letters: letters as Wording['letters'] };
}

/** What writing a letter needs: the shared letter parts and at least the words of that letter. */
export type LetterWording = { letterParts: LetterParts; letters: Partial<Record<LetterId, LetterWords>> };

/** A question's words in one letter: the shared words with the letter's own changes on top. */
export function questionWordsFor(wording: Wording, letter: LetterId, id: QuestionId): QuestionWords {
  return { ...wording.questions[id], ...wording.letters[letter].questions[id] } as QuestionWords;
}
