import { getCollection } from 'astro:content';
import { contactIndex, contactSectionOf, CONTACTS_FILE, type ContactIndex, type Person, type Unit } from '../lib/contacts';
import { routinePath } from '../lib/urls';
import { allRoutines, type Rutin } from './rutiner';

export type { Line, Person, Phone, Unit } from '../lib/contacts';

let index: Promise<ContactIndex> | undefined;

/** Every unit and person of content/kontakter.yaml, in the file's order, with lookups by id. */
export function contacts(): Promise<ContactIndex> {
  index ??= (async () => {
    const inFileOrder = <T extends { ordning: number }>(list: T[]) => list.sort((a, b) => a.ordning - b.ordning);
    const units: Unit[] = inFileOrder((await getCollection('enheter')).map((entry) => entry.data));
    const people: Person[] = inFileOrder((await getCollection('personer')).map((entry) => entry.data));
    return contactIndex(units, people);
  })();
  return index;
}

/**
 * A unit by id, for pages that name one (role pages, the routine). An
 * unknown id stops the build: a contact that silently vanished from a page
 * is worse than a failed build.
 */
export async function unitById(id: string): Promise<Unit> {
  const all = await contacts();
  const unit = all.unit(id);
  if (!unit) throw new Error(`Det finns ingen enhet "${id}" i ${CONTACTS_FILE}. Skriv en av: ${all.units.map((u) => u.id).join(', ')}.`);
  return unit;
}

/** A person by id, with their unit; an unknown id stops the build (see unitById). */
export async function personById(id: string): Promise<{ person: Person; unit: Unit }> {
  const all = await contacts();
  const person = all.person(id);
  if (!person) throw new Error(`Det finns ingen person "${id}" i ${CONTACTS_FILE}. Skriv en av: ${all.people.map((p) => p.id).join(', ')}.`);
  return { person, unit: all.unit(person.enhet)! };
}

export interface ContactSource {
  routine: Rutin;
  /** The site path of the routine's contact section, or of the routine where it shows none. */
  path: string;
  units: Unit[];
}

/**
 * The routines the contacts come from (each unit's `rutin`), in the
 * routines' order, each with its units and where it shows them: for the
 * contacts page's sources and the footer of pages that show contacts.
 */
export async function contactSources(): Promise<ContactSource[]> {
  const all = await contacts();
  return (await allRoutines()).flatMap((routine) => {
    const units = all.units.filter((unit) => unit.rutin === routine.id);
    if (units.length === 0) return [];
    const section = contactSectionOf(routine.body ?? '');
    return [{ routine, path: `${routinePath(routine.id)}${section ? `#${section}` : ''}`, units }];
  });
}
