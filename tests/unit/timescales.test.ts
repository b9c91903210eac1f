import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatAmount,
  withinPhrase,
  timescaleLine,
  stageById,
  stagePosition,
  stageTimescaleRows,
  capitalise,
  timescaleByKey,
  stageLabel,
  officialNameIfDifferent,
} from '../../src/lib/timescales.ts';
import { stages } from '../../src/data/complaint-stages.ts';

test('formatAmount says working days with a digit, singular for 1', () => {
  assert.equal(formatAmount({ amount: 10, unit: 'working days' }), '10 working days');
  assert.equal(formatAmount({ amount: 1, unit: 'working days' }), '1 working day');
  assert.equal(formatAmount({ amount: 12, unit: 'months' }), '12 months');
  assert.equal(formatAmount({ amount: 1, unit: 'months' }), '1 month');
  assert.equal(formatAmount({ amount: 1, unit: 'year' }), '1 year');
  assert.equal(formatAmount({ amount: 2, unit: 'year' }), '2 years');
});

test('withinPhrase adds "normally" only where a late request can still be accepted', () => {
  assert.equal(withinPhrase({ amount: 10, unit: 'working days' }), 'within 10 working days');
  assert.equal(withinPhrase({ amount: 20, unit: 'working days', normally: true }), 'normally within 20 working days');
});

test('the council facts come out as the council says them', () => {
  assert.equal(withinPhrase(timescaleByKey('stage1Acknowledge')), 'within 2 working days');
  assert.equal(withinPhrase(timescaleByKey('stage1Reply')), 'within 10 working days');
  assert.equal(withinPhrase(timescaleByKey('stage1ReplyExtended')), 'within 20 working days');
  assert.equal(withinPhrase(timescaleByKey('stage2Reply')), 'within 25 working days');
  assert.equal(withinPhrase(timescaleByKey('stage2ReplyMax')), 'within 65 working days');
  assert.equal(withinPhrase(timescaleByKey('stage2Ask')), 'normally within 20 working days');
});

test('timescaleLine makes a full sentence with a capital letter and a full stop', () => {
  const line = timescaleLine(timescaleByKey('stage1Reply'));
  assert.equal(line, 'Within 10 working days: for the manager to reply to your complaint.');
  assert.equal(capitalise('normally within'), 'Normally within');
  assert.equal(capitalise(''), '');
});

test('stageById finds each stage and refuses an unknown one', () => {
  assert.equal(stageById('stage-2').name, 'Stage 2');
  // @ts-expect-error: an id that is not a stage
  assert.throws(() => stageById('stage-9'), /stage-9/);
});

test('stagePosition counts from 1 across all stages', () => {
  assert.deepEqual(stagePosition('stage-1'), { number: 1, of: stages.length });
  assert.deepEqual(stagePosition('ombudsman'), { number: stages.length, of: stages.length });
});

test('stageTimescaleRows keeps the order of the stage data and every row has words', () => {
  for (const stage of stages) {
    const rows = stageTimescaleRows(stage.id);
    assert.deepEqual(
      rows.map((r) => r.key),
      [...stage.timescales],
    );
    for (const row of rows) {
      assert.match(row.within, /^(normally )?within \d+ (working days?|months?|years?)$/);
      assert.ok(row.what.length > 10);
    }
  }
  assert.equal(stageTimescaleRows('stage-1')[0]!.amount, '2 working days');
});

test('stageLabel names a stage once: "Stage 1: ..." but "The Ombudsman" alone', () => {
  assert.equal(stageLabel(stageById('stage-1')), 'Stage 1: Sorting it out locally');
  assert.equal(stageLabel(stageById('ombudsman')), 'The Ombudsman');
});

test('officialNameIfDifferent gives the council name only where it adds something', () => {
  assert.equal(officialNameIfDifferent(stageById('stage-1')), 'Local Resolution');
  assert.equal(officialNameIfDifferent({ ...stageById('ombudsman'), officialName: 'Ombudsman' }), undefined);
});
