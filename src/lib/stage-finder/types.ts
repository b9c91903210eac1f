// The shapes of the stage finder's decision tree. Words live in tree.ts; timescales are never typed there:
// a text says "{stage2Ask}" and the number comes from src/data/complaint-stages.ts.
import type { TimescaleKey } from '../../data/complaint-stages.ts';

/** Contacts by their id in src/data/contacts.yaml. */
export type ContactId =
  | 'complaints-officer' | 'barnardos-advocacy' | 'coram-voice' | 'action-for-children' | 'young-lives-foundation'
  | 'family-rights-group' | 'citizens-advice' | 'local-councillor' | 'children-committee' | 'ombudsman'
  | 'onwards-and-upwards';

/** Where a complaint stands. */
export type Position = 'before-stage-1' | 'stage-1' | 'stage-2' | 'stage-3' | 'ombudsman' | 'unknown';

export type Answer = {
  /** Short id, used in the URL's answers: "yes", "stage-1-reply". */
  id: string;
  label: string;
  next: string;
};

export type Question = {
  kind: 'question';
  id: string;
  /** The question, shown as the page's h1. */
  question: string;
  hint?: string;
  answers: readonly Answer[];
};

export type Deadline = {
  /** What should happen by then: "The manager replies to you". */
  what: string;
  timescale: TimescaleKey;
  /** 'event', or the index of an earlier deadline of the same outcome it counts from. */
  after: 'event' | number;
  /** Finishes "within 10 working days of …" when it counts from an earlier deadline: "the panel meeting". */
  afterText?: string;
};

export type Outcome = {
  kind: 'outcome';
  id: string;
  /** The page's h1. */
  title: string;
  stage: Position;
  /** Where you are, in a sentence or two. */
  summary: string;
  /** What happens next and who does it. */
  next: readonly string[];
  /** The event the dates count from, when there is one. */
  event?: {
    /** The date question: "When did you get the Stage 1 reply?". */
    question: string;
    /** For error messages, finishing "Enter …": "the date you got the Stage 1 reply". */
    name: string;
    /** Finishes "within 20 working days of …": "the day you got the Stage 1 reply". */
    from: string;
  };
  deadlines: readonly Deadline[];
  /** By when, when there is no date to count from (or in addition). */
  byWhen?: readonly string[];
  /** What you can do if it is late. */
  late: readonly string[];
  /** The next step and how long you have to take it. */
  nextStep: readonly string[];
  contacts: readonly ContactId[];
  /** Guide pages to read next. */
  readMore: readonly { path: string; label: string }[];
};

export type StageNode = Question | Outcome;
