import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts, MAX_QUERY_LENGTH, queryFromSearch, resultSummary } from './search.ts';

const queries: Array<[string, string | null]> = [
  ['', null],
  ['?other=1', null],
  ['?q=', ''],
  ['?q=%20%20', ''],
  ['?q=matpengar', 'matpengar'],
  ['?q=akuta+%20matpengar', 'akuta matpengar'],
  ['?q=%3Cscript%3E', '<script>'],
  [`?q=${'a'.repeat(5000)}`, 'a'.repeat(MAX_QUERY_LENGTH)],
];

for (const [search, expected] of queries) {
  test(`query from ${JSON.stringify(search.slice(0, 30))}`, () => assert.equal(queryFromSearch(search), expected));
}

test('marks become marked parts and entities are decoded', () => {
  assert.deepEqual(excerptParts('få <mark>akuta</mark> matpengar &amp; mer'), [
    { text: 'få ', marked: false },
    { text: 'akuta', marked: true },
    { text: ' matpengar & mer', marked: false },
  ]);
});

test('markup other than marks is never passed on', () => {
  assert.deepEqual(excerptParts('a <img src=x onerror=alert(1)> &lt;b&gt;'), [{ text: 'a  <b>', marked: false }]);
});

const summaries: Array<[string, number, string]> = [
  ['', 0, 'Inga träffar: skriv ett eller flera ord att söka efter.'],
  ['xyzzy', 0, 'Inga träffar för ”xyzzy”. Prova ett annat ord eller en annan stavning.'],
  ['insluss', 1, '1 träff för ”insluss”.'],
  ['insluss', 2, '2 träffar för ”insluss”.'],
];

for (const [query, count, expected] of summaries) {
  test(`summary for ${JSON.stringify(query)} with ${count}`, () => assert.equal(resultSummary(query, count), expected));
}
