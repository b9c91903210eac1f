// Dates as people say them: "Friday 18 December 2026". UTC throughout, so the build machine's
// time zone never shifts a day.

const longFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Friday 18 December 2026" (en-GB puts no comma after the weekday). */
export function formatLongDate(date: Date): string {
  return longFormat.format(date).replace(',', '');
}

/** "18 December 2026". */
export function formatDate(date: Date): string {
  return shortFormat.format(date);
}
