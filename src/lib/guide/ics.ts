import { addDays } from './dates.ts';

/**
 * An iCalendar file (RFC 5545) of all-day events, written by hand: docs/adr/0003-hand-written-ics-and-holidays.md.
 *
 * What the RFC asks, and what Outlook and Google Calendar read:
 * - lines end in CRLF (3.1) and are folded at 75 octets, a continuation
 *   starting with one space; a UTF-8 character is never split (3.1);
 * - TEXT values escape backslash, semicolon, comma and line breaks (3.3.11);
 * - an all-day event is DTSTART;VALUE=DATE with DTEND the day *after* its
 *   last day (DTEND is exclusive, 3.6.1), so a one-day event ends the next day;
 * - every VEVENT has a UID and a DTSTAMP (3.6.1); the UID stays the same
 *   when the same step is downloaded again for the same release date, so a
 *   calendar updates the event instead of adding a second one.
 */

export interface CalendarEvent {
  uid: string;
  /** First day, ISO (2027-03-15). */
  start: string;
  /** Last day, inclusive, ISO; the first day when left out. */
  end?: string;
  summary: string;
  description?: string;
  /** An absolute address, e.g. the routine's section. */
  url?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function icsCalendar(events: CalendarEvent[], options: { stamp: Date; name: string }): string {
  const stamp = utcStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Insluss//Guiden//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.end ?? event.start, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      // A day to remember, not a day booked: the worker's time stays free.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A UID that is the same for the same step and release date, whenever and wherever it is downloaded. */
export function stepEventUid(stepId: string, release: string): string {
  return `${stepId}-${basicDate(release)}@insluss-guiden`;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.1: at most 75 octets a line; continuations start with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line has 75 octets; a continuation has its leading space and 74 more.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2027-03-15 → 20270315 (the DATE form). */
function basicDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** 20261123T090000Z (a DATE-TIME in UTC). */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
