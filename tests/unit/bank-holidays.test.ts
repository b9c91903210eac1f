import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bankHolidayData, bankHolidaysFor, coveredHolidays } from '../../src/loaders/bank-holidays.ts';
import { bankHolidayYears } from '../../src/data/calendar.ts';

// From FACTS.md: the lists the maintained source must match.
const facts2026 = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
];
const facts2027 = [
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

test('2026 bank holidays match FACTS.md, with the Boxing Day substitute', () => {
  assert.deepEqual(bankHolidaysFor(2026, 2026), facts2026);
});

test('2027 bank holidays match FACTS.md, with both Christmas substitutes', () => {
  assert.deepEqual(bankHolidaysFor(2027, 2027), facts2027);
});

test('no bank holiday in the list falls on a weekend', () => {
  for (const day of bankHolidayData.dates) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    assert.ok(weekday !== 0 && weekday !== 6, `${day} is a weekend`);
  }
});

test('the list covers every supported year, in order, at least 8 days a year', () => {
  const { firstYear, lastYear, dates } = bankHolidayData;
  assert.deepEqual([...dates].sort(), dates);
  for (let year = firstYear; year <= lastYear; year += 1) {
    assert.ok(dates.filter((d) => d.startsWith(`${year}-`)).length >= 8, `${year} has too few bank holidays`);
  }
  assert.ok(dates.every((d) => Number(d.slice(0, 4)) >= firstYear && Number(d.slice(0, 4)) <= lastYear));
});

test('the years covered are the ones in src/data/calendar.ts, whatever the date today', () => {
  assert.deepEqual({ firstYear: bankHolidayData.firstYear, lastYear: bankHolidayData.lastYear }, bankHolidayYears);
  assert.equal(bankHolidayData.dates[0]?.slice(0, 4), String(bankHolidayYears.firstYear));
  assert.equal(bankHolidayData.dates.at(-1)?.slice(0, 4), String(bankHolidayYears.lastYear));
});

test('a day outside the covered years is an error that names the day, not a silent working day', () => {
  const holidays = coveredHolidays();
  const { firstYear, lastYear } = bankHolidayYears;
  assert.equal(holidays.has(bankHolidayData.dates[0]!), true);
  assert.equal(holidays.has(bankHolidayData.dates.at(-1)!), true);
  assert.equal(holidays.has(`${lastYear}-06-10`), false);
  assert.throws(() => holidays.has(`${lastYear + 1}-01-01`), {
    name: 'RangeError',
    message: new RegExp(
      `^${lastYear + 1}-01-01 is outside the years the bank-holiday list covers \\(${firstYear} to ${lastYear}\\)`,
    ),
  });
  assert.throws(() => holidays.has(`${firstYear - 1}-12-31`), /^RangeError: \d{4}-12-31 is outside/);
});
