import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routinePath, withBase } from './urls.ts';

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
