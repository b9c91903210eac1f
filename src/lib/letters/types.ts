// The shapes the letter helper works with. Pure types: shared by the build, the browser code and the tests.

// The urgent letter comes first: whoever needs it cannot wait to scroll.
export const letterIds = ['urgent', 'explain-a-decision', 'stage-1', 'stage-2', 'stage-3'] as const;
export type LetterId = (typeof letterIds)[number];

export const questionIds = [
  'name',
  'worker',
  'reference',
  'replyDate',
  'overAYear',
  'whyNow',
  'happened',
  'affected',
  'putRight',
  'urgent',
  'urgentWhat',
  'urgentDate',
  'attend',
  'otherPerson',
  'advocate',
  'advocateName',
  'help',
  'mayComplain',
  'contactBy',
  'contactDetail',
] as const;
export type QuestionId = (typeof questionIds)[number];

/** Answers as typed (trimmed). A checked date is kept as "YYYY-MM-DD". A skipped question has no entry. */
export type Answers = Partial<Record<QuestionId, string>>;

export type QuestionKind = 'text' | 'textarea' | 'radios' | 'date';

/**
 * What the rules need to know besides the answers: the letter's questions in order, today (UK), the bank holidays,
 * and for Stages 2 and 3 how many working days there normally are to ask. The build makes it with letterContext
 * (context.ts); the browser from the page's data, so it never loads the other letters' questions.
 */
export type LetterContext = {
  questions: readonly QuestionId[];
  /** Answers the letter gives itself instead of asking (the urgent letter is urgent). */
  given?: Answers | undefined;
  today: Date;
  holidays: ReadonlySet<string>;
  askWithin?: number | undefined;
};
