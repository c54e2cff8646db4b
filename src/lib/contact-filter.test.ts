import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterSummary, filterText, matchesFilter } from './contact-filter.ts';
import { readContent } from '../content-pipeline/index.ts';

// Fixtures: a fictional person and a fictional phone line, their numbers from PTS's
// series for fiction (031-390 06 00–99); the rule, not content/kontakter.yaml, is tested.
const FIXTURE_PERSON = filterText(
  ['Ester Provsson', 'samordnare', 'Försörjningsstöd Prov', 'Socialförvaltningen Fiktiva', 'ester.provsson@example.com'],
  [{ digits: '0313900601', e164: '+46313900601' }],
);
const FIXTURE_LINE = filterText(['Linje med upptagningsområde Provängen', 'Provängen', 'Mottag Prov', undefined], [{ digits: '0313900602', e164: '+46313900602' }]);

const cases: Array<[string, string, string, boolean]> = [
  ['an empty query', FIXTURE_PERSON, '', true],
  ['a first name', FIXTURE_PERSON, 'Ester', true],
  ['a name in another case', FIXTURE_PERSON, 'PROVSSON', true],
  ['part of a name', FIXTURE_PERSON, 'provs', true],
  ['a unit without its accents', FIXTURE_PERSON, 'forsorjningsstod', true],
  ['a unit with its accents', FIXTURE_PERSON, 'Försörjningsstöd', true],
  ['two words from different fields', FIXTURE_PERSON, 'ester prov', true],
  ['a word that is not there', FIXTURE_PERSON, 'ester funktionsstöd', false],
  ['a title', FIXTURE_PERSON, 'samord', true],
  ['an e-mail address', FIXTURE_PERSON, 'ester.provsson@', true],
  ['the number as a routine may write it', FIXTURE_PERSON, '031 – 390 06 01', true],
  ['the number as shown', FIXTURE_PERSON, '031-390 06 01', true],
  ['the number without spaces', FIXTURE_PERSON, '0313900601', true],
  ['the end of the number', FIXTURE_PERSON, '06 01', true],
  ['the number internationally', FIXTURE_PERSON, '+46 31 390 06 01', true],
  ['another number', FIXTURE_PERSON, '031-390 06 02', false],
  ['an area', FIXTURE_LINE, 'provängen', true],
  ['an area without its accents', FIXTURE_LINE, 'upptagningsomrade', true],
  ['another area', FIXTURE_LINE, 'västerprov', false],
  ['a number on a line', FIXTURE_LINE, '390 06 02', true],
];

for (const [name, text, query, expected] of cases) {
  test(`filter: ${name} (${JSON.stringify(query)})`, () => assert.equal(matchesFilter(text, query), expected));
}

test('every person in content/kontakter.yaml is found by each number as the routine writes it, as shown, and by name', () => {
  const { people } = readContent().contacts;
  assert.ok(people.length > 0);
  for (const person of people) {
    const text = filterText([person.namn, person.titel, person.epost], person.telefon);
    assert.ok(matchesFilter(text, person.namn), person.namn);
    for (const phone of person.telefon) {
      assert.ok(matchesFilter(text, phone.written), `${person.namn}: ${phone.written}`);
      assert.ok(matchesFilter(text, phone.display), `${person.namn}: ${phone.display}`);
    }
  }
});

const summaries: Array<[string, number, string]> = [
  ['', 9, 'Alla 9 kontakter visas.'],
  ['  ', 9, 'Alla 9 kontakter visas.'],
  ['provs', 1, '1 kontakt matchar ”provs”.'],
  ['mottag ', 6, '6 kontakter matchar ”mottag”.'],
  ['xyz', 0, 'Inga kontakter matchar ”xyz”.'],
];

for (const [query, count, expected] of summaries) {
  test(`summary for ${JSON.stringify(query)} with ${count}`, () => assert.equal(filterSummary(query, count, 9), expected));
}
