/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in whole days with
 * no time of day, so no time zone or daylight-saving change can shift them.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if `text` is a real calendar date in ISO form, else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The ISO date of a year, month and day, if that day exists (and lies in a sensible range). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1900 && year <= 2200 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

/** A date as someone typed it: the date, or why it is not one. */
export type TypedDate =
  /** `otherWeekday`: the weekday typed with the date when it is another day's ("fredag 15 mars 2027", a Monday). */
  | { date: string; otherWeekday?: string }
  | { problem: 'tomt' | 'okant' }
  | { problem: 'finns-inte'; year: number; month: number; day: number };

const YEAR_FIRST = /^(\d{4})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/., ]\s*(\d{4})$/;
const IN_WORDS = /^(?:([a-zåäö]+)\s+)?(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$/;

/**
 * Reads a date typed the ways people in Sweden type one: 2027-03-15,
 * 20270315, 2027-3-15, 15/3 2027 (day first, as Swedish writes it), 15.3.2027,
 * "15 mars 2027" (also with the weekday, as the guide reads a date back),
 * with spaces around and dashes pasted from a document.
 */
export function readTypedDate(input: string): TypedDate {
  const text = input
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (text === '') return { problem: 'tomt' };
  let parts: [number, number, number] | undefined;
  let weekday: string | undefined;
  let match: RegExpExecArray | null;
  if ((match = YEAR_FIRST.exec(text)) || (match = COMPACT.exec(text))) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DAY_FIRST.exec(text))) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  else if ((match = IN_WORDS.exec(text))) {
    const month = monthNumber(match[3]!);
    const weekdayOk = match[1] === undefined || WEEKDAYS.includes(match[1]);
    if (month && weekdayOk) parts = [Number(match[4]), month, Number(match[2])];
    weekday = match[1];
  }
  if (!parts) return { problem: 'okant' };
  const [year, month, day] = parts;
  const date = calendarDate(year, month, day);
  if (!date) return { problem: 'finns-inte', year, month, day };
  // The numbers decide: the weekday is the part most often left from another date when a date is edited.
  return weekday && weekday !== weekdayOf(date) ? { date, otherWeekday: weekday } : { date };
}

/** "måndag" for 2027-03-15. */
function weekdayOf(iso: string): string {
  return WEEKDAYS[(toUtc(iso).getUTCDay() + 6) % 7]!;
}

/** "15 mars 2027". */
function dayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Why a typed weekday was not followed, in Swedish; undefined when it matched or none was typed. */
function weekdayMismatch(result: TypedDate): string | undefined {
  if (!('date' in result) || !result.otherWeekday) return undefined;
  return `Veckodagen stämmer inte: du skrev ${result.otherWeekday}, men ${dayMonthYear(result.date)} är en ${weekdayOf(result.date)}.`;
}

/** The line under the date field as the worker types: the date the guide will use, or nothing while it reads none. */
export function readBackText(result: TypedDate): string {
  if (!('date' in result)) return '';
  return [`Guiden läser datumet som ${formatLongDate(result.date)}.`, weekdayMismatch(result)].filter(Boolean).join(' ');
}

/**
 * What the guide says after it used a date typed with another day's
 * weekday, so that it is not taken silently: the date it used, and why it
 * says so. Undefined for any other date.
 */
export function usedDateNote(result: TypedDate): string | undefined {
  const mismatch = weekdayMismatch(result);
  if (!mismatch || !('date' in result)) return undefined;
  return `Guiden använder ${formatLongDate(result.date)}. ${mismatch} Ändra datumet om du menade en annan dag.`;
}

/** "mars", "mar", "mar." → 3; also the first three letters of any month. */
function monthNumber(word: string): number | undefined {
  const index = MONTHS.findIndex((month) => month === word || (word.length >= 3 && month.startsWith(word)));
  return index >= 0 ? index + 1 : undefined;
}

/** What the guide says when a typed date cannot be used, in Swedish. */
export function typedDateProblem(result: TypedDate): string | undefined {
  if ('date' in result) return undefined;
  switch (result.problem) {
    case 'tomt':
      return 'Skriv datumet för den planerade frigivningen.';
    case 'okant':
      return 'Guiden känner inte igen datumet. Skriv det med siffror, till exempel 2027-03-15 eller 15/3 2027.';
    case 'finns-inte': {
      const { year, month, day } = result;
      if (month < 1 || month > 12) return `Det finns ingen månad ${month}. Skriv ett datum som finns, till exempel 2027-03-15.`;
      if (year < 1900 || year > 2200) return `Året ${year} kan inte stämma. Skriv ett datum som finns, till exempel 2027-03-15.`;
      return `Det finns ingen ${day} ${MONTHS[month - 1]} ${year}. Skriv ett datum som finns, till exempel 2027-03-15.`;
    }
  }
}

function toUtc(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/**
 * Calendar months, as people count them: four months before 30 June is
 * 28 (or 29) February, the last day of that month, not 2 March.
 */
export function addMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return fromUtc(date);
}

/**
 * The first day that is no more than `months` calendar months before
 * `iso`: four months before 15 June is 15 February, and four months
 * before 30 June is 1 March, since 28 February is four months and two days
 * before. Where the day exists in that month this is addMonths; where it
 * does not, it is the first of the month after, never a day earlier than
 * "tidigast fyra månader" allows.
 */
export function monthsBefore(iso: string, months: number): string {
  const clamped = addMonths(iso, -months);
  return Number(clamped.slice(8)) === Number(iso.slice(8)) ? clamped : addDays(clamped, 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Today's date in Sweden, whatever the device's own time zone. */
export function todayInStockholm(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "fredag 22 januari 2027". */
export function formatLongDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(toUtc(iso));
}

/**
 * How far a date is from today, anchored to today's date so it stays true
 * on paper: "om 100 dagar räknat från måndag 23 november 2026".
 */
export function relativeDaysText(today: string, date: string): string {
  const days = daysBetween(today, date);
  const from = formatLongDate(today);
  if (days === 0) return `i dag, ${from}`;
  const count = `${Math.abs(days)} ${Math.abs(days) === 1 ? 'dag' : 'dagar'}`;
  return days > 0 ? `om ${count} räknat från ${from}` : `för ${count} sedan räknat från ${from}`;
}
