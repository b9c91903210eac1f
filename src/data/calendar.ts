// The years the site works out working days for. England's bank holidays for these years come from the maintained
// date-holidays package at build time (src/loaders/bank-holidays.ts); nothing here is counted from today's date, so the
// same source builds the same site in any year. Before `lastYear` arrives, update date-holidays, widen the range and
// rebuild: the stage tool tells people it cannot work out dates outside these years.
export const bankHolidayYears = { firstYear: 2024, lastYear: 2032 } as const;
