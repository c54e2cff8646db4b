import { formatLongDate } from './dates.ts';
import type { DatedStep } from './engine.ts';

/** The guide's "När" line for a step: the date in bold where it is one to keep, then the routine's words. */
export interface WhenText {
  /** The date to act on ("Senast fredag 8 januari 2027"), where the timing has one. */
  emphasis?: string;
  /** The rest, in plain text. */
  text: string;
}

export const NO_TIME = 'Rutinen anger ingen tid';

const PREFIX: Partial<Record<NonNullable<DatedStep['kind']>, string>> = {
  tidigast: 'Tidigast',
  senast: 'Senast',
  fore: 'Före',
  cirka: 'Cirka',
  efter: 'Från',
};

/**
 * What the guide says about when a step happens. A deadline that has gone
 * by says so; an earliest date that has come says the step can be done
 * now; a step tied to the release without a deadline reads as the
 * routine's words with the date in brackets, never as a bold deadline.
 */
export function whenText({ step, date, until, kind, status }: DatedStep): WhenText {
  const timing = step.tid;
  if (!timing) return { text: NO_TIME };
  if (!date || !kind) return { text: capitalise(timing.text) };
  if (kind === 'kring-frigivningen') return { text: `${capitalise(timing.text)} (${formatLongDate(date)})` };
  const dates = until ? `${formatLongDate(date)} – ${formatLongDate(until)}` : formatLongDate(date);
  const prefix = PREFIX[kind];
  const emphasis = prefix ? `${prefix} ${dates}` : capitalise(dates);
  const standing =
    status === 'oppen'
      ? '; datumet har kommit, så steget kan göras nu'
      : status === 'pagar'
        ? '; tiden är nu'
        : status === 'passerad'
          ? until
            ? '; tiden har passerat'
            : '; datumet har passerat'
          : '';
  return { emphasis, text: ` (${timing.text}${standing})` };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}
