import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emailPieces } from './email.ts';

test('an address breaks before each @ and dot, and is whole again joined', () => {
  const FIXTURE_ADDRESS = 'ester.provsson@socialfiktiva.example.se';
  assert.deepEqual(emailPieces(FIXTURE_ADDRESS), ['ester', '.provsson', '@socialfiktiva', '.example', '.se']);
  assert.equal(emailPieces(FIXTURE_ADDRESS).join(''), FIXTURE_ADDRESS);
});

test('an address without dots is two pieces; an empty one none', () => {
  assert.deepEqual(emailPieces('a@b'), ['a', '@b']);
  assert.deepEqual(emailPieces(''), []);
});
