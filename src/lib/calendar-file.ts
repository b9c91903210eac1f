// Calendar files (.ics, RFC 5545) for "Add to calendar": one all-day event per due date. Pure, so it is unit tested
// and runs in the browser. Titles and descriptions are the caller's neutral words: a calendar on a shared phone is
// seen by others. Lines end CRLF and are folded at 75 octets (counted in UTF-8), as RFC 5545 section 3.1 requires.
// An event's words are fixed for each deadline, so the stage tool's pages carry them ready, escaped and folded when
// the site is built (eventWords); the browser adds only the dates (datedCalendarFile), and so carries no folding code.
import { isoDay } from './working-days.ts';

export type CalendarEvent = { date: Date; title: string; description: string };

const DAY_MS = 86_400_000;
const encoder = /* @__PURE__ */ new TextEncoder();

/** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped. */
export function escapeText(text: string): string {
  return text.replace(/([\\;,])/g, '\\$1').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets; each continuation starts with a space (which counts). */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

const basic = (date: Date) => isoDay(date).replace(/-/g, '');

/** An event's words as content lines, escaped and folded: its SUMMARY (the title), then its DESCRIPTION. */
export function eventWords(title: string, description: string): string[] {
  return [`SUMMARY:${escapeText(title)}`, `DESCRIPTION:${escapeText(description)}`].flatMap(foldLine);
}

/** An event on a date, with its words ready (eventWords). */
export type DatedEvent = { date: Date; words: readonly string[] };

/**
 * The whole file, from events whose words are ready. `stamp` is when it was made (DTSTAMP); `id`, a few letters,
 * makes each event's UID unique to this file. The lines made here (dates, the stamp, the UID) are short and plain,
 * so they need no escaping or folding.
 */
export function datedCalendarFile(events: readonly DatedEvent[], stamp: Date, id: string): string {
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Reminders//EN'];
  for (const [i, event] of events.entries()) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${id}-${i + 1}-${basic(event.date)}@reminder`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basic(event.date)}`,
      `DTEND;VALUE=DATE:${basic(new Date(event.date.getTime() + DAY_MS))}`,
      ...event.words,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole file, from events with their title and description. */
export function calendarFile(events: readonly CalendarEvent[], stamp: Date, id: string): string {
  const dated = events.map(({ date, title, description }) => ({ date, words: eventWords(title, description) }));
  return datedCalendarFile(dated, stamp, id);
}
