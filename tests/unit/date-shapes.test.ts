// The browser code's dates must not depend on the shape of an engine's locale data. WebKitGTK formats 'en-CA' as
// '12/6/2026', not '2026-12-06'; other engines put dots between the numbers. Here Intl.DateTimeFormat is faked to give
// those shapes (the numbers themselves still come from the real time zone data), and "today" must still be right.
// todayInLondon works the day out by arithmetic (British Summer Time's rule), so the last test holds it to Node's
// time zone data hour by hour.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { todayInLondon } from '../../src/lib/stage-finder/date-input.ts';
import { DAY_MS, isoDay } from '../../src/lib/working-days.ts';

const RealDateTimeFormat = Intl.DateTimeFormat;
type Shape = { order: ('day' | 'month' | 'year')[]; separator: string; end?: string };

/** An Intl.DateTimeFormat whose text and parts come in `shape`, whatever locale or options it is asked for. */
function fakeDateTimeFormat(shape: Shape) {
  return class FakeDateTimeFormat {
    real: Intl.DateTimeFormat;
    constructor(_locale?: string, options: Intl.DateTimeFormatOptions = {}) {
      this.real = new RealDateTimeFormat('en-GB', {
        timeZone: options.timeZone,
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
      });
    }
    formatToParts(date: Date): Intl.DateTimeFormatPart[] {
      const real = this.real.formatToParts(date);
      const value = (type: string) => String(Number(real.find((p) => p.type === type)!.value));
      const parts: Intl.DateTimeFormatPart[] = [];
      shape.order.forEach((type, i) => {
        if (i > 0) parts.push({ type: 'literal', value: shape.separator });
        parts.push({ type, value: value(type) });
      });
      if (shape.end) parts.push({ type: 'literal', value: shape.end });
      return parts;
    }
    format(date: Date): string {
      return this.formatToParts(date)
        .map((p) => p.value)
        .join('');
    }
  };
}

function fake(shape: Shape) {
  (Intl as { DateTimeFormat: unknown }).DateTimeFormat = fakeDateTimeFormat(shape);
}

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
});

const shapes: [string, Shape, string][] = [
  ['month/day/year, as WebKitGTK formats en-CA', { order: ['month', 'day', 'year'], separator: '/' }, '12/6/2026'],
  ['day.month.year', { order: ['day', 'month', 'year'], separator: '.' }, '6.12.2026'],
  ['year. month. day.', { order: ['year', 'month', 'day'], separator: '. ', end: '.' }, '2026. 12. 6.'],
];

for (const [name, shape, text] of shapes) {
  test(`today in London is right when the engine formats dates ${name} (${text})`, () => {
    fake(shape);
    // The fake really gives that shape: splitting its text on "-", as the tool once did, finds no date.
    const formatted = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
      new Date('2026-12-06T12:00:00Z'),
    );
    assert.equal(formatted, text);
    assert.ok(formatted.split('-').map(Number).some(Number.isNaN));

    assert.equal(isoDay(todayInLondon(new Date('2026-12-06T12:00:00Z'))), '2026-12-06');
    // The time zone still counts: late evening in summer is already the next day in London.
    assert.equal(isoDay(todayInLondon(new Date('2026-07-01T23:30:00Z'))), '2026-07-02');
    assert.equal(isoDay(todayInLondon(new Date('2026-12-18T23:30:00Z'))), '2026-12-18');
    // Across the clock changes (29 March and 25 October 2026, at 01:00 UTC).
    assert.equal(isoDay(todayInLondon(new Date('2026-03-28T23:30:00Z'))), '2026-03-28');
    assert.equal(isoDay(todayInLondon(new Date('2026-03-29T23:30:00Z'))), '2026-03-30');
    assert.equal(isoDay(todayInLondon(new Date('2026-10-24T23:30:00Z'))), '2026-10-25');
    assert.equal(isoDay(todayInLondon(new Date('2026-10-25T23:30:00Z'))), '2026-10-25');
  });
}

test('today in London agrees with the time zone data at every hour of the years the tool covers, and beyond', () => {
  const london = new RealDateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short' });
  const wrong: string[] = [];
  for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2036, 0, 1); time += DAY_MS / 24) {
    const now = new Date(time);
    const [day, month, year] = ['day', 'month', 'year'].map(
      (type) => london.formatToParts(now).find((p) => p.type === type)!.value,
    );
    const expected = `${year}-${month}-${day}`;
    const got = isoDay(todayInLondon(now));
    if (got !== expected) wrong.push(`${now.toISOString()}: ${got}, not ${expected}`);
  }
  assert.deepEqual(wrong, []);
});
