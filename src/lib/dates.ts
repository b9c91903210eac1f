// Dates as people say them: "Friday 18 December 2026". UTC throughout, so the build machine's time zone never shifts
// a day. Put together from the date's numbers and the names of its weekday and month, each formatted alone: engines'
// locale data differ in the shape of a whole date (commas, order), and the same words must come from the build and
// from every browser.

const name = (date: Date, part: 'weekday' | 'month') =>
  date.toLocaleDateString('en-GB', { [part]: 'long', timeZone: 'UTC' });

/** "Friday 18 December 2026". */
export function formatLongDate(date: Date): string {
  return `${name(date, 'weekday')} ${formatDate(date)}`;
}

/** "18 December 2026". */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${name(date, 'month')} ${date.getUTCFullYear()}`;
}
