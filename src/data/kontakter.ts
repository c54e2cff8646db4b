import { contactIndex, contactSectionOf, type ContactIndex, type Unit } from '../lib/contacts';
import { FILES } from '../content-pipeline/files';
import { routinePath } from '../lib/urls';
import { allRoutines, type Rutin } from './rutiner';
import { siteContent } from './content';

export type { Line, Person, Phone, Unit } from '../lib/contacts';

/** Every unit and person of content/kontakter.yaml, in the file's order, with lookups by id. */
export function contacts(): ContactIndex {
  const { units, people } = siteContent().contacts;
  return contactIndex(units, people);
}

/**
 * A unit by id, for pages that name one (role pages, the routine). The
 * pipeline has checked every id the content names; an unknown one here is
 * a page's own mistake, and stops the build rather than leave a contact
 * silently missing.
 */
export function unitById(id: string): Unit {
  const all = contacts();
  const unit = all.unit(id);
  if (!unit) throw new Error(`Det finns ingen enhet "${id}" i ${FILES.contacts}. Skriv en av: ${all.units.map((u) => u.id).join(', ')}.`);
  return unit;
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
export function contactSources(): ContactSource[] {
  const all = contacts();
  return allRoutines().flatMap((routine) => {
    const units = all.units.filter((unit) => unit.rutin === routine.id);
    if (units.length === 0) return [];
    const section = contactSectionOf(routine.body);
    return [{ routine, path: `${routinePath(routine.id)}${section ? `#${section}` : ''}`, units }];
  });
}
