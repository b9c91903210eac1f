// The schema of src/data/stage-finder.yaml, the tool's words (the stageFinder collection). The build reads that file
// through it and stops with a message naming the place of any mistake: an unknown timescale, an answer pointing
// nowhere, a deadline counting from a step that does not come before it. Contacts live in another collection, so
// src/lib/stage-finder/tree.ts checks those names when it builds the tree. The node types are inferred from here.
import { z } from 'astro/zod';
import { timescales, type TimescaleKey } from '../data/complaint-stages.ts';
import { letterIds } from '../lib/letters/types.ts';

/** Ids go in addresses (/which-stage/<id>/) and in the answers of a URL. */
const id = z.string().regex(/^[a-z0-9-]+$/, 'use lower case letters, digits and hyphens');
const text = z.string().trim().min(1);
const texts = z.array(text);
const timescaleKeys = Object.keys(timescales) as [TimescaleKey, ...TimescaleKey[]];

/** Where a complaint stands; `urgent` is for something about to happen, whatever the stage. */
export const positions = ['before-stage-1', 'stage-1', 'stage-2', 'stage-3', 'ombudsman', 'unknown', 'urgent'] as const;

const answer = z.strictObject({ id, label: text, next: id });

const question = z
  .strictObject({
    id,
    /** The question, shown as the page's h1. */
    question: text,
    hint: text.optional(),
    /** The answers, then "I'm not sure", which goes to `notSure`. */
    answers: z.array(answer).min(1).optional(),
    notSure: id.optional(),
    /** A "happy with it?" question: Yes, No, and "I'm not sure", which goes where No goes. */
    happy: z.strictObject({ yes: id, no: id }).optional(),
  })
  .refine((q) => (q.happy ? !q.answers && !q.notSure : q.answers && q.notSure), {
    message: 'a question has either answers and notSure, or happy',
  });

const deadline = z.strictObject({
  /** The step's name, so a later step can count from it: "panel-meeting". */
  name: id,
  /** What should happen by then: "The manager replies to you". */
  what: text,
  timescale: z.enum(timescaleKeys),
  /** "event" (the date the reader types), or the name of an earlier step of the same outcome. */
  after: id,
  /** Finishes "within 5 working days of …" when it counts from an earlier step: "the panel meeting". */
  afterText: text.optional(),
  /** The calendar entry's title. Neutral ("Reply due"): other people may see the calendar on a shared phone. */
  calendar: text.refine(
    (title) => !/complain|care|council|stage|advoca/i.test(title),
    'say what is due, not what it is about: others may see it',
  ),
});

const event = z.strictObject({
  /** The date question: "When did you get the Stage 1 reply?". */
  question: text,
  /** For error messages, finishing "Enter …": "the date you got the Stage 1 reply". */
  name: text,
  /** Finishes "within 20 working days of …": "the day you got the Stage 1 reply". */
  from: text,
  /** Where to find the date, when the reader may need telling. */
  hint: text.optional(),
  /** The date typed is the day it was posted, not the day the council got it: dates are "at the earliest". */
  posted: z.boolean().default(false),
});

const outcome = z
  .strictObject({
    id,
    stage: z.enum(positions),
    /** The page's h1. */
    title: text,
    /** What to do now: the outcome's first words. */
    now: texts.min(1),
    /** What to do now once a date has passed, shown first instead of `now`: "This is late. Call … now." */
    nowLate: texts.optional(),
    /** Where you are, in a sentence or two. */
    summary: text,
    /** What happens next and who does it. */
    next: texts.min(1),
    /** The event the dates count from, when there is one. */
    event: event.optional(),
    deadlines: z.array(deadline).default([]),
    /** By when, when there is no date to count from (or in addition). */
    byWhen: texts.optional(),
    /** What you can do if it is late. */
    late: texts.min(1),
    /** The next step and how long you have to take it. */
    nextStep: texts.min(1),
    /** Who can help, by their id in src/data/contacts.yaml. */
    contacts: z.array(id).min(1),
    /** Guide pages to read next. */
    readMore: z.array(z.strictObject({ path: z.string().regex(/^\/([a-z0-9-]+\/)*$/), label: text })).min(1),
    /** Which letter the reader may need to write next. */
    letter: z.enum(letterIds).optional(),
    /** Show the link to the letter straight after `now`, when writing is part of what to do today. */
    letterFirst: z.boolean().default(false),
    /** Everyday words people search with: an outcome that has them is in search, like a guide page. */
    searchTerms: z.array(text).default([]),
  })
  .superRefine((outcome, ctx) => {
    if (outcome.letterFirst && !outcome.letter) {
      ctx.addIssue({ code: 'custom', path: ['letterFirst'], message: 'letterFirst needs a letter to show' });
    }
    if (outcome.deadlines.length > 0 && !outcome.nowLate) {
      ctx.addIssue({
        code: 'custom',
        path: ['nowLate'],
        message: 'an outcome with dates says what to do now once one has passed',
      });
    }
    const said = [
      ...outcome.now,
      ...(outcome.nowLate ?? []),
      ...outcome.next,
      ...(outcome.byWhen ?? []),
      ...outcome.late,
      ...outcome.nextStep,
    ];
    for (const [, key] of [outcome.summary, ...said].join(' ').matchAll(/\{(\w+)\}/g)) {
      if (!(key! in timescales))
        ctx.addIssue({
          code: 'custom',
          path: ['now'],
          message: `{${key}} is not a timescale in src/data/complaint-stages.ts`,
        });
    }
    const earlier: string[] = [];
    for (const [i, step] of outcome.deadlines.entries()) {
      if (step.after === 'event' ? !outcome.event : !earlier.includes(step.after)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', i, 'after'],
          message: `"${step.after}" is not the event or an earlier step`,
        });
      }
      if (step.after !== 'event' && !step.afterText) {
        ctx.addIssue({ code: 'custom', path: ['deadlines', i, 'afterText'], message: 'say what it counts from' });
      }
      earlier.push(step.name);
    }
  });

/** The whole file. */
export const wordsSchema = z
  .strictObject({
    start: id,
    notSureLabel: text,
    happyLabels: z.strictObject({ yes: text, no: text }),
    questions: z.array(question).min(1),
    outcomes: z.array(outcome).min(1),
  })
  .superRefine((words, ctx) => {
    const ids = [...words.questions, ...words.outcomes].map((node) => node.id);
    for (const dup of ids.filter((nodeId, i) => ids.indexOf(nodeId) !== i))
      ctx.addIssue({ code: 'custom', message: `two nodes are called "${dup}"` });
    if (!ids.includes(words.start))
      ctx.addIssue({ code: 'custom', path: ['start'], message: `no node "${words.start}"` });
    for (const [i, q] of words.questions.entries()) {
      const targets = [...(q.answers ?? []).map((a) => a.next), q.notSure, q.happy?.yes, q.happy?.no];
      for (const next of targets) {
        if (next && !ids.includes(next))
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i],
            message: `${q.id} leads to "${next}", which does not exist`,
          });
      }
    }
  });

export type Words = z.infer<typeof wordsSchema>;
type OutcomeWords = Words['outcomes'][number];

/** Where a complaint stands. */
export type Position = (typeof positions)[number];
/** A contact's id: checked against src/data/contacts.yaml when the tree is built, so no second list is kept. */
export type ContactId = OutcomeWords['contacts'][number];
export type Answer = z.infer<typeof answer>;
export type Deadline = z.infer<typeof deadline>;
export type Question = { kind: 'question'; id: string; question: string; hint?: string; answers: readonly Answer[] };
export type Outcome = OutcomeWords & { kind: 'outcome' };
export type StageNode = Question | Outcome;
