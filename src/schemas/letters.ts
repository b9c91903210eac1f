// The schema of src/data/letters.yaml, the letter helper's words (the letters collection). The build parses the file
// with it, so a missing or misspelt key stops the build instead of leaving a hole in a letter. Timescale placeholders
// ({stage1Reply}) are filled here, from src/data/complaint-stages.ts, so the browser gets finished sentences.
import { z } from 'astro/zod';
import { bankHolidayYears } from '../data/calendar.ts';
import { exampleDate } from '../lib/stage-finder/date-input.ts';
import { fill } from '../lib/letters/fill.ts';
import { fillTimescales } from '../lib/timescales.ts';
import { letterIds, questionIds } from '../lib/letters/types.ts';

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
  /** Said on the letter's page, before the questions, with the number to call: for a letter that cannot wait. */
  callFirst: z.string().optional(),
  questions: z.partialRecord(z.enum(questionIds), questionOverride).default({}),
});

/** A letter that is another letter with a few words changed (the urgent complaint is the Stage 1 complaint):
 * every word not given here is that letter's, so there is one copy of it, not two. */
const letterLike = letterWords.partial().extend({ like: z.enum(letterIds) });

const wordingFields = z.object({
  privacy: z.string(),
  keepCopy: z.string(),
  planner: z.string(),
  questions: z.record(z.enum(questionIds), questionWords),
  letterParts: z.object({
    worker: z.string(),
    reference: z.string(),
    urgent: z.string(),
    urgentNoDate: z.string(),
    urgentWhat: z.string(),
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
  letters: z.record(z.enum(letterIds), z.union([letterLike, letterWords])),
});

type LetterWordsIn = z.output<typeof letterWords>;

/** Each letter's words, with a `like` letter's missing words taken from the letter it names. */
function withLikes(
  letters: z.output<typeof wordingFields>['letters'],
  ctx: z.core.$RefinementCtx,
): Record<(typeof letterIds)[number], LetterWordsIn> {
  return Object.fromEntries(
    Object.entries(letters).map(([id, words]) => {
      if (!('like' in words)) return [id, words];
      const { like, ...own } = words;
      const model = letters[like];
      if ('like' in model) {
        ctx.addIssue({
          code: 'custom',
          path: ['letters', id, 'like'],
          message: `${like} is itself like another letter`,
        });
        return [id, model];
      }
      return [id, { ...model, ...own, questions: { ...model.questions, ...own.questions } }];
    }),
  ) as Record<(typeof letterIds)[number], LetterWordsIn>;
}

const example = exampleDate(bankHolidayYears.firstYear);
// The same example as the stage tool's date fields: always in the past, so a date it shows is one that is accepted.
const exampleWords = { exampleDate: `${example.day} ${example.month} ${example.year}` };

/** Every string in a value, with the timescales and the example date filled in. */
function filled<T>(value: T): T {
  if (typeof value === 'string') return fill(fillTimescales(value), exampleWords) as T;
  if (Array.isArray(value)) return value.map(filled) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v)])) as T;
  }
  return value;
}

/** The whole file, checked, with its timescales filled in. */
export const wordingSchema = wordingFields.transform((wording, ctx) =>
  filled({ ...wording, letters: withLikes(wording.letters, ctx) }),
);

export type Wording = z.output<typeof wordingSchema>;
export type LetterWords = z.output<typeof letterWords>;
export type QuestionWords = z.output<typeof questionWords>;
export type LetterParts = Wording['letterParts'];
