import { filterText, matchesFilter } from '../../src/lib/contact-filter.ts';
import { titleWithRole, type Line, type Person, type Phone, type Unit } from '../../src/lib/contacts.ts';
import { siteContent } from './process.ts';

/**
 * The contact directory as /kontakter/ shows it, read from
 * content/kontakter.yaml by the site's own pipeline: its cards in page
 * order (per unit its lines, then its people), each with the words and
 * numbers the page's filter finds it by. Numbers carry the pipeline's
 * `display` (031-390 06 36) and `e164` (+46313900636), the formatter the
 * pages use, so a test never writes a number of its own.
 */
export interface ContactCard {
  /** The card's heading: a person's name or a line's name. */
  name: string;
  unit: Unit;
  person?: Person;
  line?: Line;
  phones: Phone[];
  email?: string;
  /** The card's text for the filter, as the page computes it (src/lib/contact-filter.ts). */
  filterText: string;
}

export function siteContacts() {
  const content = siteContent();
  const { units, people } = content.contacts;
  const routineOf = (unit: Unit) => content.routines.find((routine) => routine.id === unit.rutin)!.data;
  const unitWords = (unit: Unit) => [unit.namn, unit.forvaltning, ...unit.sokord, routineOf(unit).kortnamn, ...routineOf(unit).forvaltningar];
  const peopleOf = (unit: Unit) => people.filter((person) => person.enhet === unit.id);
  const cards: ContactCard[] = units.flatMap((unit) => [
    ...unit.linjer.map((line) => ({
      name: line.namn,
      unit,
      line,
      phones: [line.telefon],
      email: line.funktionsbrevlada,
      filterText: filterText([line.namn, line.upptagningsomrade, line.funktionsbrevlada, ...unitWords(unit)], [line.telefon]),
    })),
    ...peopleOf(unit).map((person) => ({
      name: person.namn,
      unit,
      person,
      phones: person.telefon,
      email: person.epost,
      filterText: filterText([person.namn, titleWithRole(person), person.epost, ...unitWords(unit)], person.telefon),
    })),
  ]);
  return {
    units,
    people,
    cards,
    routineOf,
    peopleOf,
    /** The cards a query leaves on the page, by their headings, in page order. */
    matching: (query: string) => cards.filter((card) => matchesFilter(card.filterText, query)).map((card) => card.name),
    /** The units with reception lines and opening hours (Vuxen Mottag in today's content). */
    unitsWithHours: units.filter((unit) => unit.linjer.length > 0 && unit.oppettider),
  };
}
