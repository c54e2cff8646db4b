import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStateFragment, movedFromQuery } from './state-fragment.ts';

test('the guide\'s state is told from an element id in the fragment', () => {
  for (const hash of ['', '#', '#roll=vuxen', '#andra=roll&roll=vuxen']) assert.equal(isStateFragment(hash), true, hash);
  for (const hash of ['#innehall', '#steg-nybesok', '#%']) assert.equal(isStateFragment(hash), false, hash);
});

const moves: Array<[string, string, string, string | undefined]> = [
  ['no query: nothing to move', '', '#roll=vuxen', undefined],
  ['an empty query: nothing to move', '?', '', undefined],
  ['the answers move into the fragment', '?roll=vuxen&frigivning=2027-05-20', '', '#roll=vuxen&frigivning=2027-05-20'],
  ['anything else in the query moves too, for the guide to count as not used', '?roll=vuxen&utm_source=mail', '', '#roll=vuxen&utm_source=mail'],
  ['a state already in the fragment wins', '?roll=vuxen', '#roll=frivarden', '#roll=frivarden'],
  ['an element id in the fragment gives way to the answers', '?roll=vuxen', '#innehall', '#roll=vuxen'],
];
for (const [name, search, hash, expected] of moves) {
  test(`an old link: ${name}`, () => assert.equal(movedFromQuery(search, hash), expected));
}
