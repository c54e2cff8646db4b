/**
 * The facts about a case that decide which steps apply, keyed the way
 * steps' conditions (`villkor.nar` in content/process/steg.yaml) and the
 * guide's URL name them. Each has the answers a condition may ask for.
 */
export const CASE_FACTS = {
  /** Which förvaltning handles the case: Nordost has its own supplement. */
  forvaltning: ['nordost', 'annan'],
  /**
   * Who made the first contact: frivården (through the vuxenenhet, the
   * way in), frivården straight to funktionsstöd, or the person.
   */
  forstaKontakt: ['frivarden', 'frivarden-funktionsstod', 'den-enskilde'],
  /** Written consent: given, refused, or not yet (or not known). */
  samtycke: ['ja', 'nej', 'inte-annu'],
  /** Need of försörjningsstöd and/or sysselsättning. */
  behov: ['ja', 'nej'],
  /** An existing contact at ekonomiskt bistånd. */
  befintligKontakt: ['ja', 'nej'],
  /** Frivården signals a funktionsvariation from the start. */
  funktionsvariation: ['ja', 'nej'],
  /** The person is 18–24 years old. */
  alder1824: ['ja', 'nej'],
  /**
   * Insluss was initiated so close to the release that planning before it
   * is smaller: the worker's answer, never a number of days (the routine
   * gives none).
   */
  naraFrigivning: ['ja', 'nej'],
} as const satisfies Record<string, readonly string[]>;

export type CaseFact = keyof typeof CASE_FACTS;

export function isCaseFact(key: string): key is CaseFact {
  return Object.hasOwn(CASE_FACTS, key);
}
