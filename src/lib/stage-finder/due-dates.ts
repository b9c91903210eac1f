// Due dates for an outcome once the user gives the date of the event (for example the day they got the
// Stage 1 reply). A deadline counts from the event or from an earlier deadline (the panel's report comes
// after the panel meets), so they chain. Pure and small: the browser uses it too.
import { addWorkingDays, type HolidaySet } from '../working-days.ts';

export type DeadlineRule = {
  /** The step's name, for later steps that count from it: "panel-meeting". */
  name: string;
  /** Working days allowed. */
  workingDays: number;
  /** 'event', or the name of an earlier step this one counts from. */
  after: string;
};

/** Each deadline's date, in order. Deadlines past the last year of holiday data come back as null. */
export function chainDueDates(
  event: Date,
  rules: readonly DeadlineRule[],
  holidays: HolidaySet,
  lastYear: number,
): (Date | null)[] {
  const dates = new Map<string, Date | null>([['event', event]]);
  return rules.map((rule) => {
    if (!dates.has(rule.after)) throw new Error(`${rule.name}: no earlier step ${rule.after}`);
    const from = dates.get(rule.after);
    const due = from ? addWorkingDays(from, rule.workingDays, holidays) : null;
    const date = due && due.getUTCFullYear() <= lastYear ? due : null;
    dates.set(rule.name, date);
    return date;
  });
}
