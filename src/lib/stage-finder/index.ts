// The stage finder's rules: walking answers, checking the tree, and the words and dates of an outcome.
// Pure TypeScript: no DOM, no Astro. Routes and components render what these return.
import { stages, timescales, type TimescaleKey } from '../../data/complaint-stages.ts';
import { fillTimescales, formatAmount, withinPhrase } from '../timescales.ts';
import type { HolidaySet } from '../working-days.ts';
import { chainDueDates } from './due-dates.ts';
import { walkAnswers, type Edges } from './walk.ts';
import { phonePattern, type StageTree } from './tree.ts';
import type { Outcome, Position, Question, StageNode } from '../../schemas/stage-finder.ts';

export type { Outcome, Position, Question, StageNode, StageTree };

/** The tree's links only, { question: { answer: next } }: all the browser needs to walk answers in a URL. */
export function edgesOf(tree: StageTree): Edges {
  return Object.fromEntries(
    Object.values(tree.nodes)
      .filter((node): node is Question => node.kind === 'question')
      .map((question) => [question.id, Object.fromEntries(question.answers.map((a) => [a.id, a.next]))]),
  );
}

export function isOutcome(node: StageNode): node is Outcome {
  return node.kind === 'outcome';
}

/** The node reached by a list of answers from the first question, or null if the answers do not fit the tree. */
export function walk(tree: StageTree, answers: readonly string[]): StageNode | null {
  const id = walkAnswers(edgesOf(tree), tree.startNodeId, answers);
  return id ? (tree.nodes[id] ?? null) : null;
}

/** True when every answer belongs to the question it answers. */
export function isValidPath(tree: StageTree, answers: readonly string[]): boolean {
  return walk(tree, answers) !== null;
}

/** Each node with the shortest answers that reach it and the question before it (breadth first). */
export function routes(tree: StageTree): Map<string, { answers: string[]; parent: string | null }> {
  const found = new Map<string, { answers: string[]; parent: string | null }>([
    [tree.startNodeId, { answers: [], parent: null }],
  ]);
  const queue = [tree.startNodeId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = tree.nodes[id];
    if (!node || node.kind !== 'question') continue;
    for (const answer of node.answers) {
      if (found.has(answer.next)) continue;
      found.set(answer.next, { answers: [...found.get(id)!.answers, answer.id], parent: id });
      queue.push(answer.next);
    }
  }
  return found;
}

/** "20 working days", "12 months", "1 year": said as everywhere else on the site (src/lib/timescales.ts). */
export function timescaleText(key: TimescaleKey): string {
  return formatAmount(timescales[key]);
}

export type TextPart = { text: string } | { phone: string };

/** A tree text in pieces: words with their timescales filled in, and the contacts whose phone numbers go between. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(phonePattern)) {
    if (match.index > last) parts.push({ text: fillTimescales(text.slice(last, match.index)) });
    parts.push({ phone: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: fillTimescales(text.slice(last)) });
  return parts;
}

/** Every timescale key a text mentions. */
export function timescalesIn(text: string): TimescaleKey[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as TimescaleKey);
}

/** Where a complaint stands, in words: "Stage 1: sorting it out locally". Stage names come from complaint-stages.ts. */
export function positionLabel(position: Position): string {
  if (position === 'before-stage-1') return 'Not started yet: you have not made a complaint';
  if (position === 'unknown') return 'Not known yet';
  if (position === 'urgent') return 'Urgent: act today, whatever stage you are at';
  const stage = stages.find((s) => s.id === position)!;
  return position === 'ombudsman'
    ? `After Stage 3: ${stage.title}`
    : `${stage.name}: ${stage.title.charAt(0).toLowerCase()}${stage.title.slice(1)}`;
}

export type DeadlineView = {
  name: string;
  what: string;
  /** The calendar entry's neutral title: "Reply due". */
  calendar: string;
  /** "within 20 working days of the day you got the Stage 1 reply" (with "normally" where the rule says so). */
  within: string;
  workingDays: number;
  /** 'event' or the name of an earlier step. */
  after: string;
};

/** An outcome's deadlines as sentences, without dates. */
export function deadlineViews(outcome: Outcome): DeadlineView[] {
  return outcome.deadlines.map((deadline) => {
    const timescale = timescales[deadline.timescale];
    if (timescale.unit !== 'working days') throw new Error(`Deadline ${deadline.timescale} is not in working days`);
    const from = deadline.after === 'event' ? outcome.event?.from : deadline.afterText;
    if (!from) throw new Error(`Deadline "${deadline.what}" in ${outcome.id} does not say what it counts from`);
    return {
      name: deadline.name,
      what: deadline.what,
      calendar: deadline.calendar,
      within: `${withinPhrase(timescale)} of ${from}`,
      workingDays: timescale.amount,
      after: deadline.after,
    };
  });
}

/** The due date of each deadline of an outcome, counted from the event date (null past the holiday data). */
export function dueDates(outcome: Outcome, event: Date, holidays: HolidaySet, lastYear: number): (Date | null)[] {
  return chainDueDates(event, deadlineViews(outcome), holidays, lastYear);
}

/** The sources of every timescale an outcome uses, for "Where these times come from". */
export function outcomeTimescales(outcome: Outcome): TimescaleKey[] {
  const texts = [
    ...outcome.now,
    ...(outcome.nowLate ?? []),
    ...outcome.next,
    ...(outcome.byWhen ?? []),
    ...outcome.late,
    ...outcome.nextStep,
  ];
  const keys = [...outcome.deadlines.map((d) => d.timescale), ...texts.flatMap(timescalesIn)];
  return [...new Set(keys)];
}
