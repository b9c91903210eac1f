// Issue 13's rules for the tool's outcomes: what to do now comes first and says plainly when it is late, the questions
// ask what people know (how and when they sent it), the example date is one the tool accepts, workers are named for
// children in care and care leavers alike, and help (advocates, Help at Hand) is in every outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOutcome, textParts, deadlineViews, type Outcome } from '../../src/lib/stage-finder/index.ts';
import { fillTimescales } from '../../src/lib/timescales.ts';
import { readStageTree } from '../../src/loaders/data-files.ts';
import { checkDate, exampleDate } from '../../src/lib/stage-finder/date-input.ts';
import { bankHolidayData } from '../../src/loaders/bank-holidays.ts';
import { utcDate } from '../../src/lib/working-days.ts';

const { nodes } = readStageTree();
const outcomes = Object.values(nodes).filter(isOutcome);
const plain = (text: string) =>
  textParts(text)
    .map((part) => ('text' in part ? part.text : `[${part.phone}]`))
    .join('');
const firstSentence = (texts: readonly string[]) => plain(texts[0] ?? '').split(/(?<=\.)\s/)[0] ?? '';
const allTexts = (o: Outcome) => [
  ...o.now,
  ...(o.nowLate ?? []),
  o.summary,
  ...o.next,
  ...(o.byWhen ?? []),
  ...o.late,
  ...o.nextStep,
];

test('every outcome starts with what to do now, in a short first sentence', () => {
  for (const outcome of outcomes) {
    const first = firstSentence(outcome.now);
    assert.ok(first.length > 10, outcome.id);
    assert.ok(first.split(/\s+/).length <= 30, `${outcome.id}: "${first}" is too long to lead with`);
  }
});

test('once a date has passed, the first sentence says so plainly, and a council deadline says to call the Complaints Officer now', () => {
  for (const outcome of outcomes.filter((o) => o.deadlines.length > 0)) {
    assert.ok(outcome.nowLate, `${outcome.id} has dates, so needs nowLate`);
    const first = firstSentence(outcome.nowLate);
    assert.match(first, /late|has passed/, `${outcome.id}: "${first}"`);
    if (outcome.id.startsWith('waiting-') || outcome.id === 'complaint-sent') {
      assert.equal(first, 'This is late.', outcome.id);
      assert.match(
        plain(outcome.nowLate[0]!),
        /^This is late\. Call the Complaints Officer on \[complaints-officer\] now\./,
        outcome.id,
      );
    }
  }
});

test("the late outcomes then say what else: an advocate, and the Ombudsman's view of delays", () => {
  for (const id of ['complaint-sent', 'complaint-posted', 'waiting-stage-1', 'waiting-stage-2', 'waiting-stage-3']) {
    const late = (nodes[id] as Outcome).late.join(' ');
    assert.match(late, /advocate/, id);
    assert.match(late, /Ombudsman normally wants all 3 stages to be finished first.*unreasonably late.*sooner/, id);
  }
});

test('phone numbers in the words come from contacts.yaml, never typed', () => {
  for (const outcome of outcomes) {
    for (const text of allTexts(outcome)) assert.doesNotMatch(text, /\b0\d{2,4} \d{3,4}/, `${outcome.id}: "${text}"`);
  }
  assert.deepEqual(textParts('Call {phone:complaints-officer} within {stage1Reply}.'), [
    { text: 'Call ' },
    { phone: 'complaints-officer' },
    { text: ' within 10 working days.' },
  ]);
});

test('"How did you send it?": email, the online form, by hand and by phone count from that day', () => {
  const how = nodes['how-sent'];
  assert.ok(how?.kind === 'question');
  const to = Object.fromEntries(how.answers.map((a) => [a.id, a.next]));
  for (const id of ['email', 'online-form', 'by-hand', 'phone']) assert.equal(to[id], 'complaint-sent', id);
  const sent = nodes['complaint-sent'] as Outcome;
  assert.equal(sent.event?.posted, false);
  assert.match(sent.event!.question, /When did you send/);
  assert.ok(deadlineViews(sent).every((d) => d.within.endsWith('of the day you sent your complaint')));
});

test('by post: the date typed is the posting day, so dates are at the earliest, and the acknowledgement gives the real date', () => {
  const posted = nodes['complaint-posted'] as Outcome;
  assert.equal(posted.event?.posted, true);
  assert.match(posted.event!.question, /When did you post/);
  const said = allTexts(posted).map(plain).join(' ');
  assert.match(said, /Post can take a few days/);
  assert.match(said, /letter or email gives the date it got your complaint/);
  assert.doesNotMatch(said, /\b\d+ (working )?days? (for|in the) post/i, 'no invented delivery rule');
  assert.match(firstSentence(posted.nowLate!), /may be late/);
});

test('someone else sent it (or not sure how): ask them, or call the council', () => {
  const how = nodes['how-sent'];
  assert.ok(how?.kind === 'question');
  assert.equal(how.answers.find((a) => a.id === 'someone-else')?.next, 'complaint-sent-by-someone');
  const outcome = nodes['complaint-sent-by-someone'] as Outcome;
  assert.match(
    plain(outcome.now[0]!),
    /^Ask the person who sent your complaint .* or call the Complaints Officer on \[complaints-officer\]/,
  );
});

test('the example date is accepted by the tool and is in the past of every year the tool covers', () => {
  const example = exampleDate(bankHolidayData.firstYear);
  // The earliest "today" the tool can have is the start of the year after the first covered year (the build's past).
  const today = utcDate(bankHolidayData.firstYear + 1, 1, 1);
  const result = checkDate(example, 'the date', {
    today,
    firstYear: bankHolidayData.firstYear,
    lastYear: bankHolidayData.lastYear,
  });
  assert.equal(result.ok, true);
  assert.ok(Number(example.year) < bankHolidayData.lastYear);
});

test('workers: "your social worker or PA", and the PA-first rule only for care leavers', () => {
  for (const node of Object.values(nodes)) {
    const texts =
      node.kind === 'outcome' ? allTexts(node) : [node.question, node.hint ?? '', ...node.answers.map((a) => a.label)];
    for (const text of texts) {
      for (const match of text.matchAll(/\bPA\b/g)) {
        const around = text.slice(Math.max(0, match.index - 40), match.index + 3);
        const ok =
          /social worker or PA|Care leavers have a PA|care leaver.*PA|your PA will write/.test(around) ||
          /care leaver/.test(text);
        assert.ok(ok, `${node.id}: "${text}" names the PA alone`);
      }
    }
  }
  const first = nodes['talk-to-worker-first'] as Outcome;
  assert.match(
    first.now.join(' '),
    /If you are a care leaver, the council asks you to talk to your PA first, before you make a complaint\./,
  );
});

test('every outcome lists an advocate and Help at Hand among who can help', () => {
  for (const outcome of outcomes) {
    assert.ok(outcome.contacts.includes('help-at-hand'), outcome.id);
    assert.ok(outcome.contacts.includes('barnardos-advocacy'), outcome.id);
  }
});

test('Stage 2 is said in working days everywhere in the tool', () => {
  for (const outcome of outcomes) {
    for (const text of allTexts(outcome))
      assert.doesNotMatch(fillTimescales(text.replace(/\{phone:[a-z-]+\}/g, '')), /\b25 days\b/, outcome.id);
  }
});

test('calendar titles are neutral: they say what is due, never what it is about', () => {
  for (const outcome of outcomes) {
    for (const deadline of deadlineViews(outcome)) {
      assert.match(
        deadline.calendar,
        /^(Letter|Reply|Report|Meeting) due$|^Ask for next step$/,
        `${outcome.id}: ${deadline.calendar}`,
      );
    }
  }
});

test('the tool\'s words hedge no fact: no "the council\'s page says"', () => {
  for (const outcome of outcomes) {
    for (const text of allTexts(outcome))
      assert.doesNotMatch(text, /(council|Barnet)'?s pages? (says|gives|calls)/i, outcome.id);
  }
});

test('letters: an outcome names only a letter route the letter helper will have', () => {
  const withLetter = outcomes.filter((o) => o.letter);
  assert.deepEqual(
    withLetter.map((o) => [o.id, o.letter]).sort(),
    [
      ['ready-to-complain', 'stage-1'],
      ['stage-1-not-happy', 'stage-2'],
      ['stage-2-not-happy', 'stage-3'],
      ['talk-to-worker-first', 'explain-a-decision'],
      ['urgent', 'urgent'],
    ].sort(),
  );
});
