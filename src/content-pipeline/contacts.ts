/**
 * The contact data's rules that need the whole file (content/kontakter.yaml),
 * and the owner's list of addresses to check.
 */
import { fold } from '../lib/contacts.ts';
import { slugify } from '../lib/slug.ts';
import { FILES } from './files.ts';
import type { Problem } from './problems.ts';
import type { Person } from './schemas.ts';

/** Ids become anchors and URLs: lower case a–z, digits and hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The checks that one entry alone cannot make: every entry has an id in
 * the right form, ids are unique in the whole file (they are anchors on
 * the same page), and every person's unit exists. Works on the file as
 * read, before the schema, and returns one Swedish message per problem,
 * each naming the file, the entry and the field.
 */
export function crossCheckContacts(file: unknown): Problem[] {
  if (!isRecord(file) || !Array.isArray(file.enheter) || !Array.isArray(file.personer)) {
    return [{ file: FILES.contacts, message: 'filen ska ha två listor, "enheter:" och "personer:". Jämför med exemplet i content/README.md.' }];
  }
  const problems: Problem[] = [];
  /** Each id in use, with where it was first used: by its place in the file, since the id is what is shared. */
  const seen = new Map<string, string>();
  const report = (entry: string, field: string, message: string) => problems.push({ file: FILES.contacts, entry, field, message });
  const claim = (id: unknown, where: string, field: string, place: string, reference = place) => {
    if (typeof id !== 'string' || id.trim() === '') {
      report(where, field, 'Fyll i ett id, till exempel anna-exempelsson.');
    } else if (!ID.test(id)) {
      report(where, field, `"${id}" går inte att använda som id. Skriv bara små bokstäver a–z, siffror och bindestreck, till exempel ${slugify(id) || 'anna-exempelsson'}.`);
    } else if (seen.has(id)) {
      report(place, field, `id "${id}" används också av ${seen.get(id)}. Varje enhet, linje och person behöver ett eget id.`);
    } else seen.set(id, reference);
  };

  file.enheter.forEach((unit, index) => {
    const where = entryName('enheter', unit, index);
    claim(isRecord(unit) ? unit.id : undefined, where, 'id', placeOf('enheter', unit, index));
    if (isRecord(unit) && Array.isArray(unit.linjer)) {
      unit.linjer.forEach((line, lineIndex) => {
        const field = `linjer[${lineIndex + 1}].id`;
        const unitPlace = placeOf('enheter', unit, index);
        claim(isRecord(line) ? line.id : undefined, where, field, unitPlace, `${unitPlace}, linjer[${lineIndex + 1}]${nameOf(line)}`);
      });
    }
  });
  const unitIds = file.enheter.filter(isRecord).map((unit) => unit.id).filter((id): id is string => typeof id === 'string');

  file.personer.forEach((person, index) => {
    const where = entryName('personer', person, index);
    claim(isRecord(person) ? person.id : undefined, where, 'id', placeOf('personer', person, index));
    const unit = isRecord(person) ? person.enhet : undefined;
    if (typeof unit !== 'string' || unit.trim() === '') {
      report(where, 'enhet', `Fyll i vilken enhet personen hör till. Skriv en av: ${unitIds.join(', ')}.`);
    } else if (!unitIds.includes(unit)) {
      report(where, 'enhet', `Det finns ingen enhet som heter "${unit}". Skriv en av: ${unitIds.join(', ')}.`);
    }
  });
  return problems;
}

/** "personer → anna-exempelsson", or the position when the id is missing. */
export function entryName(list: 'enheter' | 'personer', entry: unknown, index: number): string {
  const id = isRecord(entry) && typeof entry.id === 'string' && entry.id.trim() ? entry.id : null;
  return `${list} → ${id ?? `post nummer ${index + 1}${nameOf(entry)}`}`;
}

/** "personer → post nummer 3 (Rebecka Anteneh)": an entry by its place, for when its id is shared. */
function placeOf(list: 'enheter' | 'personer', entry: unknown, index: number): string {
  return `${list} → post nummer ${index + 1}${nameOf(entry)}`;
}

function nameOf(entry: unknown): string {
  return isRecord(entry) && typeof entry.namn === 'string' ? ` (${entry.namn})` : '';
}

/**
 * True when the part of an e-mail address before the @ is not the person's
 * name: "majmona.dahir.hassan" for Majmuna Dahir Hassan. Number parts such
 * as the "2" in anna.2.eriksson are how the city tells namesakes apart and
 * do not count.
 */
export function emailSpellingDiffers(name: string, email: string): boolean {
  const local = email.split('@')[0] ?? '';
  const fromEmail = fold(local).split(/[._-]+/).filter((part) => part && !/^\d+$/.test(part));
  const fromName = fold(name).split(/[\s-]+/).filter(Boolean);
  return fromEmail.join('.') !== fromName.join('.');
}

/** People whose address is spelt unlike their name, for the "to check" list. */
export function emailsToCheck(people: Array<Pick<Person, 'id' | 'namn' | 'epost'>>) {
  return people.filter((person) => emailSpellingDiffers(person.namn, person.epost));
}
