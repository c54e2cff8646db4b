import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckContacts, emailSpellingDiffers, emailsToCheck } from './contacts.ts';
import { formatProblem } from './problems.ts';

const unit = (id: string, extra: Record<string, unknown> = {}) => ({ id, namn: id, ...extra });
const person = (id: string, enhet: string, extra: Record<string, unknown> = {}) => ({ id, namn: id, enhet, ...extra });

const good = {
  enheter: [unit('vuxen-mottag', { linjer: [{ id: 'vuxen-mottag-kortedala' }, { id: 'vuxen-mottag-hjallbo' }] }), unit('funktionsstod')],
  personer: [person('nina-sunnerfjell', 'funktionsstod'), person('anna-eriksson', 'funktionsstod')],
};

/** A change to the good file → the messages it must give. */
const cases: Array<[string, unknown, string[]]> = [
  ['the file as it should be', good, []],
  [
    'a person in a unit that does not exist',
    { ...good, personer: [person('nina-sunnerfjell', 'funktionstod')] },
    ['content/kontakter.yaml → personer → nina-sunnerfjell, fältet enhet: Det finns ingen enhet som heter "funktionstod". Skriv en av: vuxen-mottag, funktionsstod.'],
  ],
  [
    'a person without a unit',
    { ...good, personer: [{ id: 'nina-sunnerfjell' }] },
    ['content/kontakter.yaml → personer → nina-sunnerfjell, fältet enhet: Fyll i vilken enhet personen hör till. Skriv en av: vuxen-mottag, funktionsstod.'],
  ],
  [
    'two people with the same id',
    { ...good, personer: [person('anna-eriksson', 'funktionsstod'), person('anna-eriksson', 'funktionsstod')] },
    ['content/kontakter.yaml → personer → post nummer 2 (anna-eriksson), fältet id: id "anna-eriksson" används också av personer → post nummer 1 (anna-eriksson). Varje enhet, linje och person behöver ett eget id.'],
  ],
  [
    'a person with the id of a unit',
    { ...good, personer: [person('funktionsstod', 'funktionsstod')] },
    ['content/kontakter.yaml → personer → post nummer 1 (funktionsstod), fältet id: id "funktionsstod" används också av enheter → post nummer 2 (funktionsstod). Varje enhet, linje och person behöver ett eget id.'],
  ],
  [
    'two lines with the same id',
    { ...good, enheter: [unit('vuxen-mottag', { linjer: [{ id: 'mottag' }, { id: 'mottag' }] }), unit('funktionsstod')] },
    ['content/kontakter.yaml → enheter → post nummer 1 (vuxen-mottag), fältet linjer[2].id: id "mottag" används också av enheter → post nummer 1 (vuxen-mottag), linjer[1]. Varje enhet, linje och person behöver ett eget id.'],
  ],
  [
    'an id with capitals and spaces',
    { ...good, personer: [person('Nina Sunnerfjell', 'funktionsstod')] },
    ['content/kontakter.yaml → personer → Nina Sunnerfjell, fältet id: "Nina Sunnerfjell" går inte att använda som id. Skriv bara små bokstäver a–z, siffror och bindestreck, till exempel nina-sunnerfjell.'],
  ],
  [
    'an entry without an id is named by its place and name',
    { ...good, personer: [{ namn: 'Nina Sunnerfjell', enhet: 'funktionsstod' }] },
    ['content/kontakter.yaml → personer → post nummer 1 (Nina Sunnerfjell), fältet id: Fyll i ett id, till exempel nina-sunnerfjell.'],
  ],
  [
    'a file without the two lists',
    [good],
    ['content/kontakter.yaml: filen ska ha två listor, "enheter:" och "personer:". Jämför med exemplet i content/README.md.'],
  ],
];

for (const [name, file, expected] of cases) {
  test(`cross-check: ${name}`, () => assert.deepEqual(crossCheckContacts(file).map(formatProblem), expected));
}

const spellings: Array<[string, string, boolean]> = [
  ['Rebecka Anteneh', 'rebecka.anteneh@socialnordost.goteborg.se', false],
  ['Majmuna Dahir Hassan', 'majmona.dahir.hassan@socialnordost.goteborg.se', true],
  ['Lwam Tesfagergs', 'lwam.tesfagerfgs@socialnordost.goteborg.se', true],
  ['Anna Eriksson', 'anna.2.eriksson@funktionsstod.goteborg.se', false],
  ['Åsa Öberg', 'asa.oberg@goteborg.se', false],
  ['Karl-Johan Ek', 'karl-johan.ek@goteborg.se', false],
  ['Nina Sunnerfjell', 'nina.sunnerfjel@funktionsstod.goteborg.se', true],
];

for (const [name, email, differs] of spellings) {
  test(`e-mail of ${name} spelt unlike the name: ${differs}`, () => assert.equal(emailSpellingDiffers(name, email), differs));
}

test('the to-check list keeps the file’s order', () => {
  const people = spellings.map(([namn, epost], i) => ({ id: `p${i}`, namn, epost }));
  assert.deepEqual(
    emailsToCheck(people).map((p) => p.namn),
    ['Majmuna Dahir Hassan', 'Lwam Tesfagergs', 'Nina Sunnerfjell'],
  );
});
