/**
 * Swedish public holidays (allmänna helgdagar) as lag (1989:253) om allmänna
 * helgdagar lists them, and the eves on which municipal offices close. The
 * opening hours count both as closed days. Written by hand: docs/adr/0003-hand-written-ics-and-holidays.md.
 *
 * Dates are calendar dates in Sweden written as ISO text (YYYY-MM-DD), so
 * no time zone is involved: turning an instant into a Swedish date is the
 * opening hours' job (opening-hours.ts).
 */

/** An ISO date, "2026-12-24". */
export type IsoDate = string;

export interface ClosedDay {
  date: IsoDate;
  /** As the law (or common usage, for the eves) names it: "juldagen", "julafton". */
  name: string;
  /** A public holiday by the law, or an eve the offices close. */
  kind: 'helgdag' | 'afton';
}

/**
 * Easter Sunday (påskdagen) of a Gregorian year, by the anonymous
 * algorithm (Meeus/Jones/Butcher). The law defines påskdagen by the
 * church's Easter, which this is.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * The public holidays of `year` by lag (1989:253) 1 §, except the ordinary
 * Sundays (every Sunday is a holiday by the law; the weekly hours already
 * close them), and the eves (julafton, midsommarafton, nyårsafton) that
 * municipal offices close, in date order.
 */
export function closedDaysOfYear(year: number): ClosedDay[] {
  const easter = easterSunday(year);
  const midsommardagen = saturdayBetween(year, 6, 20, 26);
  const days: ClosedDay[] = [
    holiday(iso(year, 1, 1), 'nyårsdagen'),
    holiday(iso(year, 1, 6), 'trettondedag jul'),
    holiday(addDays(easter, -2), 'långfredagen'),
    holiday(easter, 'påskdagen'),
    holiday(addDays(easter, 1), 'annandag påsk'),
    holiday(iso(year, 5, 1), 'första maj'),
    // "sjätte torsdagen efter påskdagen"
    holiday(addDays(easter, 39), 'Kristi himmelsfärdsdag'),
    // "sjunde söndagen efter påskdagen"
    holiday(addDays(easter, 49), 'pingstdagen'),
    holiday(iso(year, 6, 6), 'nationaldagen'),
    eve(addDays(midsommardagen, -1), 'midsommarafton'),
    // "den lördag som infaller under tiden den 20–26 juni"
    holiday(midsommardagen, 'midsommardagen'),
    // "den lördag som infaller under tiden den 31 oktober–6 november"
    holiday(saturdayBetween(year, 10, 31, 37), 'alla helgons dag'),
    eve(iso(year, 12, 24), 'julafton'),
    holiday(iso(year, 12, 25), 'juldagen'),
    holiday(iso(year, 12, 26), 'annandag jul'),
    eve(iso(year, 12, 31), 'nyårsafton'),
  ];
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

const byYear = new Map<number, Map<IsoDate, ClosedDay>>();

/** The holiday or eve that falls on `date`, if any. */
export function closedDay(date: IsoDate): ClosedDay | undefined {
  const year = Number(date.slice(0, 4));
  let days = byYear.get(year);
  if (!days) {
    days = new Map(closedDaysOfYear(year).map((day) => [day.date, day]));
    byYear.set(year, days);
  }
  return days.get(date);
}

/** Day of the week of an ISO date: 0 Monday … 6 Sunday. */
export function weekdayIndex(date: IsoDate): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** The ISO date `days` days after (or before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = toUtc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

function holiday(date: IsoDate, name: string): ClosedDay {
  return { date, name, kind: 'helgdag' };
}

function eve(date: IsoDate, name: string): ClosedDay {
  return { date, name, kind: 'afton' };
}

/** The Saturday among the days `first`…`last` of `month` (days past the month's end run into the next). */
function saturdayBetween(year: number, month: number, first: number, last: number): IsoDate {
  for (let day = first; day <= last; day++) {
    const date = addDays(iso(year, month, 1), day - 1);
    if (weekdayIndex(date) === 5) return date;
  }
  throw new Error(`No Saturday between ${first} and ${last} of month ${month}`);
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
