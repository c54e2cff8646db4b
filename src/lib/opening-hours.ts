/**
 * Opening hours of a phone line, and whether it is open at a given moment
 * in Swedish time (Europe/Stockholm), wherever the viewer's computer is.
 *
 * Only the ordinary weekly hours are known here: public holidays (röda
 * dagar), midsommarafton, julafton and other exceptions are not, so on
 * such a day a line may be shown as open although it is closed. The page
 * says so beside the status.
 */

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

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const SHORT_DAYS: Record<string, Weekday> = {
  Mon: 'mandag',
  Tue: 'tisdag',
  Wed: 'onsdag',
  Thu: 'torsdag',
  Fri: 'fredag',
  Sat: 'lordag',
  Sun: 'sondag',
};

/** The weekday and the minute of the day in Stockholm at `instant`, summer time included. */
export function stockholmClock(instant: Date): { day: Weekday; minute: number } {
  const parts = Object.fromEntries(stockholmParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: SHORT_DAYS[parts.weekday!]!, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Whether the line is open at `instant` by its ordinary hours. */
export function isOpenAt(hours: WeeklyHours, instant: Date): boolean {
  const { day, minute } = stockholmClock(instant);
  return (hours[day] ?? []).some(({ start, end }) => start <= minute && minute < end);
}

/** The status as it is shown beside a line. */
export function statusText(open: boolean, otherwise: string): string {
  return open ? 'Öppet nu' : `Stängt nu – ring ${otherwise}`;
}
