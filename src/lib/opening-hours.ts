/**
 * Opening hours of a phone line, and what they mean at a given moment in
 * Swedish time (Europe/Stockholm), wherever the viewer's computer is: open
 * or closed, when it closes or opens again, and where to call meanwhile.
 *
 * A day is closed when the weekly hours leave it out, when it is a public
 * holiday or an eve the offices close (holidays.ts), or when the document
 * owner lists it as a closed day in content/kontakter.yaml.
 */
import { addDays, closedDay, weekdayIndex, type IsoDate } from './holidays.ts';

/** Weekday keys as written in content/kontakter.yaml, Monday first. */
export const WEEKDAYS = ['mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Swedish names of the days, for messages. */
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mandag: 'måndag',
  tisdag: 'tisdag',
  onsdag: 'onsdag',
  torsdag: 'torsdag',
  fredag: 'fredag',
  lordag: 'lördag',
  sondag: 'söndag',
};

/** Open from `start` up to (not including) `end`, in minutes after midnight. */
export interface Interval {
  start: number;
  end: number;
}

/** The open intervals of each day; a day that is missing or empty is closed. */
export type WeeklyHours = Partial<Record<Weekday, Interval[]>>;

export const TIME_ZONE = 'Europe/Stockholm';

const RANGE = /^(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})$/;

/**
 * Reads "08:00-12:00" (a hyphen or a dash between the times). Returns a
 * Swedish explanation instead when it is not a well-formed range.
 */
export function parseRange(text: string): Interval | { error: string } {
  const match = RANGE.exec(text.trim());
  if (!match) return { error: `"${text}" är inte skrivet som TT:MM-TT:MM, till exempel 08:00-12:00.` };
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  const start = minutes(h1, m1);
  const end = minutes(h2, m2);
  if (start === null || end === null || start >= 24 * 60) {
    return { error: `"${text}" innehåller en tid som inte finns. Timmar skrivs 00–23 (24:00 för midnatt), minuter 00–59.` };
  }
  if (end <= start) return { error: `"${text}": sluttiden måste komma efter starttiden.` };
  return { start, end };
}

function minutes(hours: number, mins: number): number | null {
  if (mins > 59 || hours > 24 || (hours === 24 && mins > 0)) return null;
  return hours * 60 + mins;
}

/**
 * Reads one day's ranges and checks they follow each other without
 * overlapping. Returns the intervals, or the Swedish reasons they are wrong.
 */
export function parseDay(ranges: string[]): Interval[] | { errors: string[] } {
  const errors: string[] = [];
  const intervals: Interval[] = [];
  for (const text of ranges) {
    const parsed = parseRange(text);
    if ('error' in parsed) errors.push(parsed.error);
    else intervals.push(parsed);
  }
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.start < intervals[i - 1]!.end) {
      errors.push(`${formatInterval(intervals[i]!)} börjar innan ${formatInterval(intervals[i - 1]!)} har slutat. Skriv tiderna i ordning, utan överlapp.`);
    }
  }
  return errors.length ? { errors } : intervals;
}

export function formatTime(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function formatInterval({ start, end }: Interval): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** The hours as the page gets them from content/kontakter.yaml. */
export interface Schedule {
  veckan: WeeklyHours;
  /** Where callers are sent when the line is closed, e.g. "socialjouren". */
  ovrigTid: string;
  /** Further closed days the document owner listed. */
  stangdaDagar?: IsoDate[] | undefined;
}

export interface OpeningStatus {
  open: boolean;
  /** "Öppet nu" or "Stängt nu". */
  state: string;
  /** "stänger 12.00", "öppnar igen tisdag 08.00"; empty when the hours never change. */
  next: string;
  /** "Övrig tid: socialjouren", said while closed; empty while open. */
  otherwise: string;
  /** The whole status as one line: "Stängt nu – öppnar igen tisdag 08.00 · Övrig tid: socialjouren". */
  text: string;
}

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and the minute of the day in Stockholm at `instant`, summer time included. */
export function stockholmTime(instant: Date): { date: IsoDate; minute: number } {
  const parts = Object.fromEntries(stockholmParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The open intervals of a date: none on a holiday, a closing eve or a listed closed day. */
export function hoursOn(schedule: Pick<Schedule, 'veckan' | 'stangdaDagar'>, date: IsoDate): Interval[] {
  if (closedDay(date) || schedule.stangdaDagar?.includes(date)) return [];
  return schedule.veckan[WEEKDAYS[weekdayIndex(date)]!] ?? [];
}

/** How far ahead to look for the next change: past any closure an owner would list. */
const HORIZON_DAYS = 400;

/** The status at `instant`, as the page shows it beside each line. */
export function openingStatus(schedule: Schedule, instant: Date): OpeningStatus {
  const { date, minute } = stockholmTime(instant);
  const current = hoursOn(schedule, date).find(({ start, end }) => start <= minute && minute < end);
  if (current) {
    const closing = closingAfter(schedule, date, current.end);
    const next = closing ? `stänger ${when(closing.days, addDays(date, closing.days), closing.minute)}` : '';
    return status(true, next, '');
  }
  const opening = openingAfter(schedule, date, minute);
  const next = opening ? `öppnar igen ${when(opening.days, addDays(date, opening.days), opening.minute)}` : '';
  return status(false, next, `Övrig tid: ${schedule.ovrigTid}`);
}

function status(open: boolean, next: string, otherwise: string): OpeningStatus {
  const state = open ? 'Öppet nu' : 'Stängt nu';
  const text = `${state}${next ? ` – ${next}` : ''}${otherwise ? ` · ${otherwise}` : ''}`;
  return { open, state, next, otherwise, text };
}

/** Where an open run that reaches `end` on `date` ends, following intervals that meet (also over midnight). */
function closingAfter(schedule: Schedule, date: IsoDate, end: number): { days: number; minute: number } | null {
  let days = 0;
  while (days <= HORIZON_DAYS) {
    const day = addDays(date, days);
    if (end === 24 * 60) {
      const first = hoursOn(schedule, addDays(day, 1))[0];
      if (first?.start !== 0) return { days, minute: end };
      days += 1;
      end = first.end;
      continue;
    }
    const following = hoursOn(schedule, day).find(({ start }) => start === end);
    if (!following) return { days, minute: end };
    end = following.end;
  }
  return null;
}

/** The next opening after `minute` on `date`: later that day, or the first interval of a coming day. */
function openingAfter(schedule: Schedule, date: IsoDate, minute: number): { days: number; minute: number } | null {
  const later = hoursOn(schedule, date).find(({ start }) => start > minute);
  if (later) return { days: 0, minute: later.start };
  for (let days = 1; days <= HORIZON_DAYS; days++) {
    const first = hoursOn(schedule, addDays(date, days))[0];
    if (first) return { days, minute: first.start };
  }
  return null;
}

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * A moment `days` calendar days from today, as a caller reads it: "13.00"
 * today, "i morgon 08.00", "tisdag 08.00" within the week, and the date
 * beyond it ("4 januari 08.00"), when a weekday alone would be ambiguous.
 */
function when(days: number, date: IsoDate, minute: number): string {
  const time = clockTime(minute);
  if (days === 0) return time;
  if (days === 1) return `i morgon ${time}`;
  if (days < 7) return `${WEEKDAY_NAMES[WEEKDAYS[weekdayIndex(date)]!]} ${time}`;
  return `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${time}`;
}

/** A time as Swedish text writes it: 08.00, 13.30. */
export function clockTime(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}.${String(total % 60).padStart(2, '0')}`;
}
