import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckContacts, emailSpellingDiffers, emailsToCheck } from './contacts.ts';
import { formatProblem } from './problems.ts';

const unit = (id: string, extra: Record<string, unknown> = {}) => ({ id, namn: id, ...extra });
const person = (id: string, enhet: string, extra: Record<string, unknown> = {}) => ({ id, namn: id, enhet, ...extra });

// Fixture: a fictional contact file; these are the cross-checks' rules, not content/kontakter.yaml.
const FIXTURE_GOOD = {
  enheter: [unit('mottag-prov', { linjer: [{ id: 'mottag-prov-provangen' }, { id: 'mottag-prov-norrby' }] }), unit('stod-prov')],
  personer: [person('ester-provsson', 'stod-prov'), person('nils-fiktiv', 'stod-prov')],
};

/** A change to the good file → the messages it must give. */
const cases: Array<[string, unknown, string[]]> = [
  ['the file as it should be', FIXTURE_GOOD, []],
  [
    'a person in a unit that does not exist',
    { ...FIXTURE_GOOD, personer: [person('ester-provsson', 'stod-prv')] },
    ['content/kontakter.yaml → personer → ester-provsson, fältet enhet: Det finns ingen enhet som heter "stod-prv". Skriv en av: mottag-prov, stod-prov.'],
  ],
  [
    'a person without a unit',
    { ...FIXTURE_GOOD, personer: [{ id: 'ester-provsson' }] },
    ['content/kontakter.yaml → personer → ester-provsson, fältet enhet: Fyll i vilken enhet personen hör till. Skriv en av: mottag-prov, stod-prov.'],
  ],
  [
    'two people with the same id',
    { ...FIXTURE_GOOD, personer: [person('nils-fiktiv', 'stod-prov'), person('nils-fiktiv', 'stod-prov')] },
    ['content/kontakter.yaml → personer → post nummer 2 (nils-fiktiv), fältet id: id "nils-fiktiv" används också av personer → post nummer 1 (nils-fiktiv). Varje enhet, linje och person behöver ett eget id.'],
  ],
  [
    'a person with the id of a unit',
    { ...FIXTURE_GOOD, personer: [person('stod-prov', 'stod-prov')] },
    ['content/kontakter.yaml → personer → post nummer 1 (stod-prov), fältet id: id "stod-prov" används också av enheter → post nummer 2 (stod-prov). Varje enhet, linje och person behöver ett eget id.'],
  ],
  [
    'two lines with the same id',
    { ...FIXTURE_GOOD, enheter: [unit('mottag-prov', { linjer: [{ id: 'mottag' }, { id: 'mottag' }] }), unit('stod-prov')] },
    ['content/kontakter.yaml → enheter → post nummer 1 (mottag-prov), fältet linjer[2].id: id "mottag" används också av enheter → post nummer 1 (mottag-prov), linjer[1]. Varje enhet, linje och person behöver ett eget id.'],
  ],
  [
    'an id with capitals and spaces',
    { ...FIXTURE_GOOD, personer: [person('Ester Provsson', 'stod-prov')] },
    ['content/kontakter.yaml → personer → Ester Provsson, fältet id: "Ester Provsson" går inte att använda som id. Skriv bara små bokstäver a–z, siffror och bindestreck, till exempel ester-provsson.'],
  ],
  [
    'an entry without an id is named by its place and name',
    { ...FIXTURE_GOOD, personer: [{ namn: 'Ester Provsson', enhet: 'stod-prov' }] },
    ['content/kontakter.yaml → personer → post nummer 1 (Ester Provsson), fältet id: Fyll i ett id, till exempel anna-exempelsson.' /* the message's own fixed example, in contacts.ts */],
  ],
  [
    'a file without the two lists',
    [FIXTURE_GOOD],
    ['content/kontakter.yaml: filen ska ha två listor, "enheter:" och "personer:". Jämför med exemplet i content/README.md.'],
  ],
];

for (const [name, file, expected] of cases) {
  test(`cross-check: ${name}`, () => assert.deepEqual(crossCheckContacts(file).map(formatProblem), expected));
}

// Fixtures: fictional names and addresses, each like a kind of spelling the routines hold.
const FIXTURE_SPELLINGS: Array<[string, string, boolean]> = [
  ['Ester Provsson', 'ester.provsson@socialfiktiva.example.se', false],
  ['Vilma Fiktiv Ek', 'vilmo.fiktiv.ek@socialfiktiva.example.se', true],
  ['Tove Provberg', 'tove.provbergf@socialfiktiva.example.se', true],
  ['Nils Fiktiv', 'nils.2.fiktiv@stodfiktiva.example.se', false],
  ['Åsa Öberg', 'asa.oberg@example.se', false],
  ['Karl-Johan Ek', 'karl-johan.ek@example.se', false],
  ['Ida Provhall', 'ida.provhal@stodfiktiva.example.se', true],
];

for (const [name, email, differs] of FIXTURE_SPELLINGS) {
  test(`e-mail of ${name} spelt unlike the name: ${differs}`, () => assert.equal(emailSpellingDiffers(name, email), differs));
}

test('the to-check list keeps the file’s order', () => {
  const people = FIXTURE_SPELLINGS.map(([namn, epost], i) => ({ id: `p${i}`, namn, epost }));
  assert.deepEqual(
    emailsToCheck(people).map((p) => p.namn),
    ['Vilma Fiktiv Ek', 'Tove Provberg', 'Ida Provhall'],
  );
});
