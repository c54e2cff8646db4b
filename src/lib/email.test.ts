import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emailPieces } from './email.ts';

test('an address breaks before each @ and dot, and is whole again joined', () => {
  const address = 'lwam.tesfagerfgs@socialnordost.goteborg.se';
  assert.deepEqual(emailPieces(address), ['lwam', '.tesfagerfgs', '@socialnordost', '.goteborg', '.se']);
  assert.equal(emailPieces(address).join(''), address);
});

test('an address without dots is two pieces; an empty one none', () => {
  assert.deepEqual(emailPieces('a@b'), ['a', '@b']);
  assert.deepEqual(emailPieces(''), []);
});
