import { addDays, formatLongDate } from './dates.ts';
import type { DatedStep } from './engine.ts';
import { stepEventUid, type CalendarEvent } from './ics.ts';
import { PREFIX, capitalise } from './timing.ts';

/**
 * What a step's calendar event says, from what the page rendered for the
 * step (its template's data attributes, src/pages/guide/mallar.astro).
 */
export interface StepEventTexts {
  titel: string;
  /** The timing in the routine's words. */
  tid?: string | undefined;
  /** Where the routine does not name who does the step: "rutinen anger inte vem", or its own words (ownerMark). */
  vem?: string | undefined;
  /** The same in full, with the site's reading (ownerLine). */
  vemRad?: string | undefined;
  /** The source: "Lokal rutin Insluss, avsnittet ”Arbetsätt försörjningsstöd”". */
  kalla: string;
  /** The source section's absolute address. */
  kallaAdress: string;
}

/**
 * One all-day event for a dated step of the guide's result. The event
 * lies on a day the step can still be done: a step "före" the release is
 * on the day before it, its last day, not on the release day. An event
 * stands for "my step", so where the routine does not name who does it
 * the title says so, as the "Mina steg" line does.
 */
export function stepEvent(item: DatedStep, texts: StepEventTexts, release: string): CalendarEvent {
  const date = item.date!;
  const before = item.kind === 'fore';
  const prefix = before ? `Före ${formatLongDate(date)}` : item.kind ? PREFIX[item.kind] : undefined;
  const owner = texts.vem ? ` – ${texts.vem}` : '';
  return {
    uid: stepEventUid(item.step.id, release),
    start: before ? addDays(date, -1) : date,
    ...(item.until ? { end: item.until } : {}),
    summary: `${prefix ? `${prefix}: ` : ''}${texts.titel}${owner} (${texts.kalla})`,
    description: [
      texts.tid ? `${capitalise(texts.tid)}.` : '',
      texts.vemRad ? `Vem: ${texts.vemRad}` : '',
      `Planerad frigivning: ${formatLongDate(release)}.`,
      `Källa: ${texts.kalla}. Rutinens text gäller: ${texts.kallaAdress}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: texts.kallaAdress,
  };
}
