import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonPath, routinePath, versionPath, withBase } from './urls.ts';

const cases: Array<[string, string, string]> = [
  ['/', '/', '/'],
  ['/', '/sok/', '/sok/'],
  ['/rutiner/insluss/', '/', '/rutiner/insluss/'],
  ['/rutiner/insluss/', '/sok/', '/rutiner/insluss/sok/'],
  ['/rutiner/insluss', '/rutiner/nordost/#bakgrund', '/rutiner/insluss/rutiner/nordost/#bakgrund'],
];

for (const [base, path, expected] of cases) {
  test(`withBase(${base}, ${path}) is ${expected}`, () => assert.equal(withBase(base, path), expected));
}

test('a relative path is a mistake, not a silent wrong link', () => {
  assert.throws(() => withBase('/', 'sok/'), /start with "\/"/);
});

test('routine pages live under /rutiner/', () => assert.equal(routinePath('nordost'), '/rutiner/nordost/'));

test('an earlier version and a comparison lie below the routine’s own address', () => {
  assert.equal(versionPath('nordost', '2023-01-11'), '/rutiner/nordost/2023-01-11/');
  assert.equal(comparisonPath('nordost', '2024-05-02'), '/rutiner/nordost/andringar/2024-05-02/');
});
