import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emailsToCheck } from '../../src/content-pipeline/contacts.ts';
import { checkWith, escapeRegExp, replaceInEntry, writtenContacts } from './project.ts';

const FILE = 'content/kontakter.yaml';

// Today's contact data, read from the file, so that the edits below hit
// whatever the owner has written there, never a copy of it.
const { enheter: units, personer: people } = writtenContacts();
const unitIds = units.map((unit) => unit.id).join(', ');
const last = people.at(-1)!;
const withPhone = people.find((person) => person.telefon?.length)!;
const firstNumber = withPhone.telefon![0]!;
const notANumber = `${firstNumber.slice(0, -1)}X`;
const withHours = units.find((unit) => unit.oppettider)!;
const [day, hours] = Object.entries(withHours.oppettider!).find(([, value]) => Array.isArray(value) && value.length > 0) as [string, string[]];
const span = hours.at(-1)!;
const backwards = span.split('-').reverse().join('-');

/** Broken contact data: the entry and the field the message must name, and what it must say. */
const cases: Array<{ name: string; edit: (text: string) => string; entry: string; says: RegExp }> = [
  {
    name: 'a person in a unit that does not exist',
    edit: replaceInEntry(last.id, `enhet: ${last.enhet}`, `enhet: ${last.enhet}x`),
    entry: `personer → ${last.id}`,
    says: new RegExp(`fältet enhet: Det finns ingen enhet som heter "${escapeRegExp(last.enhet)}x"\\. Skriv en av: ${escapeRegExp(unitIds)}\\.`),
  },
  {
    name: 'two people with the same id, both named by their place in the file',
    edit: replaceInEntry(people[2]!.id, `id: ${people[2]!.id}`, `id: ${people[0]!.id}`),
    entry: `personer → post nummer 3 (${people[2]!.namn})`,
    says: new RegExp(`fältet id: id "${escapeRegExp(people[0]!.id)}" används också av personer → post nummer 1 \\(${escapeRegExp(people[0]!.namn)}\\)\\.`),
  },
  {
    name: 'a phone number that is not Swedish, counted from 1 in its list',
    edit: replaceInEntry(withPhone.id, firstNumber, notANumber),
    entry: `personer → ${withPhone.id}`,
    says: new RegExp(`fältet telefon\\[1\\]: "${escapeRegExp(notANumber)}" är inte ett svenskt telefonnummer\\.`),
  },
  {
    name: 'an e-mail address that is not one',
    edit: replaceInEntry(withPhone.id, withPhone.epost, withPhone.epost.replace('@', '(at)')),
    entry: `personer → ${withPhone.id}`,
    says: new RegExp(`fältet epost: "${escapeRegExp(withPhone.epost.replace('@', '(at)'))}" ser inte ut som en e-postadress\\.`),
  },
  {
    name: 'opening hours that end before they start',
    edit: replaceInEntry(withHours.id, span, backwards),
    entry: `enheter → ${withHours.id}`,
    says: new RegExp(`fältet oppettider\\.${day}: "${escapeRegExp(backwards)}": sluttiden måste komma efter starttiden\\.`),
  },
];

for (const { name, edit, entry, says } of cases) {
  test(`${name} is refused with a message naming file, entry and field`, () => {
    const { errors, output } = checkWith({ [FILE]: edit });
    assert.ok(errors.length > 0, 'the content should have been refused');
    assert.match(output, /content\/kontakter\.yaml/, 'names the file');
    assert.ok(output.includes(entry), `names the entry ${entry}:\n${output}`);
    assert.match(output, says);
  });
}

test('unreadable contact data is one mistake, in the contact file, not a second one in the routine that shows it', () => {
  const { errors } = checkWith({ [FILE]: (text) => text.replace(/(telefon: \[)0/, '$1X') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  for (const error of errors) assert.match(error, /^content\/kontakter\.yaml/, error);
});

test('a file that is not valid YAML names the file and the line', () => {
  const { errors, output } = checkWith({ [FILE]: (text) => text.replace(/^ {4}titel: /m, '   titel: ') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, /content\/kontakter\.yaml, rad \d+: filen går inte att läsa/);
});

test('every address spelt unlike its person’s name is in the owner’s to-check list', () => {
  const list = readFileSync('content/TOLKNINGAR.md', 'utf8');
  const heading = '## Att kontrollera i källdokumenten';
  assert.ok(list.includes(heading), `content/TOLKNINGAR.md has the heading "${heading}"`);
  const toCheck = list.slice(list.indexOf(heading)).replace(/\s+/g, ' ');
  const flagged = emailsToCheck(people);
  for (const person of flagged) {
    const local = person.epost.split('@')[0]!;
    assert.ok(toCheck.includes(local) && toCheck.includes(person.namn), `${local} / ${person.namn} missing from content/TOLKNINGAR.md`);
  }
});
