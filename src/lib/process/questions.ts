/**
 * The facts about a case that decide which steps apply, keyed the way
 * steps' conditions (`villkor.nar` in content/process/steg.yaml) and the
 * guide's URL name them. Each has the answers a condition may ask for.
 */
export const CASE_FACTS = {
  /** Which förvaltning handles the case: Nordost has its own supplement. */
  forvaltning: ['nordost', 'annan'],
  /** Who made the first contact with the social services. */
  forstaKontakt: ['frivarden', 'den-enskilde'],
  samtycke: ['ja', 'nej'],
  /** Need of försörjningsstöd and/or sysselsättning. */
  behov: ['ja', 'nej'],
  /** An existing contact at ekonomiskt bistånd. */
  befintligKontakt: ['ja', 'nej'],
  /** Frivården signals a funktionsvariation from the start. */
  funktionsvariation: ['ja', 'nej'],
  /** The person is 18–24 years old. */
  alder1824: ['ja', 'nej'],
  /** Insluss starts close to the release, so planning before it shrinks. */
  naraFrigivning: ['ja', 'nej'],
} as const satisfies Record<string, readonly string[]>;

export type CaseFact = keyof typeof CASE_FACTS;

export function isCaseFact(key: string): key is CaseFact {
  return Object.hasOwn(CASE_FACTS, key);
}
