// Words for complaint timescales, built from the one place they live (src/data/complaint-stages.ts).
// Pure: no DOM, no Astro. Pages, leaflets and the stage finder can all say a timescale the same way.
import {
  stages,
  timescales,
  type Stage,
  type StageId,
  type Timescale,
  type TimescaleKey,
} from '../data/complaint-stages.ts';

type Amount = Pick<Timescale, 'amount' | 'unit'>;

/** "10 working days", "1 working day", "1 year", "12 months". */
export function formatAmount({ amount, unit }: Amount): string {
  const singular = unit === 'working days' ? 'working day' : unit === 'months' ? 'month' : 'year';
  const plural = unit === 'year' ? 'years' : unit;
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/** "within 10 working days", or "normally within 20 working days" where a late request can still be accepted. */
export function withinPhrase(t: Amount & Pick<Timescale, 'normally'>): string {
  return `${t.normally ? 'normally ' : ''}within ${formatAmount(t)}`;
}

/** The same phrase with a capital letter, to start a sentence or a list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A whole line for a list of timescales: "Within 10 working days: for the manager to reply to your complaint." */
export function timescaleLine(t: Timescale): string {
  return `${capitalise(withinPhrase(t))}: ${t.what}.`;
}

/** "{stage2Ask}" in a text becomes "20 working days"; any other {placeholder} is left for a later pass. */
export function fillTimescales(text: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(timescales, key) ? formatAmount(timescales[key as TimescaleKey]) : whole,
  );
}

export function timescaleByKey(key: TimescaleKey): Timescale {
  return timescales[key];
}

export function stageById(id: StageId): Stage {
  const stage = stages.find((s) => s.id === id);
  if (!stage) throw new Error(`No complaint stage with id "${id}"`);
  return stage;
}

/** A stage's title without a leading "The": "Ombudsman" for "The Ombudsman". */
const bareTitle = (stage: Stage) => stage.title.replace(/^The /, '');

/**
 * How step navigation and leaflets name a stage: "Stage 1: Sorting it out locally", or the title alone where it
 * already is the stage's name ("The Ombudsman", not "Ombudsman: The Ombudsman").
 */
export function stageLabel(stage: Stage): string {
  return stage.name === bareTitle(stage) ? stage.title : `${stage.name}: ${stage.title}`;
}

/** The council's own name for a stage when it says something the title does not (so letters can be matched to it). */
export function officialNameIfDifferent(stage: Stage): string | undefined {
  return stage.officialName === bareTitle(stage) ? undefined : stage.officialName;
}

/** "Stage 2 of 4" style position of a stage in the journey (1-based). */
export function stagePosition(id: StageId): { number: number; of: number } {
  return { number: stages.findIndex((s) => s.id === id) + 1, of: stages.length };
}

export type TimescaleRow = {
  key: TimescaleKey;
  within: string;
  amount: string;
  what: string;
  line: string;
  timescale: Timescale;
};

/** A stage's timescales, in the order the stage lists them, ready to render. */
export function stageTimescaleRows(id: StageId): TimescaleRow[] {
  return stageById(id).timescales.map((key) => {
    const t: Timescale = timescales[key];
    return {
      key,
      within: withinPhrase(t),
      amount: formatAmount(t),
      what: t.what,
      line: timescaleLine(t),
      timescale: t,
    };
  });
}
