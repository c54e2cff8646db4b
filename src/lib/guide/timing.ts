import { formatLongDate } from './dates.ts';
import type { DatedStep } from './engine.ts';
import type { TimingKind } from '../process/model.ts';

/**
 * The words of a step's "När": the routine's timing, and where the release
 * date gives one, the date. The page renders the words on the server (one
 * template per step, src/components/StepWhen.astro); the browser fills in
 * the dates and how each stands today with the functions below.
 */

/** "När" of a step whose routine gives no time. */
export const NO_TIME = 'Rutinen anger ingen tid';

/** The word before a date, by kind; a day itself (samma-dag) has none. */
export const PREFIX: Partial<Record<TimingKind, string>> = {
  tidigast: 'Tidigast',
  senast: 'Senast',
  fore: 'Före',
  'senast-cirka': 'Senast cirka',
  cirka: 'Cirka',
  efter: 'Från',
};

/** "fredag 8 januari 2027", or "tisdag 3 november 2026 – torsdag 3 december 2026" for a window. */
export function datesText({ date, until }: Pick<DatedStep, 'date' | 'until'>): string | undefined {
  if (!date) return undefined;
  return until ? `${formatLongDate(date)} – ${formatLongDate(until)}` : formatLongDate(date);
}

/**
 * How a dated step stands today, after the routine's words in its "När".
 * A deadline that has gone by says so; an earliest date that has come says
 * the step can be done now; an approximate time that is behind says how
 * long is left to the release, which is true, never that it has passed; a
 * step that lasts from a date, or is tied to the release without a
 * deadline, never passes and says nothing.
 */
export function standingText({ status, until, daysToRelease }: Pick<DatedStep, 'status' | 'until' | 'daysToRelease'>): string {
  switch (status) {
    case 'oppen':
      return '; datumet har kommit, så steget kan göras nu';
    case 'pagar':
      return '; tiden är nu';
    case 'passerad':
      return until ? '; tiden har passerat' : '; datumet har passerat';
    case 'mindre-kvar':
      return `; ${timeLeft(daysToRelease)}`;
    default:
      return '';
  }
}

/** The same, short, after the date in the "Mina steg" list. */
export function standingShort({ status, daysToRelease }: Pick<DatedStep, 'status' | 'daysToRelease'>): string {
  switch (status) {
    case 'oppen':
      return ' (kan göras nu)';
    case 'pagar':
      return ' (tiden är nu)';
    case 'passerad':
      return ' (har passerat)';
    case 'mindre-kvar':
      return ` (${timeLeft(daysToRelease)})`;
    default:
      return '';
  }
}

/** What is left to the release, once an approximate time is behind: "nu 10 dagar kvar till frigivningen". */
function timeLeft(days: number | undefined): string {
  if (days === undefined) return 'mindre tid kvar till frigivningen än så';
  if (days < 0) return 'frigivningsdatumet har passerat';
  if (days === 0) return 'frigivningen är i dag';
  return `nu ${days} ${days === 1 ? 'dag' : 'dagar'} kvar till frigivningen`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}
