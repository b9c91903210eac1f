// The urgent way in (issue 21): something is about to happen, like a move. The stage tool reaches what to do today in
// one choice, the urgent letter is the Stage 1 complaint with the urgent questions first, and nothing says more than
// the sources: no time for an urgent answer, and the council is asked, never told it must.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLetter } from '../../src/lib/letters/build.ts';
import { letterContext } from '../../src/lib/letters/context.ts';
import { emailLink } from '../../src/lib/letters/mailto.ts';
import { letterQuestions, nextQuestion, visibleQuestions } from '../../src/lib/letters/questions.ts';
import { isOutcome, walk, type Outcome } from '../../src/lib/stage-finder/index.ts';
import { phonePattern } from '../../src/lib/stage-finder/tree.ts';
import { utcDate } from '../../src/lib/working-days.ts';
import { readLetterWording, readStageTree } from '../../src/loaders/data-files.ts';

const tree = readStageTree();
const wording = readLetterWording();
const ctx = letterContext('urgent', utcDate(2027, 1, 4), new Set());
const urgentOutcomes = Object.values(tree.nodes)
  .filter(isOutcome)
  .filter((o) => o.stage === 'urgent');
const outcome = urgentOutcomes[0] as Outcome;
const phonesIn = (text: string) => [...text.matchAll(phonePattern)].map((m) => m[1]);

test('one answer to the first question reaches the urgent outcome', () => {
  assert.equal(urgentOutcomes.length, 1);
  const first = tree.nodes[tree.startNodeId];
  assert.ok(first?.kind === 'question');
  const way = first.answers.find((answer) => answer.next === outcome.id);
  assert.ok(way, 'the first question has an answer leading to the urgent outcome');
  assert.match(way.label, /about to happen/i);
  assert.equal(walk(tree, [way.id])?.id, outcome.id);
});

test('what to do today, in order: call the Complaints Officer, ask for a pause, get an advocate, then write', () => {
  const [call, pause, advocate] = outcome.now;
  assert.deepEqual(phonesIn(call!), ['complaints-officer']);
  assert.match(call!, /urgent/i);
  assert.match(pause!, /\bask\b/i);
  assert.deepEqual(phonesIn(advocate!), ['barnardos-advocacy', 'help-at-hand', 'coram-voice']);
  assert.equal(outcome.letter, 'urgent');
  assert.equal(outcome.letterFirst, true, 'the letter link comes straight after what to do now');
  assert.ok(outcome.contacts.includes('complaints-officer'));
});

test('the urgent outcome invents no deadline and says "ask", never that the council must', () => {
  assert.equal(outcome.deadlines.length, 0);
  assert.equal(outcome.event, undefined);
  const said = [...outcome.now, ...outcome.next, ...(outcome.byWhen ?? []), ...outcome.late, ...outcome.nextStep];
  for (const text of said) assert.doesNotMatch(text, /\b(must|have to|has to|will stop)\b/i, text);
  // The only times named are Stage 1's, which any complaint has.
  const times = said.join(' ').match(/\{(\w+)\}/g) ?? [];
  assert.deepEqual([...new Set(times)].sort(), ['{stage1Acknowledge}', '{stage1Reply}']);
});

test('the urgent letter asks what is going to happen, and when, first, and never asks whether it is urgent', () => {
  assert.deepEqual(letterQuestions.urgent.slice(0, 2), ['urgentWhat', 'urgentDate']);
  assert.ok(!letterQuestions.urgent.includes('urgent'));
  assert.deepEqual(visibleQuestions({}, ctx).slice(0, 2), ['urgentWhat', 'urgentDate']);
  assert.equal(nextQuestion('urgentDate', {}, ctx), 'name');
  // Everything else the Stage 1 complaint asks, it asks too, in the same order.
  const stage1 = letterQuestions['stage-1'].filter((id) => !['urgent', 'urgentWhat', 'urgentDate'].includes(id));
  assert.deepEqual(letterQuestions.urgent.slice(2), stage1);
});

test("the urgent letter is the Stage 1 complaint's words, with only its title, summary, subject and call changed", () => {
  const { urgent, 'stage-1': stage1 } = wording.letters;
  const changed = Object.keys(urgent).filter(
    (key) => JSON.stringify(urgent[key as keyof typeof urgent]) !== JSON.stringify(stage1[key as keyof typeof stage1]),
  );
  assert.deepEqual(changed.sort(), ['callFirst', 'linkText', 'subject', 'summary', 'title']);
  assert.match(urgent.subject, /^Urgent\b/);
});

test('the urgent letter says it is urgent, what is going to happen and when, and its email subject says Urgent', () => {
  const answers = {
    urgentWhat: 'I am being moved to a new placement.',
    urgentDate: 'Friday 15 January',
    happened: 'Nobody asked me what I thought.',
  };
  const letter = buildLetter('urgent', answers, wording, ctx);
  assert.match(letter.subject, /^Urgent/);
  assert.ok(letter.text.includes(wording.letterParts.urgent.replace('{urgentDate}', answers.urgentDate)));
  assert.ok(letter.text.includes(`${wording.letterParts.urgentWhat}\n${answers.urgentWhat}`));
  assert.ok(letter.text.includes(wording.letters['stage-1'].opening), 'it is a Stage 1 complaint');
  assert.ok(letter.text.indexOf(answers.urgentWhat) < letter.text.indexOf(answers.happened), 'urgent first');
  const link = emailLink('FScomplaints@barnet.gov.uk', letter.subject, letter.text);
  assert.match(decodeURIComponent(link.href), /[?&]subject=Urgent/);
});
