import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  edgesOf,
  walk,
  isValidPath,
  routes,
  isOutcome,
  timescaleText,
  deadlineViews,
  dueDates,
  positionLabel,
  outcomeTimescales,
  type Outcome,
} from '../../src/lib/stage-finder/index.ts';
import { fillTimescales } from '../../src/lib/timescales.ts';
import { readEntries, readStageTree } from '../../src/loaders/data-files.ts';
import { walkAnswers, answersFromParam, answersToParam } from '../../src/lib/stage-finder/walk.ts';
import { utcDate, isoDay } from '../../src/lib/working-days.ts';
import { bankHolidayData } from '../../src/loaders/bank-holidays.ts';

const holidays = new Set(bankHolidayData.dates);
const tree = readStageTree();
const { nodes, startNodeId } = tree;
const outcomes = Object.values(nodes).filter(isOutcome);
const contactIds = readEntries('contacts').map((contact) => contact.id);

/** Every text an outcome shows. */
function outcomeTexts(outcome: Outcome): string[] {
  return [
    outcome.title,
    ...outcome.now,
    ...(outcome.nowLate ?? []),
    outcome.summary,
    ...outcome.next,
    ...(outcome.byWhen ?? []),
    ...outcome.late,
    ...outcome.nextStep,
    ...outcome.deadlines.map((d) => d.what),
    outcome.event?.question ?? '',
    outcome.event?.from ?? '',
  ];
}

test('every answer points at a node that exists', () => {
  for (const node of Object.values(nodes)) {
    if (node.kind !== 'question') continue;
    for (const answer of node.answers)
      assert.ok(nodes[answer.next], `${node.id} → ${answer.id} → ${answer.next} is missing`);
  }
});

test('every path from the first question ends at an outcome, with no loops', () => {
  let paths = 0;
  const visit = (id: string, seen: string[]) => {
    assert.ok(!seen.includes(id), `loop: ${[...seen, id].join(' → ')}`);
    const node = nodes[id]!;
    if (node.kind === 'outcome') {
      paths += 1;
      return;
    }
    assert.ok(node.answers.length >= 2, `${id} needs at least 2 answers`);
    for (const answer of node.answers) visit(answer.next, [...seen, id]);
  };
  visit(startNodeId, []);
  assert.ok(paths >= 13);
});

test('no node is unreachable', () => {
  const reached = routes(tree);
  for (const id of Object.keys(nodes)) assert.ok(reached.has(id), `${id} cannot be reached`);
});

test('every question has an "I\'m not sure" answer, and answer ids are unique within it', () => {
  for (const node of Object.values(nodes)) {
    if (node.kind !== 'question') continue;
    assert.ok(
      node.answers.some((a) => a.label === "I'm not sure" || a.label.startsWith("I'm not sure")),
      node.id,
    );
    assert.equal(new Set(node.answers.map((a) => a.id)).size, node.answers.length, node.id);
    for (const a of node.answers) assert.match(a.id, /^[a-z0-9-]+$/, 'answer ids go in the URL: no dots or spaces');
  }
});

test('every outcome names a stage and at least one contact, always including how to get an advocate', () => {
  for (const outcome of outcomes) {
    assert.ok(positionLabel(outcome.stage).length > 5, outcome.id);
    assert.ok(outcome.contacts.length >= 1, outcome.id);
    assert.ok(
      outcome.contacts.includes('barnardos-advocacy'),
      `${outcome.id} must say how to get a Barnardo's advocate`,
    );
    assert.ok(outcome.contacts.includes('coram-voice'), `${outcome.id} must name Coram Voice`);
    for (const id of outcome.contacts) assert.ok(contactIds.includes(id), `${outcome.id}: unknown contact ${id}`);
  }
});

test('every outcome says what happens next, by when, what to do if it is late, and the next step', () => {
  for (const outcome of outcomes) {
    assert.ok(outcome.summary && outcome.next.length > 0, outcome.id);
    assert.ok(outcome.deadlines.length > 0 || (outcome.byWhen ?? []).length > 0, `${outcome.id} must say by when`);
    assert.ok(outcome.late.length > 0, `${outcome.id} must say what to do if it is late`);
    assert.ok(outcome.nextStep.length > 0, outcome.id);
    assert.ok(
      outcome.readMore.some((l) => l.path === '/get-an-advocate/'),
      `${outcome.id} links to Get an advocate`,
    );
    if (outcome.deadlines.length > 0)
      assert.ok(outcome.event, `${outcome.id} has deadlines, so needs an event to count from`);
  }
});

test('the outcomes cover every situation in the brief', () => {
  const expected: [string[], string][] = [
    [['no', 'no'], 'talk-to-worker-first'],
    [['no', 'not-sure'], 'talk-to-worker-first'],
    [['no', 'yes'], 'ready-to-complain'],
    [['yes', 'sent', 'email'], 'complaint-sent'],
    [['yes', 'sent', 'online-form'], 'complaint-sent'],
    [['yes', 'sent', 'by-hand'], 'complaint-sent'],
    [['yes', 'sent', 'phone'], 'complaint-sent'],
    [['yes', 'sent', 'post'], 'complaint-posted'],
    [['yes', 'sent', 'someone-else'], 'complaint-sent-by-someone'],
    [['yes', 'sent', 'not-sure'], 'complaint-sent-by-someone'],
    [['yes', 'acknowledged'], 'waiting-stage-1'],
    [['yes', 'stage-1-reply', 'yes'], 'stage-1-happy'],
    [['yes', 'stage-1-reply', 'no'], 'stage-1-not-happy'],
    [['yes', 'asked-stage-2'], 'waiting-stage-2'],
    [['yes', 'stage-2-reply', 'yes'], 'stage-2-happy'],
    [['yes', 'stage-2-reply', 'no'], 'stage-2-not-happy'],
    [['yes', 'asked-stage-3'], 'waiting-stage-3'],
    [['yes', 'panel-response', 'yes'], 'stage-3-happy'],
    [['yes', 'panel-response', 'no'], 'stage-3-not-happy'],
    [['not-sure'], 'not-sure'],
    [['yes', 'not-sure'], 'not-sure'],
  ];
  for (const [answers, id] of expected) assert.equal(walk(tree, answers)?.id, id, answers.join('.'));
});

test('no number of days, months or years is typed into the tree: they come from complaint-stages.ts', () => {
  for (const node of Object.values(nodes)) {
    const texts =
      node.kind === 'outcome'
        ? outcomeTexts(node)
        : [node.question, node.hint ?? '', ...node.answers.map((a) => a.label)];
    for (const text of texts) {
      assert.doesNotMatch(text, /\d+\s*(working\s+)?(days?|weeks?|months?|years?)\b/i, `${node.id}: "${text}"`);
      assert.doesNotMatch(fillTimescales(text), /\{\w+\}/, `${node.id}: a placeholder is left in "${text}"`);
    }
  }
});

test('timescales are filled in from the data', () => {
  assert.equal(timescaleText('stage2Ask'), '20 working days');
  assert.equal(
    fillTimescales('within {stage1Reply}, or {stage1ReplyExtended}'),
    'within 10 working days, or 20 working days',
  );
  assert.equal(fillTimescales('{ombudsmanWithin}'), '12 months');
  assert.equal(
    fillTimescales('{date} is {noSuchTimescale}'),
    '{date} is {noSuchTimescale}',
    'other placeholders are left',
  );
});

test('the next step says Stage 2 and Stage 3 are normally within 20 working days, the Ombudsman within 12 months', () => {
  const said = (id: string) =>
    outcomeTexts(nodes[id] as Outcome)
      .map(fillTimescales)
      .join(' ');
  assert.match(
    said('stage-1-not-happy'),
    /Ask for Stage 2\. You should normally do this within 20 working days of getting the Stage 1 reply/,
  );
  assert.match(
    said('stage-2-not-happy'),
    /Ask for a Review Panel\. You should normally do this within 20 working days of getting the Stage 2 reply/,
  );
  assert.deepEqual(
    deadlineViews(nodes['stage-1-not-happy'] as Outcome).map((d) => d.within),
    ['normally within 20 working days of the day you got the Stage 1 reply'],
  );
  assert.deepEqual(
    deadlineViews(nodes['stage-2-not-happy'] as Outcome).map((d) => d.within),
    ['normally within 20 working days of the day you got the Stage 2 reply'],
  );
  assert.match(said('stage-3-not-happy'), /within 12 months of when you knew about the problem/);
});

test('walking answers: valid paths reach their node, bad ones give null', () => {
  assert.equal(walk(tree, [])?.id, startNodeId);
  assert.equal(walk(tree, ['yes'])?.id, 'latest');
  assert.equal(walk(tree, ['yes', 'nonsense']), null);
  assert.equal(walk(tree, ['yes', 'sent', 'yes']), null, 'no answers after an outcome');
  assert.equal(isValidPath(tree, ['no', 'yes']), true);
  assert.equal(isValidPath(tree, ['maybe']), false);
  assert.equal(walkAnswers(edgesOf(tree), startNodeId, ['yes', 'stage-1-reply']), 'stage-1-reply');
});

test('answers go in the URL and come back out', () => {
  assert.equal(answersToParam(['yes', 'stage-1-reply', 'no']), 'yes.stage-1-reply.no');
  assert.deepEqual(answersFromParam('yes.stage-1-reply.no'), ['yes', 'stage-1-reply', 'no']);
  assert.deepEqual(answersFromParam(null), []);
  assert.deepEqual(answersFromParam(''), []);
});

test('routes give each node the shortest answers and the question before it', () => {
  const r = routes(tree);
  assert.deepEqual(r.get(startNodeId), { answers: [], parent: null });
  assert.deepEqual(r.get('stage-1-not-happy'), { answers: ['yes', 'stage-1-reply', 'no'], parent: 'stage-1-reply' });
  for (const [id, route] of r) assert.equal(walk(tree, route.answers)?.id, id);
});

test('due dates: a Stage 1 reply on Friday 18 December 2026 means Stage 2 is normally asked for by Wednesday 20 January 2027', () => {
  const dates = dueDates(
    nodes['stage-1-not-happy'] as Outcome,
    utcDate(2026, 12, 18),
    holidays,
    bankHolidayData.lastYear,
  );
  assert.deepEqual(
    dates.map((d) => d && isoDay(d)),
    ['2027-01-20'],
  );
});

test('due dates: Stage 1 acknowledgement and replies from a complaint received Thursday 24 December 2026', () => {
  const dates = dueDates(
    nodes['complaint-posted'] as Outcome,
    utcDate(2026, 12, 24),
    holidays,
    bankHolidayData.lastYear,
  );
  // Working days after 24 Dec: 29 (1), 30 (2), 31 (3), 4 Jan (4) ... 8 Jan (8), 11 (9), 12 (10) ... 26 Jan (20)
  assert.deepEqual(
    dates.map((d) => d && isoDay(d)),
    ['2026-12-30', '2027-01-12', '2027-01-26'],
  );
});

test('due dates chain: the panel meets, then reports, then the council responds', () => {
  const outcome = nodes['waiting-stage-3'] as Outcome;
  const dates = dueDates(outcome, utcDate(2027, 3, 1), holidays, bankHolidayData.lastYear);
  // 30 working days after Mon 1 March 2027, skipping Good Friday 26 March and Easter Monday 29 March: Wed 14 April.
  assert.deepEqual(
    dates.map((d) => d && isoDay(d)),
    ['2027-04-14', '2027-04-21', '2027-05-13'],
  );
  // 21 April + 15 working days, skipping the early May bank holiday on 3 May: 13 May.
});

test('a due date past the last year of holiday data is not given', () => {
  const dates = dueDates(nodes['stage-1-not-happy'] as Outcome, utcDate(2026, 12, 18), holidays, 2026);
  assert.deepEqual(dates, [null]);
});

test('every outcome cites the sources of the timescales it uses', () => {
  assert.deepEqual(
    outcomeTimescales(nodes['stage-1-not-happy'] as Outcome).sort(),
    ['stage2Ask', 'stage2Reply', 'stage2ReplyMax'].sort(),
  );
  for (const outcome of outcomes) assert.ok(outcomeTimescales(outcome).length > 0, outcome.id);
});

test('position labels come from the stages data', () => {
  assert.equal(positionLabel('stage-1'), 'Stage 1: sorting it out locally');
  assert.equal(positionLabel('stage-3'), 'Stage 3: a Review Panel');
  assert.equal(positionLabel('ombudsman'), 'After Stage 3: The Ombudsman');
});
