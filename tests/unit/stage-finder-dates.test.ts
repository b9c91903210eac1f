import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDate, todayInLondon, type DateInput } from '../../src/lib/stage-finder/date-input.ts';
import { utcDate, isoDay } from '../../src/lib/working-days.ts';

const limits = { today: utcDate(2027, 1, 4), firstYear: 2024, lastYear: 2030 };
const name = 'the date you got the Stage 1 reply';
const check = (day: string, month: string, year: string) => checkDate({ day, month, year } as DateInput, name, limits);

test('a real past date is accepted', () => {
  const result = check('18', '12', '2026');
  assert.ok(result.ok);
  assert.equal(isoDay(result.date), '2026-12-18');
  assert.equal(result.old, false);
});

test('spaces and leading zeros are fine', () => {
  const result = check(' 08 ', '01', '2026');
  assert.ok(result.ok && isoDay(result.date) === '2026-01-08');
});

test('today is accepted', () => {
  assert.ok(check('4', '1', '2027').ok);
});

test('an empty date asks for the date, marking every field', () => {
  assert.deepEqual(check('', ' ', ''), {
    ok: false,
    message: 'Enter the date you got the Stage 1 reply',
    fields: ['day', 'month', 'year'],
  });
});

test('a missing part names it', () => {
  assert.deepEqual(check('18', '', '2026'), {
    ok: false,
    message: 'The date you got the Stage 1 reply must include a month',
    fields: ['month'],
  });
  assert.deepEqual(check('', '', '2026'), {
    ok: false,
    message: 'The date you got the Stage 1 reply must include a day and a month',
    fields: ['day', 'month'],
  });
});

test('31 February is not a real date', () => {
  assert.deepEqual(check('31', '2', '2026'), {
    ok: false,
    message: 'The date you got the Stage 1 reply must be a real date',
    fields: ['day'],
  });
});

test('month 13, letters and a 2-digit year are errors', () => {
  assert.deepEqual(check('1', '13', '2026'), {
    ok: false,
    message: 'The date you got the Stage 1 reply must be a real date',
    fields: ['month'],
  });
  assert.equal(check('1', 'Dec', '2026').ok, false);
  assert.deepEqual(check('1', '12', '26'), { ok: false, message: 'Year must include 4 numbers', fields: ['year'] });
});

test('29 February is real only in a leap year', () => {
  assert.ok(check('29', '2', '2024').ok);
  assert.equal(check('29', '2', '2026').ok, false);
});

test('a date in the future is an error', () => {
  assert.deepEqual(check('5', '1', '2027'), {
    ok: false,
    message: 'The date you got the Stage 1 reply must be today or in the past',
    fields: ['day', 'month', 'year'],
  });
});

test('a year outside the bank-holiday data is an error that says which years work', () => {
  const result = check('10', '6', '2019');
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.message.includes('between 2024 and 2030') && result.fields.join() === 'year');
});

test('a date more than a year ago is accepted with a time-limit note', () => {
  const result = check('3', '1', '2026');
  assert.ok(result.ok && result.old);
  const yearAgo = check('4', '1', '2026');
  assert.ok(yearAgo.ok && !yearAgo.old);
});

test('today in London is a UTC midnight, and late evening in summer is already the next day', () => {
  assert.equal(isoDay(todayInLondon(new Date('2026-07-01T23:30:00Z'))), '2026-07-02');
  assert.equal(isoDay(todayInLondon(new Date('2026-12-18T23:30:00Z'))), '2026-12-18');
});
