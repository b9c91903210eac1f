// The "Which stage am I at?" decision tree, as data. Questions point at the next node by id; every path ends
// at an outcome. Timescales appear as {key} and are filled in from src/data/complaint-stages.ts.
// Facts only from FACTS.md and the council's pages. Plain English (WRITING.md): "you", short sentences.
import type { Outcome, Question, StageNode } from './types.ts';

export const startNodeId = 'complained';

const notSure = { id: 'not-sure', label: "I'm not sure" } as const;

const questions: Question[] = [
  {
    kind: 'question', id: 'complained',
    question: 'Have you made a complaint yet?',
    hint: 'A complaint is when you tell the council you are not happy about something it did or did not do.',
    answers: [
      { id: 'yes', label: 'Yes, I have made a complaint', next: 'latest' },
      { id: 'no', label: 'No, not yet', next: 'talked-to-pa' },
      { ...notSure, next: 'not-sure' },
    ],
  },
  {
    kind: 'question', id: 'talked-to-pa',
    question: 'Have you talked to your PA about the problem?',
    hint: 'Your PA is your personal adviser.',
    answers: [
      { id: 'yes', label: 'Yes, and I am still not happy', next: 'ready-to-complain' },
      { id: 'no', label: 'No, not yet', next: 'talk-to-pa-first' },
      { ...notSure, next: 'talk-to-pa-first' },
    ],
  },
  {
    kind: 'question', id: 'latest',
    question: 'What happened last with your complaint?',
    hint: 'Choose the one that happened most recently.',
    answers: [
      { id: 'sent', label: 'I sent my complaint, but I have not heard anything back', next: 'complaint-sent' },
      { id: 'acknowledged', label: 'The council told me it has my complaint, and I am waiting for a reply', next: 'waiting-stage-1' },
      { id: 'stage-1-reply', label: 'I got a reply from a manager (Stage 1)', next: 'stage-1-reply' },
      { id: 'asked-stage-2', label: 'I asked for an investigation (Stage 2), and I am waiting', next: 'waiting-stage-2' },
      { id: 'stage-2-reply', label: 'I got the reply after the investigation (Stage 2)', next: 'stage-2-reply' },
      { id: 'asked-stage-3', label: 'I asked for a Review Panel (Stage 3), and I am waiting', next: 'waiting-stage-3' },
      { id: 'panel-response', label: "I got the council's response after the Review Panel (Stage 3)", next: 'panel-response' },
      { ...notSure, next: 'not-sure' },
    ],
  },
  {
    kind: 'question', id: 'stage-1-reply',
    question: 'Are you happy with the Stage 1 reply?',
    hint: 'This is the reply from the manager who looked at your complaint.',
    answers: [
      { id: 'yes', label: 'Yes, I am happy with it', next: 'stage-1-happy' },
      { id: 'no', label: 'No, I am not happy with it', next: 'stage-1-not-happy' },
      { ...notSure, next: 'stage-1-not-happy' },
    ],
  },
  {
    kind: 'question', id: 'stage-2-reply',
    question: 'Are you happy with the Stage 2 investigation?',
    hint: 'This is about the investigation and the reply the council sent you after it.',
    answers: [
      { id: 'yes', label: 'Yes, I am happy with it', next: 'stage-2-happy' },
      { id: 'no', label: 'No, I am not happy with it', next: 'stage-2-not-happy' },
      { ...notSure, next: 'stage-2-not-happy' },
    ],
  },
  {
    kind: 'question', id: 'panel-response',
    question: "Are you happy with the council's response?",
    hint: 'This is the response the council sent you after the Review Panel.',
    answers: [
      { id: 'yes', label: 'Yes, I am happy with it', next: 'stage-3-happy' },
      { id: 'no', label: 'No, I am not happy with it', next: 'stage-3-not-happy' },
      { ...notSure, next: 'stage-3-not-happy' },
    ],
  },
];

const advocates = ['barnardos-advocacy', 'coram-voice'] as const;
const getAnAdvocate = { path: '/get-an-advocate/', label: 'Get an advocate' };

const stage1Late = [
  'If you have not heard anything within {stage1Acknowledge}, contact the Complaints Officer. Ask them to check they have your complaint.',
  'If the reply is late, contact the Complaints Officer and ask when it will come. An advocate can do this with you.',
  'The Ombudsman normally wants all 3 stages to be finished first. But if the council is unreasonably late, the Ombudsman may look at your complaint sooner.',
];
const stage1Deadlines = [
  { what: 'The manager replies to you', timescale: 'stage1Reply', after: 'event' },
  { what: 'The manager replies, if they told you they need more time', timescale: 'stage1ReplyExtended', after: 'event' },
] as const;
const complaintReceived = {
  question: 'When did the council get your complaint?',
  name: 'the date the council got your complaint',
  from: 'the day the council got your complaint',
};
const stage1Reply = {
  question: 'When did you get the Stage 1 reply?',
  name: 'the date you got the Stage 1 reply',
  from: 'the day you got the Stage 1 reply',
};
const stage2Reply = {
  question: 'When did you get the Stage 2 reply?',
  name: 'the date you got the Stage 2 reply',
  from: 'the day you got the Stage 2 reply',
};
const ombudsmanStep = 'You should normally contact the Ombudsman within {ombudsmanWithin} of when you knew about the problem.';

const outcomes: Outcome[] = [
  {
    kind: 'outcome', id: 'talk-to-pa-first', stage: 'before-stage-1',
    title: 'Talk to your PA first',
    summary: 'You have not made a complaint yet, so your complaint has not reached a stage.',
    next: [
      'The council asks you to try to talk to your PA (personal adviser) first, before you make a complaint.',
      'Your PA may be able to help you understand why a decision was made, or why the support is not available.',
      'If the council says no to a service or funding, your PA will write down the decision and why. They will tell you the reasons, and how to complain or appeal.',
    ],
    deadlines: [],
    byWhen: ['You should normally make a complaint within {complainWithin} of the problem. The council can still accept a late complaint.'],
    late: [
      'If you cannot talk to your PA, or they do not get back to you, an advocate can help you decide what to do.',
      'You can still make a complaint if talking to your PA does not help.',
    ],
    nextStep: [
      'If you are still not happy after talking to your PA, you can make a complaint to the Family Services Complaints Officer. This starts Stage 1.',
    ],
    contacts: [...advocates, 'complaints-officer'],
    readMore: [{ path: '/support/', label: 'Get support' }, { path: '/how-to-complain/', label: 'Make a complaint' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'ready-to-complain', stage: 'before-stage-1',
    title: 'You can make a complaint',
    summary: 'You have talked to your PA and you are still not happy. Your next step is to make a complaint. This starts Stage 1.',
    next: [
      'You contact the Family Services Complaints Officer. You can email, phone or write. You can also use a paper form from Onwards and Upwards.',
      'The council will tell you it has your complaint within {stage1Acknowledge}. It will tell you who is dealing with it.',
      'A manager will reply to you within {stage1Reply}. If they need more time, they will tell you, and reply within {stage1ReplyExtended}.',
    ],
    deadlines: [],
    byWhen: ['You should normally make a complaint within {complainWithin} of the problem. The council can still accept a late complaint.'],
    late: ['If you do not hear back within {stage1Acknowledge}, contact the Complaints Officer and check they have your complaint.'],
    nextStep: ['Make your complaint to the Complaints Officer. An advocate can help you write it.'],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/how-to-complain/', label: 'Make a complaint' }, { path: '/stage-1/', label: 'Stage 1' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'complaint-sent', stage: 'stage-1',
    title: 'You are at Stage 1: waiting to hear back',
    summary: 'You have sent your complaint. This is Stage 1: sorting it out locally.',
    next: [
      'The council tells you it has your complaint, and who is dealing with it.',
      'Then a manager looks at your complaint and replies to you.',
    ],
    event: complaintReceived,
    deadlines: [
      { what: 'The council tells you it has your complaint', timescale: 'stage1Acknowledge', after: 'event' },
      ...stage1Deadlines,
    ],
    late: stage1Late,
    nextStep: ['When you get the reply, read it carefully. If you are not happy with it, you can normally ask for Stage 2 within {stage2Ask} of getting it.'],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/stage-1/', label: 'Stage 1' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'waiting-stage-1', stage: 'stage-1',
    title: 'You are at Stage 1: waiting for a reply',
    summary: 'The council has your complaint and a manager is looking at it. This is Stage 1: sorting it out locally.',
    next: ['The manager dealing with your complaint replies to you. If they need more time, they will tell you.'],
    event: complaintReceived,
    deadlines: stage1Deadlines,
    late: stage1Late.slice(1),
    nextStep: ['When you get the reply, read it carefully. If you are not happy with it, you can normally ask for Stage 2 within {stage2Ask} of getting it.'],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/stage-1/', label: 'Stage 1' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'stage-1-happy', stage: 'stage-1',
    title: 'Your complaint is sorted at Stage 1',
    summary: 'You got a reply at Stage 1 and you are happy with it. You do not need to do anything else.',
    next: ['Nothing else needs to happen. Keep the reply safe in case you need it later.'],
    event: stage1Reply,
    deadlines: [{ what: 'If you change your mind, ask for Stage 2', timescale: 'stage2Ask', after: 'event' }],
    late: ['If you feel things are not being put right, talk to your PA or an advocate.'],
    nextStep: ['If you change your mind, you can normally ask for Stage 2 within {stage2Ask} of getting the reply.'],
    contacts: [...advocates, 'complaints-officer'],
    readMore: [{ path: '/stage-2/', label: 'Stage 2' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'stage-1-not-happy', stage: 'stage-1',
    title: 'You can ask for Stage 2',
    summary: 'You have finished Stage 1. If you are not happy with the reply, or not sure about it, you can ask for Stage 2: an independent investigation.',
    next: [
      'You write to the Family Services Complaints Officer. Say why the Stage 1 reply did not answer your complaint, and ask for an independent investigation.',
      'Then an Investigating Officer looks into your complaint and writes a report. An Independent Person makes sure it is fair.',
    ],
    event: stage1Reply,
    deadlines: [{ what: 'Ask for Stage 2', timescale: 'stage2Ask', after: 'event' }],
    late: [
      'If you have missed this date, still ask, and say why you are late. An advocate can help you.',
    ],
    nextStep: [
      'Ask for Stage 2. You should normally do this within {stage2Ask} of getting the Stage 1 reply.',
      'After you ask, the council aims to reply within {stage2Reply}. It can take up to {stage2ReplyMax} if there are complications.',
    ],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/stage-2/', label: 'Stage 2' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'waiting-stage-2', stage: 'stage-2',
    title: 'You are at Stage 2: waiting for the investigation',
    summary: 'You have asked for Stage 2. This is an independent investigation of your complaint.',
    next: [
      'An Investigating Officer looks into your complaint and writes a report. An Independent Person makes sure it is fair.',
      'The council uses the report to write its reply to you.',
    ],
    event: {
      question: 'When did you ask for Stage 2?',
      name: 'the date you asked for Stage 2',
      from: 'the day you asked for Stage 2',
    },
    deadlines: [
      { what: 'The council aims to send you its Stage 2 reply', timescale: 'stage2Reply', after: 'event' },
      { what: 'The latest the reply should come, if there are complications', timescale: 'stage2ReplyMax', after: 'event' },
    ],
    late: [
      'If you have not had a reply within {stage2Reply}, contact the Complaints Officer and ask when it will come. The council should only take longer if there are complications.',
      'The Ombudsman normally wants all 3 stages to be finished first. But if the council is unreasonably late, the Ombudsman may look at your complaint sooner.',
    ],
    nextStep: ['When you get the reply, read it carefully. If you are not happy with how the investigation was done, you can normally ask for a Review Panel within {stage3Ask}.'],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/stage-2/', label: 'Stage 2' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'stage-2-happy', stage: 'stage-2',
    title: 'Your complaint is sorted at Stage 2',
    summary: 'You got the reply after the Stage 2 investigation and you are happy with it. You do not need to do anything else.',
    next: ['Nothing else needs to happen. Keep the reply safe in case you need it later.'],
    event: stage2Reply,
    deadlines: [{ what: 'If you change your mind, ask for a Review Panel', timescale: 'stage3Ask', after: 'event' }],
    late: ['If you feel things are not being put right, talk to your PA or an advocate.'],
    nextStep: ['If you change your mind, you can normally ask for a Review Panel (Stage 3) within {stage3Ask} of getting the reply.'],
    contacts: [...advocates, 'complaints-officer'],
    readMore: [{ path: '/stage-3/', label: 'Stage 3' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'stage-2-not-happy', stage: 'stage-2',
    title: 'You can ask for a Review Panel (Stage 3)',
    summary: 'You have finished Stage 2. If you are not happy with how the investigation was done, you can ask for a Review Panel. This is Stage 3.',
    next: [
      'You contact the Complaints Officer and ask for a Review Panel.',
      'The panel is 3 independent people. It does not investigate again. It decides if the investigation and its results were fair.',
      'You can bring your advocate and 1 other person to the panel.',
    ],
    event: stage2Reply,
    deadlines: [{ what: 'Ask for a Review Panel', timescale: 'stage3Ask', after: 'event' }],
    late: ['If you have missed this date, still ask, and say why you are late. An advocate can help you.'],
    nextStep: [
      'Ask for a Review Panel. You should normally do this within {stage3Ask} of getting the Stage 2 reply.',
      'After you ask, the Review Panel should meet within {panelMeets} of your request.',
    ],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/stage-3/', label: 'Stage 3' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'waiting-stage-3', stage: 'stage-3',
    title: 'You are at Stage 3: waiting for the Review Panel',
    summary: 'You have asked for a Review Panel. This is Stage 3, the last stage of the council’s complaints process.',
    next: [
      'A panel of 3 independent people meets. It decides if the Stage 2 investigation and its results were fair. You can bring your advocate and 1 other person.',
      'The panel writes a report. Then the council sends you its response.',
    ],
    event: {
      question: 'When did you ask for a Review Panel?',
      name: 'the date you asked for a Review Panel',
      from: 'the day you asked for a Review Panel',
    },
    deadlines: [
      { what: 'The Review Panel meets', timescale: 'panelMeets', after: 'event' },
      { what: 'The panel sends its report', timescale: 'panelReport', after: 0, afterText: 'the panel meeting' },
      { what: 'The council sends you its response', timescale: 'councilResponse', after: 1, afterText: "the panel's report" },
    ],
    late: [
      'If something is late, contact the Complaints Officer and ask when it will happen. An advocate can do this with you.',
      'The Ombudsman normally wants all 3 stages to be finished first. But if the council is unreasonably late, the Ombudsman may look at your complaint sooner.',
    ],
    nextStep: [`If you are not happy with the council's response, you can ask the Ombudsman to look at your complaint. ${ombudsmanStep}`],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/stage-3/', label: 'Stage 3' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'stage-3-happy', stage: 'stage-3',
    title: 'Your complaint is finished',
    summary: "You got the council's response after the Review Panel and you are happy with it. You do not need to do anything else.",
    next: ['Nothing else needs to happen. Keep the response safe in case you need it later.'],
    deadlines: [],
    byWhen: [`If you change your mind, you can ask the Ombudsman. ${ombudsmanStep}`],
    late: ['If you feel things are not being put right, talk to your PA or an advocate.'],
    nextStep: [`If you change your mind, you can ask the Ombudsman to look at your complaint. ${ombudsmanStep}`],
    contacts: [...advocates, 'ombudsman'],
    readMore: [{ path: '/ombudsman/', label: 'The Ombudsman' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'stage-3-not-happy', stage: 'ombudsman',
    title: 'You can ask the Ombudsman',
    summary: "You have finished all 3 stages of the council's complaints process. Your next step is the Local Government and Social Care Ombudsman.",
    next: [
      'You contact the Ombudsman. The Ombudsman is free and independent, and does not take sides.',
      'The Ombudsman can investigate your complaint about the council.',
    ],
    deadlines: [],
    byWhen: [ombudsmanStep],
    late: ['If it is later than that, ask an advocate to help you.'],
    nextStep: [`Contact the Ombudsman. ${ombudsmanStep}`],
    contacts: ['ombudsman', ...advocates],
    readMore: [{ path: '/ombudsman/', label: 'The Ombudsman' }, getAnAdvocate],
  },
  {
    kind: 'outcome', id: 'not-sure', stage: 'unknown',
    title: 'Find out which stage you are at',
    summary: 'It is fine not to know. The Complaints Officer or an advocate can help you find out.',
    next: [
      'Look at any letters or emails about your complaint. Look for the words "Stage 1", "Local Resolution", "Stage 2", "Investigation", "Stage 3" or "Review".',
      'Or contact the Complaints Officer and ask which stage your complaint is at. An advocate can do this with you.',
    ],
    deadlines: [],
    byWhen: [
      'The time limits depend on the stage. If you got a reply you are not happy with, do not wait. You can normally ask for the next stage within {stage2Ask} of getting it.',
    ],
    late: ['If you think the council is late, ask the Complaints Officer what is happening.'],
    nextStep: ['When you know more, start again and choose what happened last.'],
    contacts: ['complaints-officer', ...advocates],
    readMore: [{ path: '/how-to-complain/', label: 'Make a complaint' }, getAnAdvocate],
  },
];

export const nodes: Readonly<Record<string, StageNode>> = Object.fromEntries(
  [...questions, ...outcomes].map((node) => [node.id, node]),
);
