// Working days for complaint deadlines. A working day is not a Saturday, Sunday, Christmas Day, Boxing Day,
// Good Friday or bank holiday in England and Wales (SI 2006/1738, regulation 2). Counting starts the day after
// the event: the day the council gets your complaint is day 0. Dates are UTC midnights, so no time zone can shift a day.
// Pure: the list of holidays is passed in, so this file also runs in the browser without the holiday package.

export const DAY_MS = 86_400_000;

/** A set of "YYYY-MM-DD" bank holidays, the form src/loaders/bank-holidays.ts gives. Only `has` is used. */
export type HolidaySet = Pick<ReadonlySet<string>, 'has'>;

/**
 * Bank holidays for a known range of years. Asked about a day outside them it throws an error naming the day,
 * instead of quietly counting an unknown bank holiday as a working day.
 */
export class CoveredHolidays implements HolidaySet {
  readonly #days: ReadonlySet<string>;
  readonly firstYear: number;
  readonly lastYear: number;

  constructor(days: Iterable<string>, firstYear: number, lastYear: number) {
    this.#days = new Set(days);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  has(day: string): boolean {
    const year = Number(day.slice(0, 4));
    if (!(year >= this.firstYear && year <= this.lastYear)) {
      throw new RangeError(
        `${day} is outside the years the bank-holiday list covers (${this.firstYear} to ${this.lastYear}): widen bankHolidayYears in src/data/calendar.ts`,
      );
    }
    return this.#days.has(day);
  }
}

/** UTC midnight of a calendar date; month is 1 to 12. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** "2026-12-18": the form bank holidays are listed in, and <time datetime> takes. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isWorkingDay(date: Date, holidays: HolidaySet): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDay(date));
}

/** The date that is `count` working days after `event` (the event day itself is day 0). */
export function addWorkingDays(event: Date, count: number, holidays: HolidaySet): Date {
  let date = new Date(event.getTime());
  let left = count;
  while (left > 0) {
    date = new Date(date.getTime() + DAY_MS);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return date;
}

/** How many working days come after `from`, up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date, holidays: HolidaySet): number {
  let count = 0;
  for (let t = from.getTime() + DAY_MS; t <= to.getTime(); t += DAY_MS) {
    if (isWorkingDay(new Date(t), holidays)) count += 1;
  }
  return count;
}
