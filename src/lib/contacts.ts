/**
 * The contact directory of the routines (content/kontakter.yaml), each unit
 * tagged with the routine it comes from: lookups by id for pages that show
 * a contact. Its rules are in src/content-pipeline/contacts.ts.
 */
import type { Person, Unit } from '../content-pipeline/schemas.ts';
import { ownSections } from './process/source-text.ts';

export type { Line, OpeningHours, Person, Phone, Unit } from '../content-pipeline/schemas.ts';

/** Lower case without accents, so "Försörjningsstöd" is found by "forsorjningsstod". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Finds units, lines and people by id, for pages that show a contact. */
export function contactIndex(units: Unit[], people: Person[]) {
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const peopleById = new Map(people.map((person) => [person.id, person]));
  return {
    units,
    people,
    unit: (id: string) => unitsById.get(id),
    person: (id: string) => peopleById.get(id),
    /** The routine a contact comes from: a unit's `rutin`, or a person's unit's. */
    routineOf: (id: string) => unitsById.get(peopleById.get(id)?.enhet ?? id)?.rutin,
    /** The unit's people, in the order of the file. */
    peopleOf: (unitId: string) => people.filter((person) => person.enhet === unitId),
    /** A line by its own id, with its unit. */
    line: (id: string) => {
      for (const unit of units) {
        const line = unit.linjer.find((candidate) => candidate.id === id);
        if (line) return { unit, line };
      }
      return undefined;
    },
  };
}

export type ContactIndex = ReturnType<typeof contactIndex>;

/** A person's title as the routine writes it, with the Insluss role after "och". */
export function titleWithRole(person: Pick<Person, 'titel' | 'roll'>): string {
  return person.roll ? `${person.titel} och ${person.roll}` : person.titel;
}

/**
 * The section of a routine that shows its contacts: the main heading (##)
 * above its first <Kontaktuppgifter enhet="…" />, e.g. "kontaktuppgifter";
 * undefined when the routine shows none. The contacts page links there.
 */
export function contactSectionOf(body: string): string | undefined {
  let main: string | undefined;
  for (const section of ownSections(body)) {
    if (section.id && section.depth <= 2) main = section.id;
    if (section.lines.some((line) => /<Kontaktuppgifter\b/.test(line))) return main ?? (section.id || undefined);
  }
  return undefined;
}
