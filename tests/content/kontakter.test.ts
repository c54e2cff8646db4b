import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { emailsToCheck } from '../../src/content-pipeline/contacts.ts';
import type { Person } from '../../src/lib/contacts.ts';
import { checkWith } from './project.ts';

const FILE = 'content/kontakter.yaml';

/** Replaces one exact passage of the contacts file. */
const change = (from: string, to: string) => (text: string) => text.replace(from, to);

/** Broken contact data: the entry and the field the message must name, and what it must say. */
const cases: Array<{ name: string; edit: (text: string) => string; entry: string; says: RegExp }> = [
  {
    name: 'a person in a unit that does not exist',
    edit: change('enhet: funktionsstod\n    telefon: [031-365 33 85', 'enhet: funktionstod\n    telefon: [031-365 33 85'),
    entry: 'personer → nina-sunnerfjell',
    says: /fältet enhet: Det finns ingen enhet som heter "funktionstod"\. Skriv en av: vuxen-mottag, forsorjningsstod-mottag, funktionsstod\./,
  },
  {
    name: 'two people with the same id, both named by their place in the file',
    edit: change('id: gunilla-ericson', 'id: rebecka-anteneh'),
    entry: 'personer → post nummer 3 (Gunilla Ericson)',
    says: /fältet id: id "rebecka-anteneh" används också av personer → post nummer 1 \(Rebecka Anteneh\)\./,
  },
  {
    name: 'a phone number that is not Swedish, counted from 1 in its list',
    edit: change('[031-365 37 14]', '[031-365 37 1X]'),
    entry: 'personer → gunilla-ericson',
    says: /fältet telefon\[1\]: "031-365 37 1X" är inte ett svenskt telefonnummer\./,
  },
  {
    name: 'an e-mail address that is not one',
    edit: change('epost: gunilla.ericson@socialnordost.goteborg.se', 'epost: gunilla.ericson(at)socialnordost.goteborg.se'),
    entry: 'personer → gunilla-ericson',
    says: /fältet epost: "gunilla\.ericson\(at\)socialnordost\.goteborg\.se" ser inte ut som en e-postadress\./,
  },
  {
    name: 'opening hours that end before they start',
    edit: change('tisdag: [08:00-12:00, 13:00-18:00]', 'tisdag: [08:00-12:00, 18:00-13:00]'),
    entry: 'enheter → vuxen-mottag',
    says: /fältet oppettider\.tisdag: "18:00-13:00": sluttiden måste komma efter starttiden\./,
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

test('a file that is not valid YAML names the file and the line', () => {
  const { errors, output } = checkWith({ [FILE]: change('    titel: enhetschef', '   titel: enhetschef') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, /content\/kontakter\.yaml, rad \d+: filen går inte att läsa/);
});

test('every address spelt unlike its person’s name is in the owner’s to-check list', () => {
  const people = (load(readFileSync(FILE, 'utf8')) as { personer: Person[] }).personer;
  const readme = readFileSync('content/README.md', 'utf8');
  const toCheck = readme.slice(readme.indexOf('## Att kontrollera i källdokumenten')).replace(/\s+/g, ' ');
  const flagged = emailsToCheck(people);
  assert.deepEqual(flagged.map((person) => person.id), ['majmuna-dahir-hassan', 'lwam-tesfagergs']);
  for (const person of flagged) {
    const local = person.epost.split('@')[0]!;
    assert.ok(toCheck.includes(local) && toCheck.includes(person.namn), `${local} / ${person.namn} missing from content/README.md`);
  }
});
