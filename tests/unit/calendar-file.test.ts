// The calendar file: one all-day event per date, CRLF line ends, lines folded at 75 octets (RFC 5545 section 3.1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFile, datedCalendarFile, escapeText, eventWords, foldLine } from '../../src/lib/calendar-file.ts';
import { utcDate } from '../../src/lib/working-days.ts';

const stamp = new Date(Date.UTC(2030, 0, 2, 9, 30, 0));
const file = calendarFile(
  [
    { date: utcDate(2030, 1, 14), title: 'Letter due', description: 'Letter due.' },
    { date: utcDate(2030, 1, 31), title: 'Reply due', description: 'Reply due.' },
  ],
  stamp,
  'abc',
);
const lines = file.split('\r\n');

test('every line ends with CRLF, and there is no bare LF', () => {
  assert.ok(file.endsWith('\r\n'));
  assert.equal(file.replace(/\r\n/g, '').includes('\n'), false);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-2), 'END:VCALENDAR');
});

test('one all-day event per date, ending the next day', () => {
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20300114'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:20300115'));
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20300131'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:20300201'), 'the end of January rolls into February');
  assert.ok(lines.includes('SUMMARY:Reply due'));
  assert.ok(lines.includes('DTSTAMP:20300102T093000Z'));
  const uids = lines.filter((l) => l.startsWith('UID:'));
  assert.equal(new Set(uids).size, 2, 'each event has its own UID');
});

test('nothing in the file says what the reminder is about', () => {
  assert.doesNotMatch(file, /complain|care|council|stage|advoca/i);
});

test('text values escape backslashes, semicolons, commas and new lines', () => {
  assert.equal(escapeText('a, b; c\\d\ne'), 'a\\, b\\; c\\\\d\\ne');
});

test('long lines fold at 75 octets, counting UTF-8 bytes, and unfold to the original', () => {
  const long = `DESCRIPTION:${'é'.repeat(50)}${'x'.repeat(60)}`;
  const folded = foldLine(long);
  assert.ok(folded.length > 1);
  for (const line of folded) assert.ok(new TextEncoder().encode(line).length <= 75, `${line.length} chars`);
  for (const line of folded.slice(1)) assert.ok(line.startsWith(' '));
  assert.equal(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join(''), long);
  assert.deepEqual(foldLine('SUMMARY:Reply due'), ['SUMMARY:Reply due']);
  const whole = calendarFile([{ date: utcDate(2030, 1, 14), title: 'x'.repeat(200), description: 'y' }], stamp, 'abc');
  for (const line of whole.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75);
});

test('words made ready when the site is built give the same file as words given with the dates', () => {
  const words = eventWords('Reply, due; soon', `At the earliest: ${'é'.repeat(60)}`);
  assert.equal(words[0], 'SUMMARY:Reply\\, due\\; soon');
  assert.ok(words.length > 2, 'the long description is folded');
  const date = utcDate(2030, 1, 14);
  assert.equal(
    datedCalendarFile([{ date, words }], stamp, 'abc'),
    calendarFile(
      [{ date, title: 'Reply, due; soon', description: `At the earliest: ${'é'.repeat(60)}` }],
      stamp,
      'abc',
    ),
  );
});
