// The letter helper's logic: which questions each letter asks, the letter it writes from the answers, the dates it
// works out and the email link's length rule. "Today" and the holidays are fixed here; expected numbers of days come
// from src/data/complaint-stages.ts, and expected words from src/data/letters.yaml.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timescales } from '../../src/data/complaint-stages.ts';
import { askWithinDays } from '../../src/lib/letters/ask-within.ts';
import { letterContext } from '../../src/lib/letters/context.ts';
import { buildLetter } from '../../src/lib/letters/build.ts';
import { isLate, lastDayToAsk } from '../../src/lib/letters/deadlines.ts';
import { fill } from '../../src/lib/letters/fill.ts';
import { parseDocument, readLetterWording, readStageTree } from '../../src/loaders/data-files.ts';
import { emailLink, MAX_MAILTO_LENGTH } from '../../src/lib/letters/mailto.ts';
import {
  answersInUse,
  letterQuestions,
  nextAfterChange,
  nextQuestion,
  questionKinds,
  visibleQuestions,
} from '../../src/lib/letters/questions.ts';
import { letterIds, questionIds, type Answers, type LetterId, type QuestionId } from '../../src/lib/letters/types.ts';
import { questionWordsFor } from '../../src/lib/letters/wording.ts';
import { fleschKincaidGrade, textStats } from '../../scripts/checks/readability.ts';
import { letterPath } from '../../src/lib/letters/outcome-letters.ts';
import { isOutcome } from '../../src/lib/stage-finder/index.ts';
import { formatAmount } from '../../src/lib/timescales.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { addWorkingDays, isoDay, utcDate } from '../../src/lib/working-days.ts';
import { bankHolidayYears } from '../../src/data/calendar.ts';
import { checkDate, exampleDate } from '../../src/lib/stage-finder/date-input.ts';

const wording = readLetterWording();
const today = utcDate(2027, 1, 4);
const holidays = new Set(['2026-12-25', '2026-12-28', '2027-01-01']);
const ctxFor = (letter: LetterId) => letterContext(letter, today, holidays);
const write = (letter: LetterId, answers: Answers) => buildLetter(letter, answers, wording, ctxFor(letter));
const base: Answers = { happened: 'They moved me without asking me.' };

test('the wording file passes its schema and every letter has its words', () => {
  for (const letter of letterIds) assert.ok(wording.letters[letter].title.length > 3, letter);
  for (const id of questionIds) assert.ok(wording.questions[id].label.length > 3, id);
});

test('a radio question has words for exactly the answers the rules look for', () => {
  const expected: Partial<Record<QuestionId, string[]>> = {
    overAYear: ['yes', 'no'],
    urgent: ['yes', 'no'],
    attend: ['yes', 'no'],
    mayComplain: ['yes', 'no'],
    advocate: ['want', 'have', 'no'],
    contactBy: ['phone', 'email', 'post', 'advocate'],
  };
  for (const id of questionIds.filter((q) => questionKinds[q] === 'radios')) {
    assert.deepEqual(Object.keys(wording.questions[id].options ?? {}), expected[id], id);
  }
});

test('a wording file with a key missing does not load', () => {
  assert.throws(() => parseDocument('letters', 'privacy: only this'), /letters\.yaml/);
});

test('timescales in the wording come from src/data/complaint-stages.ts, not the YAML', () => {
  assert.ok(wording.letters['stage-1'].asks.includes(formatAmount(timescales.stage1Reply)));
  assert.ok(
    wording.letters['stage-1'].asks.includes(formatAmount(timescales.stage1ReplyExtended)),
    'and the longer time if they need it',
  );
  assert.ok(wording.letters['stage-1'].asks.includes(formatAmount(timescales.stage1Acknowledge)));
  assert.ok(wording.letters['stage-2'].asks.includes(formatAmount(timescales.stage2Reply)));
  assert.ok(wording.letters['stage-2'].asks.includes(formatAmount(timescales.stage2ReplyMax)));
  assert.ok(wording.letters['stage-3'].asks.includes(formatAmount(timescales.panelMeets)));
  for (const letter of letterIds)
    assert.doesNotMatch(
      JSON.stringify(wording.letters[letter]).replace(/\{(date|reference|replyDate|worker|otherPerson)\}/g, ''),
      /\{\w+\}/,
      letter,
    );
});

test('complaint letters go to the Complaints Officer, named from contacts.yaml', () => {
  for (const letter of ['stage-1', 'stage-2', 'stage-3'] as const) {
    assert.match(write(letter, base).text, /^To: Family Services Complaints Officer, Barnet Council$/m, letter);
  }
  assert.doesNotMatch(write('explain-a-decision', base).text, /Complaints Officer/);
});

test("every letter carries today's date, says what it is, and ends with the young person's name", () => {
  for (const letter of letterIds) {
    const { text } = write(letter, { ...base, name: 'Sam' });
    assert.ok(text.startsWith(`Sam\n${formatDate(today)}\n`), letter);
    assert.ok(text.includes(wording.letters[letter].opening), letter);
    assert.ok(text.endsWith(`${wording.letterParts.signOff}\nSam`), letter);
  }
});

test('with only "what happened", a letter still reads whole: no empty headings, no placeholders', () => {
  for (const letter of letterIds) {
    const { text } = write(letter, base);
    assert.ok(text.includes(`${wording.letters[letter].happened}\n${base.happened}`), letter);
    assert.doesNotMatch(text, /\{\w+\}|undefined|\n\n\n/, letter);
    assert.ok(!text.includes(wording.letterParts.affected), letter);
    assert.ok(text.startsWith(formatDate(today)), letter);
  }
});

test('urgent: yes asks for the decision to be stopped and gives its date; no says nothing', () => {
  for (const letter of ['stage-1', 'stage-2', 'stage-3'] as const) {
    const withDate = write(letter, { ...base, urgent: 'yes', urgentDate: '20 January 2027' }).text;
    assert.ok(withDate.includes(fill(wording.letterParts.urgent, { urgentDate: '20 January 2027' })), letter);
    assert.ok(write(letter, { ...base, urgent: 'yes' }).text.includes(wording.letterParts.urgentNoDate), letter);
    const no = write(letter, { ...base, urgent: 'no', urgentDate: '20 January 2027' }).text;
    assert.ok(!no.includes('urgent') && !no.includes('20 January 2027'), letter);
  }
});

test('advocate: wanted, already there (with and without a name), or not wanted', () => {
  for (const letter of letterIds) {
    assert.ok(write(letter, { ...base, advocate: 'want' }).text.includes(wording.letterParts.advocateWant), letter);
    assert.ok(
      write(letter, { ...base, advocate: 'have', advocateName: 'Jo' }).text.includes('My advocate is Jo.'),
      letter,
    );
    assert.ok(
      write(letter, { ...base, advocate: 'have' }).text.includes(wording.letterParts.advocateHaveNoName),
      letter,
    );
    const no = write(letter, { ...base, advocate: 'no', advocateName: 'Jo' }).text;
    assert.ok(!no.includes('advocate') && !no.includes('Jo'), letter);
  }
});

test('contact: each way has its sentence; the detail only where it is asked', () => {
  const p = wording.letterParts;
  for (const way of ['phone', 'email', 'post'] as const) {
    const text = write('stage-1', { ...base, contactBy: way, contactDetail: '07000 000000' }).text;
    assert.ok(text.includes(p.contact[way]) && text.includes('07000 000000'), way);
  }
  const advocate = write('stage-1', { ...base, contactBy: 'advocate', contactDetail: '07000 000000' }).text;
  assert.ok(advocate.includes(p.contact.advocate) && !advocate.includes('07000 000000'));
});

test('letter 1 greets the worker by name, or as "social worker or PA", and can say you may complain', () => {
  const w = wording.letters['explain-a-decision'];
  assert.ok(
    write('explain-a-decision', { ...base, worker: 'Alex' }).text.includes(fill(w.greeting, { worker: 'Alex' })),
  );
  assert.ok(write('explain-a-decision', base).text.includes(w.greetingNoName!));
  assert.ok(write('explain-a-decision', base).text.includes(w.asks));
  assert.ok(write('explain-a-decision', { ...base, mayComplain: 'yes' }).text.includes(w.mayComplain!));
  assert.ok(!write('explain-a-decision', { ...base, mayComplain: 'no' }).text.includes(w.mayComplain!));
});

test('subjects: the stage, and the reference where there is one', () => {
  assert.equal(write('stage-1', base).subject, "Complaint (children's social care): Stage 1");
  assert.equal(write('stage-2', base).subject, 'Request for Stage 2 investigation');
  assert.equal(write('stage-2', { ...base, reference: 'CF-1' }).subject, 'Request for Stage 2 investigation: CF-1');
  assert.equal(write('stage-3', { ...base, reference: 'CF-1' }).subject, 'Request for Stage 3 Review Panel: CF-1');
});

test('Stages 2 and 3: the reply date goes in the letter, and the last day to ask is counted in working days', () => {
  for (const letter of ['stage-2', 'stage-3'] as const) {
    const reply = '2026-12-14';
    const text = write(letter, { ...base, replyDate: reply }).text;
    assert.ok(text.includes(fill(wording.letters[letter].replyDate!, { replyDate: '14 December 2026' })), letter);
    const expected = addWorkingDays(utcDate(2026, 12, 14), askWithinDays(letter)!, holidays);
    assert.equal(isoDay(lastDayToAsk({ replyDate: reply }, ctxFor(letter))!), isoDay(expected), letter);
    // 20 working days from 14 December 2026, skipping Christmas, the Boxing Day substitute and New Year's Day.
    assert.equal(isoDay(expected), '2027-01-14');
    assert.equal(isLate({ replyDate: reply }, ctxFor(letter)), false);
    assert.equal(isLate({ replyDate: '2026-11-02' }, ctxFor(letter)), true);
  }
  assert.equal(lastDayToAsk({ replyDate: '2026-12-14' }, ctxFor('stage-1')), undefined);
  assert.equal(lastDayToAsk({}, ctxFor('stage-2')), undefined);
});

test('"Why are you writing now?" is asked only for an old complaint, or after the usual last day', () => {
  const asks = (letter: LetterId, answers: Answers) => visibleQuestions(answers, ctxFor(letter)).includes('whyNow');
  assert.equal(asks('stage-1', { overAYear: 'yes' }), true);
  assert.equal(asks('stage-1', { overAYear: 'no' }), false);
  assert.equal(asks('stage-1', {}), false);
  assert.equal(asks('stage-2', { replyDate: '2026-11-02' }), true);
  assert.equal(asks('stage-2', { replyDate: '2026-12-14' }), false);
  assert.equal(asks('stage-3', {}), false);
  assert.equal(asks('explain-a-decision', { overAYear: 'yes' }), false);
  // A "why now" kept from an earlier answer leaves the letter once it no longer applies.
  const letter = write('stage-1', { ...base, overAYear: 'no', whyNow: 'I was scared.' }).text;
  assert.ok(!letter.includes('I was scared.'));
});

test('Stage 3: going to the panel, and who comes along', () => {
  const w = wording.letters['stage-3'];
  const going = write('stage-3', {
    ...base,
    attend: 'yes',
    advocate: 'have',
    advocateName: 'Jo',
    otherPerson: 'my aunt',
  }).text;
  for (const part of [w.attendYes!, w.bringAdvocate!, fill(w.bringOther!, { otherPerson: 'my aunt' }), w.speakForMe!]) {
    assert.ok(going.includes(part), part);
  }
  const alone = write('stage-3', { ...base, attend: 'yes' }).text;
  assert.ok(alone.includes(w.attendYes!) && !alone.includes(w.speakForMe!));
  const notGoing = write('stage-3', { ...base, attend: 'no', otherPerson: 'my aunt' }).text;
  assert.ok(notGoing.includes(w.attendNo!) && !notGoing.includes('my aunt'));
});

test('the questions follow the answers: names only after "I already have one", details only for phone, email, post', () => {
  const ctx = ctxFor('stage-1');
  assert.equal(nextQuestion('advocate', { advocate: 'have' }, ctx), 'advocateName');
  assert.equal(nextQuestion('advocate', { advocate: 'want' }, ctx), 'help');
  assert.equal(nextQuestion('contactBy', { contactBy: 'advocate' }, ctx), 'check');
  assert.equal(nextQuestion('contactBy', { contactBy: 'post' }, ctx), 'contactDetail');
  assert.equal(nextQuestion('urgent', { urgent: 'yes' }, ctx), 'urgentWhat');
  assert.equal(nextQuestion('urgentWhat', { urgent: 'yes' }, ctx), 'urgentDate');
  assert.equal(nextQuestion('urgent', {}, ctx), 'advocate');
});

test('after a Change, a question the change brings in is asked; otherwise straight back to the check page', () => {
  const ctx = ctxFor('stage-1');
  assert.equal(nextAfterChange('advocate', { advocate: 'have' }, ctx), 'advocateName');
  assert.equal(nextAfterChange('advocate', { advocate: 'have', advocateName: 'Jo' }, ctx), 'check');
  assert.equal(nextAfterChange('name', { name: 'Sam' }, ctx), 'check');
});

test('only "what happened" is needed: every other question can be left out', () => {
  for (const letter of letterIds) {
    assert.ok(letterQuestions[letter].includes('happened'), letter);
    // Only the urgent letter answers a question itself: it is urgent, so it never asks.
    assert.deepEqual(answersInUse({}, ctxFor(letter)), letter === 'urgent' ? { urgent: 'yes' } : {});
  }
});

test('long text: a 3,000-character story reaches the letter whole', () => {
  const story = 'I was not told. '.repeat(188).trim();
  assert.ok(story.length >= 3000);
  for (const letter of letterIds) assert.ok(write(letter, { happened: story }).text.includes(story), letter);
});

test('answers are never read as placeholders or markup: they go in as typed', () => {
  const hostile = '<script>alert(1)</script> {name} {stage1Reply} $& $1';
  const { text } = write('stage-1', { name: 'Sam', happened: hostile });
  assert.ok(text.includes(`\n${hostile}\n`));
});

test('the email link carries the letter while it fits in 1,800 characters, and only the subject after', () => {
  const short = emailLink(
    'FScomplaints@barnet.gov.uk',
    'Request for Stage 2 investigation',
    'Dear Complaints Officer,\n\nHello & thanks?',
  );
  assert.equal(short.withBody, true);
  assert.ok(
    short.href.startsWith('mailto:FScomplaints@barnet.gov.uk?subject=Request%20for%20Stage%202%20investigation&body='),
  );
  assert.equal(decodeURIComponent(short.href.split('&body=')[1]!), 'Dear Complaints Officer,\r\n\r\nHello & thanks?');
  const body = (n: number) => 'a'.repeat(n);
  const head = emailLink('x@y.z', 'S', '').href.length; // the link with an empty body: "...&body="
  assert.equal(emailLink('x@y.z', 'S', body(MAX_MAILTO_LENGTH - head)).withBody, true);
  const over = emailLink('x@y.z', 'S', body(MAX_MAILTO_LENGTH - head + 1));
  assert.equal(over.withBody, false);
  assert.equal(over.href, 'mailto:x@y.z?subject=S');
  // Letter 1 has no address: the young person adds their worker's in their email app.
  assert.ok(emailLink('', 'S', 'b').href.startsWith('mailto:?subject=S'));
});

/** A small seeded generator, so the property test is the same on every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,!?\'"<>&{}$£é😀-\n';
  return {
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    text: (max: number) => {
      const length = 1 + Math.floor(next() * max);
      let s = '';
      for (let i = 0; i < length; i += 1) s += alphabet[Math.floor(next() * alphabet.length)];
      return s.trim() || 'x';
    },
  };
}

test('property: every answer typed reaches the letter, for every letter and every way through the questions', () => {
  const g = generator(14);
  const typed = questionIds.filter((id) => questionKinds[id] === 'text' || questionKinds[id] === 'textarea');
  for (let run = 0; run < 400; run += 1) {
    const letter = g.pick(letterIds);
    const ctx = ctxFor(letter);
    const answers: Answers = {};
    for (const id of letterQuestions[letter]) {
      const options = Object.keys(wording.questions[id].options ?? {});
      if (questionKinds[id] === 'radios') answers[id] = g.pick(options);
      else if (questionKinds[id] === 'date') answers[id] = g.pick(['2026-12-14', '2026-11-02']);
      else if (g.pick([true, true, false])) answers[id] = g.text(id === 'happened' ? 400 : 60);
    }
    answers.happened ??= g.text(40);
    const { text } = buildLetter(letter, answers, wording, ctx);
    const inUse = answersInUse(answers, ctx);
    for (const id of typed) {
      const value = inUse[id];
      if (value === undefined) continue;
      assert.ok(
        text.includes(value),
        `${letter}: the answer to "${id}" (${JSON.stringify(value)}) is not in the letter`,
      );
    }
  }
});

test('every outcome of "Which stage am I at?" links to a letter: the one that fits, or the list of letters', () => {
  const { nodes } = readStageTree();
  const outcomes = Object.values(nodes)
    .filter(isOutcome)
    .map((outcome) => outcome.id);
  const letterPathForOutcome = (id: string) => letterPath(nodes[id]?.kind === 'outcome' ? nodes[id].letter : undefined);
  assert.ok(outcomes.length > 4);
  for (const id of outcomes) assert.match(letterPathForOutcome(id), /^\/write\/([a-z0-9-]+\/)?$/, id);
  assert.equal(letterPathForOutcome('ready-to-complain'), '/write/stage-1/');
  assert.equal(letterPathForOutcome('stage-1-not-happy'), '/write/stage-2/');
  assert.equal(letterPathForOutcome('stage-2-not-happy'), '/write/stage-3/');
  assert.equal(letterPathForOutcome('talk-to-worker-first'), '/write/explain-a-decision/');
  for (const id of outcomes) {
    const letter = letterPathForOutcome(id).split('/')[2];
    if (letter) assert.ok((letterIds as readonly string[]).includes(letter), id);
  }
});

test("the questions read at grade 6 or below (Flesch–Kincaid), each one and each letter's together", () => {
  for (const letter of letterIds) {
    const blocks = letterQuestions[letter].map((id) => {
      const q = questionWordsFor(wording, letter, id);
      return [q.label, q.hint, q.paperHint, ...Object.values(q.options ?? {})].filter((x): x is string => Boolean(x));
    });
    for (const [i, block] of blocks.entries()) {
      assert.ok(
        fleschKincaidGrade(textStats(block)) <= 6,
        `${letter} ${letterQuestions[letter][i]}: ${block.join(' ')}`,
      );
    }
    assert.ok(fleschKincaidGrade(textStats(blocks.flat())) <= 6, letter);
  }
});

test("every example date in the questions is the stage tool's example: a past date the date check accepts", () => {
  const example = exampleDate(bankHolidayYears.firstYear);
  const shown = `${example.day} ${example.month} ${example.year}`;
  const texts = letterIds
    .flatMap((letter) => questionIds.map((id) => questionWordsFor(wording, letter, id)))
    .flatMap((q) => (q ? [q.hint, q.paperHint] : []))
    .filter((text): text is string => Boolean(text));
  const examples = texts.flatMap((text) => [...text.matchAll(/\b(\d{1,2}) (\d{1,2}) (\d{4})\b/g)].map((m) => m[0]));
  assert.ok(examples.length >= 3, 'the reply-date questions show an example');
  assert.deepEqual([...new Set(examples)], [shown]);
  const today = utcDate(bankHolidayYears.firstYear + 1, 1, 2);
  const checked = checkDate(example, 'the date', { today, ...bankHolidayYears });
  assert.ok(checked.ok, 'the example is a date the check accepts');
});
