import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterSummary, filterText, matchesFilter } from './contact-filter.ts';

const lwam = filterText(
  ['Lwam Tesfagergs', '1:e socialsekreterare', 'Försörjningsstöd Mottag', 'Socialförvaltningen Nordost', 'lwam.tesfagerfgs@socialnordost.goteborg.se'],
  [{ digits: '0313652236', e164: '+46313652236' }],
);
const kortedala = filterText(['Mottag med upptagningsområde Kortedala', 'Kortedala', 'Vuxen Mottag', undefined], [{ digits: '0313654714', e164: '+46313654714' }]);

const cases: Array<[string, string, string, boolean]> = [
  ['an empty query', lwam, '', true],
  ['a first name', lwam, 'Lwam', true],
  ['a name in another case', lwam, 'TESFAGERGS', true],
  ['part of a name', lwam, 'tesfa', true],
  ['a unit without its accents', lwam, 'forsorjningsstod', true],
  ['a unit with its accents', lwam, 'Försörjningsstöd', true],
  ['two words from different fields', lwam, 'lwam mottag', true],
  ['a word that is not there', lwam, 'lwam funktionsstöd', false],
  ['a title', lwam, '1:e social', true],
  ['an e-mail address', lwam, 'lwam.tesfagerfgs@', true],
  ['the number as the routine writes it', lwam, '031 – 365 22 36', true],
  ['the number as shown', lwam, '031-365 22 36', true],
  ['the number without spaces', lwam, '0313652236', true],
  ['the end of the number', lwam, '22 36', true],
  ['the number internationally', lwam, '+46 31 365 22 36', true],
  ['another number', lwam, '031-365 47 14', false],
  ['an area', kortedala, 'kortedala', true],
  ['an area without its accents', kortedala, 'upptagningsomrade', true],
  ['another area', kortedala, 'hjällbo', false],
  ['a number on a line', kortedala, '365 47 14', true],
];

for (const [name, text, query, expected] of cases) {
  test(`filter: ${name} (${JSON.stringify(query)})`, () => assert.equal(matchesFilter(text, query), expected));
}

const summaries: Array<[string, number, string]> = [
  ['', 9, 'Alla 9 kontakter visas.'],
  ['  ', 9, 'Alla 9 kontakter visas.'],
  ['sunner', 1, '1 kontakt matchar ”sunner”.'],
  ['mottag ', 6, '6 kontakter matchar ”mottag”.'],
  ['xyz', 0, 'Inga kontakter matchar ”xyz”.'],
];

for (const [query, count, expected] of summaries) {
  test(`summary for ${JSON.stringify(query)} with ${count}`, () => assert.equal(filterSummary(query, count, 9), expected));
}
