import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentId } from './fragment.ts';

test('a fragment names an element id, its percent-encoding undone', () => {
  assert.equal(fragmentId('#steg-sig'), 'steg-sig');
  assert.equal(fragmentId('#f%C3%B6rsta-kontakt'), 'första-kontakt');
  assert.equal(fragmentId(''), '');
  assert.equal(fragmentId('#'), '');
});

test('a fragment with broken percent-encoding names nothing, and does not throw', () => {
  for (const hash of ['#%', '#%E0%A4%A', '#100%', '#%zz', '#%C3']) assert.equal(fragmentId(hash), undefined, hash);
});
