/**
 * Whom a step tells its role to contact, and where their numbers are: a
 * step names the roles it contacts (`kontaktar` in content/process/steg.yaml),
 * each role names its contacts (`kontakter` in roller.yaml), and the
 * contact data (content/kontakter.yaml) gives each a place on the contacts
 * page. Pure, so every view of a step links the same contacts.
 */
import type { ContactIndex } from '../contacts.ts';
import type { RoutineScope } from '../districts.ts';
import type { ProcessModel, Step } from './model.ts';

export interface StepContact {
  /** The contact's anchor on the contacts page: a unit's or a person's id. */
  id: string;
  /** What the link says: a unit's name, or a person's with their Insluss role. */
  name: string;
  /** The administrations whose routine gives the contact (a unit's `rutin`). */
  districts: string[];
}

/**
 * The contacts a step leads to, each once, in the order of the roles the
 * step names and of each role's contacts. None where the step names no
 * role, or its roles have no contacts: the routine then names no one to
 * call, and the site adds no one. With `scopes` (the routines of a view of
 * the process, src/lib/process/views.ts), only the contacts those routines
 * give: another administration's are on its own view's pages.
 */
export function stepContacts(
  model: Pick<ProcessModel, 'roles' | 'routines'>,
  step: Pick<Step, 'kontaktar'>,
  contacts: Pick<ContactIndex, 'unit' | 'person' | 'routineOf'>,
  scopes?: readonly string[],
): StepContact[] {
  const ids = [...new Set(step.kontaktar.flatMap((roleId) => model.roles.find((role) => role.id === roleId)?.kontakter ?? []))].filter(
    (id) => !scopes || scopes.includes(contacts.routineOf(id) ?? ''),
  );
  const districtsOf = (unitId: string) => routineOf(model.routines, contacts.unit(unitId)?.rutin)?.forvaltningar ?? [];
  return ids.flatMap((id): StepContact[] => {
    const person = contacts.person(id);
    if (person) return [{ id, name: person.roll ? `${person.namn}, ${person.roll}` : person.namn, districts: districtsOf(person.enhet) }];
    const unit = contacts.unit(id);
    return unit ? [{ id, name: unit.namn, districts: districtsOf(unit.id) }] : [];
  });
}

function routineOf(routines: RoutineScope[], id: string | undefined): RoutineScope | undefined {
  return routines.find((routine) => routine.id === id);
}
