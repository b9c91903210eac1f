import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  CoveredHolidays,
  isWorkingDay,
  workingDaysBetween,
  utcDate,
  isoDay,
} from '../../src/lib/working-days.ts';

// The 2026 and 2027 England and Wales bank holidays from FACTS.md, typed here only to test the arithmetic.
const holidays = new Set([
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
]);
const add = (y: number, m: number, d: number, n: number) => isoDay(addWorkingDays(utcDate(y, m, d), n, holidays));

test('weekends and bank holidays are not working days', () => {
  assert.equal(isWorkingDay(utcDate(2026, 12, 19), holidays), false); // Saturday
  assert.equal(isWorkingDay(utcDate(2026, 12, 20), holidays), false); // Sunday
  assert.equal(isWorkingDay(utcDate(2026, 12, 25), holidays), false); // Christmas Day
  assert.equal(isWorkingDay(utcDate(2026, 12, 28), holidays), false); // Boxing Day substitute
  assert.equal(isWorkingDay(utcDate(2026, 12, 29), holidays), true);
  assert.equal(isWorkingDay(utcDate(2026, 4, 3), holidays), false); // Good Friday
});

test('counting starts the day after the event: day 0 is the event', () => {
  assert.equal(add(2026, 11, 23, 0), '2026-11-23');
  assert.equal(add(2026, 11, 23, 1), '2026-11-24'); // Monday -> Tuesday
  assert.equal(add(2026, 11, 27, 1), '2026-11-30'); // Friday -> Monday, over the weekend
  assert.equal(add(2026, 11, 28, 1), '2026-11-30'); // an event on a Saturday: the next Monday is day 1
});

test('2 working days across a weekend', () => {
  assert.equal(add(2026, 11, 26, 2), '2026-11-30'); // Thursday + 2 -> Monday
});

test('Stage 1 reply on Friday 18 December 2026: Stage 2 asked for within 20 working days is Wednesday 20 January 2027', () => {
  // 25 and 28 December 2026 and 1 January 2027 are not counted, nor weekends.
  assert.equal(add(2026, 12, 18, 20), '2027-01-20');
  assert.equal(workingDaysBetween(utcDate(2026, 12, 18), utcDate(2027, 1, 20), holidays), 20);
});

test('10 working days over Easter 2026 skip Good Friday and Easter Monday', () => {
  // Wednesday 1 April 2026: Thu 2 (1), Tue 7 .. Fri 10 (2-5), Mon 13 .. Fri 17 (6-10)
  assert.equal(add(2026, 4, 1, 10), '2026-04-17');
});

test('Easter 2027 falls in March', () => {
  assert.equal(add(2027, 3, 25, 1), '2027-03-30'); // Thursday -> Tuesday after Easter Monday
});

test('the year end of 2027 skips both Christmas substitute days', () => {
  assert.equal(add(2027, 12, 24, 1), '2027-12-29');
  assert.equal(add(2027, 12, 24, 3), '2027-12-31');
});

test('workingDaysBetween counts after the first date up to and including the second', () => {
  assert.equal(workingDaysBetween(utcDate(2026, 11, 23), utcDate(2026, 11, 23), holidays), 0);
  assert.equal(workingDaysBetween(utcDate(2026, 11, 23), utcDate(2026, 11, 30), holidays), 5);
  assert.equal(workingDaysBetween(utcDate(2026, 11, 30), utcDate(2026, 11, 23), holidays), 0);
});

test('addWorkingDays and workingDaysBetween agree over a whole year', () => {
  const start = utcDate(2026, 1, 2);
  for (let n = 0; n <= 260; n += 13) {
    assert.equal(workingDaysBetween(start, addWorkingDays(start, n, holidays), holidays), n);
  }
});

test('counting past the years a holiday list covers stops with an error naming the first day outside them', () => {
  const covered = new CoveredHolidays(holidays, 2026, 2027);
  assert.equal(isoDay(addWorkingDays(utcDate(2027, 12, 20), 7, covered)), '2027-12-31');
  assert.throws(
    () => addWorkingDays(utcDate(2027, 12, 20), 8, covered),
    /2028-01-03 is outside the years the bank-holiday list covers \(2026 to 2027\)/,
  );
});
