import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_QUERY_LENGTH, readState, writeState } from './url-state.ts';
import { smallModel } from '../process/fixtures.ts';

const model = smallModel();

const cases: Array<[string, string, ReturnType<typeof readState>]> = [
  ['nothing', '', { answers: {}, ignored: 0 }],
  ['a role and a date', '?roll=vuxen&frigivning=2027-01-22', { answers: { roll: 'vuxen', frigivning: '2027-01-22' }, ignored: 0 }],
  ['an unknown role', '?roll=chef', { answers: {}, ignored: 1 }],
  ['an unknown key', '?roll=vuxen&utm_source=mail', { answers: { roll: 'vuxen' }, ignored: 1 }],
  ['a malformed date', '?frigivning=2027-02-30', { answers: {}, ignored: 1 }],
  ['markup', '?samtycke=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&roll=vuxen', { answers: { roll: 'vuxen' }, ignored: 1 }],
  ['a repeated key keeps the first', '?samtycke=ja&samtycke=nej', { answers: { samtycke: 'ja' }, ignored: 1 }],
  ['a change of an answered question', '?samtycke=ja&andra=samtycke', { answers: { samtycke: 'ja' }, change: 'samtycke', ignored: 0 }],
  ['a change of an unanswered question is dropped', '?andra=behov', { answers: {}, ignored: 0 }],
  ['a change of no question', '?andra=x', { answers: {}, ignored: 1 }],
  ['a huge query', `?roll=vuxen&x=${'a'.repeat(MAX_QUERY_LENGTH)}`, { answers: {}, ignored: 1 }],
];

for (const [name, search, expected] of cases) {
  test(`address: ${name}`, () => assert.deepEqual(readState(search, model), expected));
}

test('answers are written in question order, and read back the same', () => {
  const query = writeState({ samtycke: 'ja', roll: 'vuxen', frigivning: '2027-01-22' }, 'samtycke');
  assert.equal(query, '?roll=vuxen&samtycke=ja&frigivning=2027-01-22&andra=samtycke');
  assert.deepEqual(readState(query, model), { answers: { roll: 'vuxen', samtycke: 'ja', frigivning: '2027-01-22' }, change: 'samtycke', ignored: 0 });
});

test('no answers, no query', () => assert.equal(writeState({}), ''));
