// Every complaint timescale on the site lives here, once. Pages, leaflets and the stage finder render from it.
// Council facts come from the council's pages; the rest are statutory (see `source`).
import type { SourceKey } from './sources.ts';

export type Timescale = {
  /** Length of the period. */
  amount: number;
  unit: 'working days' | 'months' | 'year';
  /** What the period is for, in plain words, to finish the sentence "… within N working days". */
  what: string;
  /** True where the rule is "normally": a late request can still be accepted. */
  normally?: boolean;
  source: SourceKey;
};

export const timescales = {
  complainWithin: {
    amount: 1,
    unit: 'year',
    normally: true,
    source: 'regulations',
    what: 'to make a complaint, from when the problem happened (a late complaint can still be accepted)',
  },
  stage1Acknowledge: {
    amount: 2,
    unit: 'working days',
    source: 'councilComplaints',
    what: 'for the council to tell you it has your complaint and who is dealing with it',
  },
  stage1Reply: {
    amount: 10,
    unit: 'working days',
    source: 'councilComplaints',
    what: 'for the manager to reply to your complaint',
  },
  stage1ReplyExtended: {
    amount: 20,
    unit: 'working days',
    source: 'councilComplaints',
    what: 'for the manager to reply, if they tell you they need more time',
  },
  stage2Ask: {
    amount: 20,
    unit: 'working days',
    normally: true,
    source: 'councilProcedures',
    what: 'to ask for Stage 2, from the day you get the Stage 1 reply',
  },
  stage2Reply: {
    amount: 25,
    unit: 'working days',
    source: 'regulations',
    what: 'for the council to send you its Stage 2 reply',
  },
  stage2ReplyMax: {
    amount: 65,
    unit: 'working days',
    source: 'regulations',
    what: 'for the Stage 2 reply at most, if there are complications',
  },
  stage3Ask: {
    amount: 20,
    unit: 'working days',
    normally: true,
    source: 'councilProcedures',
    what: 'to ask for a Review Panel, from the day you get the Stage 2 reply',
  },
  panelMeets: {
    amount: 30,
    unit: 'working days',
    source: 'regulations',
    what: 'for the Review Panel to meet, from the day you ask for it',
  },
  panelReport: {
    amount: 5,
    unit: 'working days',
    source: 'regulations',
    what: 'for the panel to write its report, after it meets',
  },
  councilResponse: {
    amount: 15,
    unit: 'working days',
    source: 'regulations',
    what: "for the council to send you its response to the panel's report",
  },
  ombudsmanWithin: {
    amount: 12,
    unit: 'months',
    normally: true,
    source: 'ombudsman',
    what: 'to complain to the Ombudsman, from when you knew about the problem',
  },
} as const satisfies Record<string, Timescale>;

export type TimescaleKey = keyof typeof timescales;

/** Stage 3's Review Panel: who sits on it and who you may bring (SI 2006/1738, regulation 19(2) and 19(6)). */
export const reviewPanel = {
  /** Independent people on the panel. */
  members: 3,
  /** People you may bring besides your advocate. */
  otherPeople: 1,
  source: 'regulations',
} as const satisfies { members: number; otherPeople: number; source: SourceKey };

export type ReviewPanelCount = 'members' | 'otherPeople';

export type StageId = 'stage-1' | 'stage-2' | 'stage-3' | 'ombudsman';

export type Stage = {
  id: StageId;
  /** Short name for step navigation: "Stage 1". */
  name: string;
  /** What the stage is called, in plain words. */
  title: string;
  /** The council's own name for it, so a young person can match letters they get. */
  officialName: string;
  summary: string;
  timescales: readonly TimescaleKey[];
};

export const stages: readonly Stage[] = [
  {
    id: 'stage-1',
    name: 'Stage 1',
    title: 'Sorting it out locally',
    officialName: 'Local Resolution',
    summary: 'A manager looks at your complaint and replies to you.',
    timescales: ['stage1Acknowledge', 'stage1Reply', 'stage1ReplyExtended'],
  },
  {
    id: 'stage-2',
    name: 'Stage 2',
    title: 'An independent investigation',
    officialName: 'Investigation',
    summary: 'An Investigating Officer looks into your complaint. An Independent Person checks it is fair.',
    timescales: ['stage2Ask', 'stage2Reply', 'stage2ReplyMax'],
  },
  {
    id: 'stage-3',
    name: 'Stage 3',
    title: 'A Review Panel',
    officialName: 'Review',
    summary: `A panel of ${reviewPanel.members} independent people decides if the Stage 2 investigation was fair.`,
    timescales: ['stage3Ask', 'panelMeets', 'panelReport', 'councilResponse'],
  },
  {
    id: 'ombudsman',
    name: 'Ombudsman',
    title: 'The Ombudsman',
    officialName: 'Local Government and Social Care Ombudsman',
    summary: 'If you are still unhappy after Stage 3, the Ombudsman can look at your complaint.',
    timescales: ['ombudsmanWithin'],
  },
];
