import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCurrentSection, mainNavigation } from './navigation.ts';

const start = mainNavigation[0]!;
const nordost = mainNavigation.find((item) => item.path === '/rutiner/nordost/')!;

const cases: Array<[string, typeof start, string, boolean]> = [
  ['start on the start page', start, '/', true],
  ['start on a routine', start, '/rutiner/nordost/', false],
  ['Nordost on its page', nordost, '/rutiner/nordost/', true],
  ['Nordost on the city routine', nordost, '/rutiner/goteborgs-stad/', false],
];

for (const [name, item, path, expected] of cases) {
  test(`current section: ${name}`, () => assert.equal(isCurrentSection(item, path), expected));
}
