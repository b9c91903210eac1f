// Due dates for an outcome once the user gives the date of the event (for example the day they got the
// Stage 1 reply). A deadline counts from the event or from an earlier deadline (the panel's report comes
// after the panel meets), so they chain. Pure and small: the browser uses it too.
import { addWorkingDays, type HolidaySet } from '../working-days.ts';

export type DeadlineRule = {
  /** Working days allowed. */
  workingDays: number;
  /** 'event', or the index of an earlier deadline this one counts from. */
  after: 'event' | number;
};

/** Each deadline's date, in order. Deadlines past the last year of holiday data come back as null. */
export function chainDueDates(event: Date, rules: readonly DeadlineRule[], holidays: HolidaySet, lastYear: number): (Date | null)[] {
  const dates: (Date | null)[] = [];
  for (const rule of rules) {
    const from = rule.after === 'event' ? event : dates[rule.after];
    const due = from ? addWorkingDays(from, rule.workingDays, holidays) : null;
    dates.push(due && due.getUTCFullYear() <= lastYear ? due : null);
  }
  return dates;
}
