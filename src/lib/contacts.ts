/**
 * The contact directory of the routines (content/kontakter.yaml), each unit
 * tagged with the routine it comes from:
 * checks that need the whole file, lookups by id for pages that show a
 * contact, and the "to check" list for the document owner.
 */
import { ownSections } from './process/source-text.ts';
import { slugify } from './slug.ts';
import type { PhoneNumber } from './phone.ts';
import type { WeeklyHours } from './opening-hours.ts';

export const CONTACTS_FILE = 'content/kontakter.yaml';

/** A number as the content has it: the owner's spelling and what the site shows and links. */
export interface Phone extends PhoneNumber {
  written: string;
}

export interface OpeningHours {
  /** The routine's own sentence about the hours, shown word for word. */
  text: string;
  /** Where callers are sent when the line is closed, e.g. "socialjouren". */
  ovrigTid: string;
  veckan: WeeklyHours;
  /** Further closed days the owner listed, as ISO dates. */
  stangdaDagar: string[];
}

/** A reception line of a unit: its own area, number and mailbox. */
export interface Line {
  id: string;
  namn: string;
  upptagningsomrade?: string | undefined;
  telefon: Phone;
  funktionsbrevlada?: string | undefined;
}

export interface Unit {
  id: string;
  namn: string;
  forvaltning: string;
  /** The routine whose contact section names the unit; its people belong to it too. */
  rutin: string;
  linjer: Line[];
  /** The hours of the unit's lines; a unit without them has no open/closed status. */
  oppettider?: OpeningHours | undefined;
  /** Other names the routine uses for the unit, so the filter finds them. */
  sokord: string[];
}

export interface Person {
  id: string;
  namn: string;
  titel: string;
  enhet: string;
  roll?: string | undefined;
  telefon: Phone[];
  epost: string;
}

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
export function crossCheckContacts(file: unknown): string[] {
  if (!isRecord(file) || !Array.isArray(file.enheter) || !Array.isArray(file.personer)) {
    return [`${CONTACTS_FILE}: filen ska ha två listor, "enheter:" och "personer:". Jämför med exemplet i content/README.md.`];
  }
  const problems: string[] = [];
  /** Each id in use, with where it was first used: by its place in the file, since the id is what is shared. */
  const seen = new Map<string, string>();
  const claim = (id: unknown, where: string, field: string, place: string, reference = place) => {
    if (typeof id !== 'string' || id.trim() === '') {
      problems.push(`${where}, fältet ${field}: Fyll i ett id, till exempel nina-sunnerfjell.`);
    } else if (!ID.test(id)) {
      problems.push(`${where}, fältet ${field}: "${id}" går inte att använda som id. Skriv bara små bokstäver a–z, siffror och bindestreck, till exempel ${slugify(id) || 'nina-sunnerfjell'}.`);
    } else if (seen.has(id)) {
      problems.push(`${CONTACTS_FILE} → ${place}, fältet ${field}: id "${id}" används också av ${seen.get(id)}. Varje enhet, linje och person behöver ett eget id.`);
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
      problems.push(`${where}, fältet enhet: Fyll i vilken enhet personen hör till. Skriv en av: ${unitIds.join(', ')}.`);
    } else if (!unitIds.includes(unit)) {
      problems.push(`${where}, fältet enhet: Det finns ingen enhet som heter "${unit}". Skriv en av: ${unitIds.join(', ')}.`);
    }
  });
  return problems;
}

/** "content/kontakter.yaml → personer → nina-sunnerfjell", or the position when the id is missing. */
function entryName(list: 'enheter' | 'personer', entry: unknown, index: number): string {
  const id = isRecord(entry) && typeof entry.id === 'string' && entry.id.trim() ? entry.id : null;
  return `${CONTACTS_FILE} → ${list} → ${id ?? `post nummer ${index + 1}${nameOf(entry)}`}`;
}

/** "personer → post nummer 3 (Rebecka Anteneh)": an entry by its place, for when its id is shared. */
function placeOf(list: 'enheter' | 'personer', entry: unknown, index: number): string {
  return `${list} → post nummer ${index + 1}${nameOf(entry)}`;
}

function nameOf(entry: unknown): string {
  return isRecord(entry) && typeof entry.namn === 'string' ? ` (${entry.namn})` : '';
}

/** Lower case without accents, so "Försörjningsstöd" is found by "forsorjningsstod". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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

/** Finds units, lines and people by id, for pages that show a contact. */
export function contactIndex(units: Unit[], people: Person[]) {
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const peopleById = new Map(people.map((person) => [person.id, person]));
  return {
    units,
    people,
    unit: (id: string) => unitsById.get(id),
    person: (id: string) => peopleById.get(id),
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
