// The tool's words live in src/data/stage-finder.yaml; these check that the schema catches a content owner's mistakes
// with a message that says where, and that steps chain by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { parseDocument, readEntries } from '../../src/loaders/data-files.ts';
import { buildTree } from '../../src/lib/stage-finder/tree.ts';
import { chainDueDates } from '../../src/lib/stage-finder/due-dates.ts';
import { utcDate, isoDay } from '../../src/lib/working-days.ts';

const wordsYaml = readFileSync('src/data/stage-finder.yaml', 'utf8');
const contactIds = readEntries('contacts').map((contact) => contact.id);
const readTree = (yamlText: string, ids: readonly string[]) => buildTree(parseDocument('stageFinder', yamlText), ids);

/** The words file as a content owner might leave it: unchecked, so a test can put a mistake anywhere in it. */
type Deadline = { timescale: string; after?: string; name: string };
type RawNode = { id: string; contacts: string[]; now: string[]; deadlines?: Deadline[]; [field: string]: unknown };
type RawWords = { outcomes: RawNode[]; questions: { answers: { next: string }[] }[] };

/** The real words with one change made by `edit`. */
function edited(edit: (words: RawWords) => void): string {
  const words = parse(wordsYaml) as RawWords;
  edit(words);
  return stringify(words);
}

test('contact ids come from contacts.yaml', () => {
  assert.ok(contactIds.includes('complaints-officer'));
  assert.ok(contactIds.includes('help-at-hand'));
  assert.equal(new Set(contactIds).size, contactIds.length);
});

test('the words as they are build a tree', () => {
  const { nodes, startNodeId } = readTree(wordsYaml, contactIds);
  assert.equal(nodes[startNodeId]?.kind, 'question');
});

test('a "happy" question gets Yes, No and "I\'m not sure", which leads where No does', () => {
  const { nodes } = readTree(wordsYaml, contactIds);
  const question = nodes['stage-1-reply'];
  assert.ok(question?.kind === 'question');
  assert.deepEqual(
    question.answers.map((a) => [a.id, a.next]),
    [
      ['yes', 'stage-1-happy'],
      ['no', 'stage-1-not-happy'],
      ['not-sure', 'stage-1-not-happy'],
    ],
  );
});

const mistakes: [string, (words: RawWords) => void, RegExp][] = [
  [
    'an unknown contact',
    (w) => {
      w.outcomes[0].contacts.push('no-such-person');
    },
    /no contact "no-such-person"/,
  ],
  [
    'a phone number of an unknown contact',
    (w) => {
      w.outcomes[0].now[0] += ' Call {phone:nobody}.';
    },
    /\{phone:nobody\}: no contact "nobody"/,
  ],
  [
    'an unknown timescale in the words',
    (w) => {
      w.outcomes[0].now[0] += ' Wait {stage9Reply}.';
    },
    /\{stage9Reply\} is not a timescale/,
  ],
  [
    'an answer pointing nowhere',
    (w) => {
      w.questions[0].answers[0].next = 'nowhere';
    },
    /leads to "nowhere"/,
  ],
  [
    'an unknown timescale',
    (w) => {
      w.outcomes.find((o) => o.deadlines)!.deadlines![0].timescale = 'stage9';
    },
    /timescale/,
  ],
  [
    'a step counting from a later or unknown step',
    (w) => {
      const deadlines = w.outcomes.find((x) => (x.deadlines?.length ?? 0) > 1)!.deadlines!;
      deadlines[0].after = deadlines[1].name;
    },
    /is not the event or an earlier step/,
  ],
  [
    'two nodes with one id',
    (w) => {
      w.outcomes[1].id = w.outcomes[0].id;
    },
    /two nodes are called/,
  ],
  [
    'an id that cannot go in an address',
    (w) => {
      w.outcomes[0].id = 'Talk to PA';
    },
    /lower case/,
  ],
  [
    'a field the schema does not know',
    (w) => {
      w.outcomes[0].titel = 'typo';
    },
    /titel/,
  ],
];
for (const [name, edit, message] of mistakes) {
  test(`the schema stops ${name}, naming it`, () => {
    assert.throws(
      () => readTree(edited(edit), contactIds),
      (error: Error) => /stage-finder\.yaml/.test(error.message) && message.test(error.message),
    );
  });
}

test('steps chain by name: a step counts from the one it names, not from its place in the list', () => {
  const holidays = new Set<string>();
  const event = utcDate(2030, 3, 4); // a Monday; no holidays given, so only weekends are skipped
  const dates = chainDueDates(
    event,
    [
      { name: 'meeting', workingDays: 5, after: 'event' },
      { name: 'other', workingDays: 1, after: 'event' },
      { name: 'report', workingDays: 5, after: 'meeting' },
    ],
    holidays,
    2030,
  );
  assert.deepEqual(
    dates.map((d) => d && isoDay(d)),
    ['2030-03-11', '2030-03-05', '2030-03-18'],
  );
  assert.throws(
    () => chainDueDates(event, [{ name: 'report', workingDays: 5, after: 'meeting' }], holidays, 2030),
    /report: no earlier step meeting/,
  );
});
