// Which questions each letter asks, in order, and when a question is shown. Every question can be skipped except
// "what happened". Pure: the answers and the context (today, bank holidays) are passed in.
import { isLate } from './deadlines.ts';
import type { Answers, LetterContext, LetterId, QuestionId, QuestionKind } from './types.ts';

export const questionKinds: Record<QuestionId, QuestionKind> = {
  name: 'text',
  worker: 'text',
  reference: 'text',
  replyDate: 'date',
  overAYear: 'radios',
  whyNow: 'textarea',
  happened: 'textarea',
  affected: 'textarea',
  putRight: 'textarea',
  urgent: 'radios',
  urgentWhat: 'textarea',
  urgentDate: 'text',
  attend: 'radios',
  otherPerson: 'text',
  advocate: 'radios',
  advocateName: 'text',
  help: 'textarea',
  mayComplain: 'radios',
  contactBy: 'radios',
  contactDetail: 'text',
};

/** The id of a question's first field, where its label, Change link and error link point. */
export function firstFieldId(id: QuestionId, kind: QuestionKind): string {
  return kind === 'date' ? `q-${id}-day` : kind === 'radios' ? `q-${id}-0` : `q-${id}`;
}

/** The one answer a letter cannot do without. */
export const requiredQuestion: QuestionId = 'happened';

/** The Stage 1 complaint's questions, in the order the letter tells the story in. */
const stage1Questions: readonly QuestionId[] = [
  'name',
  'worker',
  'overAYear',
  'whyNow',
  'happened',
  'affected',
  'putRight',
  'urgent',
  'urgentWhat',
  'urgentDate',
  'advocate',
  'advocateName',
  'help',
  'contactBy',
  'contactDetail',
];

/** What makes a complaint urgent: asked first in the urgent letter, where it is never asked whether it is urgent. */
const urgentQuestions: readonly QuestionId[] = ['urgentWhat', 'urgentDate'];

/** Each letter's questions in the order they are asked (the order the letter tells the story in). */
export const letterQuestions: Record<LetterId, readonly QuestionId[]> = {
  // The Stage 1 complaint with what is going to happen, and when, asked first.
  urgent: [...urgentQuestions, ...stage1Questions.filter((id) => id !== 'urgent' && !urgentQuestions.includes(id))],
  'explain-a-decision': [
    'name',
    'worker',
    'happened',
    'affected',
    'putRight',
    'advocate',
    'advocateName',
    'mayComplain',
    'contactBy',
    'contactDetail',
  ],
  'stage-1': stage1Questions,
  'stage-2': [
    'name',
    'worker',
    'reference',
    'replyDate',
    'whyNow',
    'happened',
    'affected',
    'putRight',
    'urgent',
    'urgentWhat',
    'urgentDate',
    'advocate',
    'advocateName',
    'help',
    'contactBy',
    'contactDetail',
  ],
  'stage-3': [
    'name',
    'worker',
    'reference',
    'replyDate',
    'whyNow',
    'happened',
    'affected',
    'putRight',
    'urgent',
    'urgentWhat',
    'urgentDate',
    'attend',
    'advocate',
    'advocateName',
    'otherPerson',
    'help',
    'contactBy',
    'contactDetail',
  ],
};

/** Questions that only follow from an earlier answer. */
const showWhen: Partial<Record<QuestionId, (a: Answers, ctx: LetterContext) => boolean>> = {
  // Stage 1 asks whether it happened more than a year ago; Stages 2 and 3 have a usual last day to ask.
  whyNow: (a, ctx) => a.overAYear === 'yes' || isLate(a, ctx),
  urgentWhat: (a) => a.urgent === 'yes',
  urgentDate: (a) => a.urgent === 'yes',
  advocateName: (a) => a.advocate === 'have',
  otherPerson: (a) => a.attend === 'yes',
  contactDetail: (a) => a.contactBy === 'phone' || a.contactBy === 'email' || a.contactBy === 'post',
};

/** Answers each letter gives itself, instead of asking: the urgent letter does not ask whether it is urgent. */
export const givenAnswers: Partial<Record<LetterId, Answers>> = { urgent: { urgent: 'yes' } };

/** The answers so far, with the letter's own on top. */
const withGiven = (answers: Answers, ctx: LetterContext): Answers => ({ ...answers, ...ctx.given });

/** Whether the letter asks a question, given the answers so far. */
export function isShown(id: QuestionId, answers: Answers, ctx: LetterContext): boolean {
  return ctx.questions.includes(id) && (showWhen[id]?.(withGiven(answers, ctx), ctx) ?? true);
}

/** The questions asked for these answers, in order. */
export function visibleQuestions(answers: Answers, ctx: LetterContext): QuestionId[] {
  return ctx.questions.filter((id) => isShown(id, answers, ctx));
}

/** The question after `current`, or 'check' for "Check your answers". */
export function nextQuestion(current: QuestionId, answers: Answers, ctx: LetterContext): QuestionId | 'check' {
  const order = ctx.questions;
  for (const id of order.slice(order.indexOf(current) + 1)) if (isShown(id, answers, ctx)) return id;
  return 'check';
}

/**
 * After a change from "Check your answers": a question the change has just brought in (say, the advocate's name
 * after "I already have one") still needs asking; otherwise straight back to the check page.
 */
export function nextAfterChange(current: QuestionId, answers: Answers, ctx: LetterContext): QuestionId | 'check' {
  const next = nextQuestion(current, answers, ctx);
  return next !== 'check' && next in showWhen && answers[next] === undefined ? next : 'check';
}

/** Answers the letter may use: anything typed for a question no longer asked is left out; its own are kept. */
export function answersInUse(answers: Answers, ctx: LetterContext): Answers {
  const used: Answers = { ...ctx.given };
  for (const id of visibleQuestions(answers, ctx)) if (answers[id] !== undefined) used[id] = answers[id];
  return used;
}
