// England and Wales bank holidays, taken at build time from the maintained `date-holidays` package (GB, England),
// never typed by hand. Only the build imports this file: pages serialise `bankHolidayData` into their HTML,
// so the browser never loads date-holidays.
import Holidays from 'date-holidays';
import { bankHolidayYears } from '../data/calendar.ts';
import { CoveredHolidays } from '../lib/working-days.ts';

export type BankHolidayData = {
  /** First and last years the list covers: the stage finder only works out dates inside them. */
  firstYear: number;
  lastYear: number;
  /** Weekday bank holidays, including substitute days, as "YYYY-MM-DD", in order. */
  dates: string[];
};

/** Public holidays in England for the years given. Weekend days are left out: they are never working days anyway. */
export function bankHolidaysFor(firstYear: number, lastYear: number): string[] {
  const calendar = new Holidays('GB', 'ENG');
  const dates: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const day = holiday.date.slice(0, 10);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) dates.push(day);
    }
  }
  return [...new Set(dates)].sort();
}

const { firstYear, lastYear } = bankHolidayYears;
/** The years in src/data/calendar.ts and their bank holidays: what the build gives the stage tool. */
export const bankHolidayData: BankHolidayData = { firstYear, lastYear, dates: bankHolidaysFor(firstYear, lastYear) };

/** The same list as a set that refuses, naming the day, to answer for a day outside the years it covers. */
export function coveredHolidays(data: BankHolidayData = bankHolidayData): CoveredHolidays {
  return new CoveredHolidays(data.dates, data.firstYear, data.lastYear);
}
