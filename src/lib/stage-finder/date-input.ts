// Checks a date typed the GOV.UK way (day, month and year fields), with GOV.UK error messages.
// Pure: "today" and the years we have bank holidays for are passed in.
import { DAY_MS, utcDate } from '../working-days.ts';

export type DateField = 'day' | 'month' | 'year';
export type DateInput = Record<DateField, string>;
export type DateLimits = { today: Date; firstYear: number; lastYear: number };

export type DateResult =
  | { ok: true; date: Date; /** More than a year ago: show the time-limit note. */ old: boolean }
  | { ok: false; message: string; fields: DateField[] };

const fieldNames: DateField[] = ['day', 'month', 'year'];

/** `name` finishes "Enter …": for example "the date you got the Stage 1 reply". */
export function checkDate(input: DateInput, name: string, limits: DateLimits): DateResult {
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const values = { day: input.day.trim(), month: input.month.trim(), year: input.year.trim() };
  const missing = fieldNames.filter((field) => values[field] === '');
  if (missing.length === 3) return { ok: false, message: `Enter ${name}`, fields: fieldNames };
  if (missing.length > 0) {
    return { ok: false, message: `${Name} must include a ${missing.join(' and a ')}`, fields: missing };
  }
  const notNumbers = fieldNames.filter((field) => !/^\d+$/.test(values[field]));
  if (notNumbers.length > 0) return { ok: false, message: `${Name} must be a real date`, fields: notNumbers };
  if (values.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', fields: ['year'] };

  const day = Number(values.day);
  const month = Number(values.month);
  const year = Number(values.year);
  const date = utcDate(year, month, day);
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `${Name} must be a real date`, fields: month < 1 || month > 12 ? ['month'] : ['day'] };
  }
  if (date.getTime() > limits.today.getTime()) {
    return { ok: false, message: `${Name} must be today or in the past`, fields: fieldNames };
  }
  if (year < limits.firstYear || year > limits.lastYear) {
    return {
      ok: false,
      message: `${Name} must be between ${limits.firstYear} and ${limits.lastYear}. We can only work out dates for those years`,
      fields: ['year'],
    };
  }
  const yearAgo = utcDate(limits.today.getUTCFullYear() - 1, limits.today.getUTCMonth() + 1, limits.today.getUTCDate());
  return { ok: true, date, old: date.getTime() < yearAgo.getTime() };
}

/** Today in the UK as a UTC midnight, from the clock of the device. Worked out by arithmetic, not from formatted
 * text, whose shape differs between engines ('2026-12-06', '12/6/2026', '6.12.2026'): British Summer Time, one hour
 * ahead, runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
export function todayInLondon(now = new Date()): Date {
  const hour = DAY_MS / 24;
  // 01:00 UTC on the last Sunday of a month (3: March, 10: October): its last day, less its weekday.
  const lastSunday = (month: number) => {
    const end = Date.UTC(now.getUTCFullYear(), month, 0);
    return end - new Date(end).getUTCDay() * DAY_MS + hour;
  };
  const time = now.getTime();
  const uk = time + (time >= lastSunday(3) && time < lastSunday(10) ? hour : 0);
  return new Date(uk - (uk % DAY_MS));
}

/** The example under the date fields: a date the tool accepts, in the first year it has bank holidays for, which is
 * always in the past (the build covers years before its own). Never a date that could be in the future. */
export function exampleDate(firstYear: number): DateInput {
  return { day: '27', month: '3', year: String(firstYear) };
}
