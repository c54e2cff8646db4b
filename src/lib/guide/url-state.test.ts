import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_STATE_LENGTH, guideHref, readState, writeState } from './url-state.ts';
import { smallModel } from '../process/test-fixtures.ts';

const model = smallModel();

const cases: Array<[string, string, ReturnType<typeof readState>]> = [
  ['nothing', '', { answers: {}, ignored: 0 }],
  ['an empty fragment', '#', { answers: {}, ignored: 0 }],
  ['a role and a date, in the fragment', '#roll=vuxen&frigivning=2027-01-22', { answers: { roll: 'vuxen', frigivning: '2027-01-22' }, ignored: 0 }],
  ['the same in an old query', '?roll=vuxen&frigivning=2027-01-22', { answers: { roll: 'vuxen', frigivning: '2027-01-22' }, ignored: 0 }],
  ['an unknown role', '#roll=chef', { answers: {}, ignored: 1 }],
  ['an unknown key', '#roll=vuxen&utm_source=mail', { answers: { roll: 'vuxen' }, ignored: 1 }],
  ['a malformed date', '#frigivning=2027-02-30', { answers: {}, ignored: 1 }],
  ['a date not written as the guide writes it', '#frigivning=15/3 2027', { answers: {}, ignored: 1 }],
  ['markup', '#samtycke=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&roll=vuxen', { answers: { roll: 'vuxen' }, ignored: 1 }],
  ['a repeated key keeps the first', '#samtycke=ja&samtycke=nej', { answers: { samtycke: 'ja' }, ignored: 1 }],
  ['a change of an answered question', '#samtycke=ja&andra=samtycke', { answers: { samtycke: 'ja' }, change: 'samtycke', ignored: 0 }],
  ['a change of an unanswered question is dropped', '#andra=behov', { answers: {}, ignored: 0 }],
  ['a change of no question', '#andra=x', { answers: {}, ignored: 1 }],
  ['a broken percent-encoding: nothing used, and no error', '#%', { answers: {}, ignored: 1 }],
  ['a truncated percent-encoding: nothing used, and no error', '#%E0%A4%A', { answers: {}, ignored: 1 }],
  ['a broken value beside a good answer', '#roll=vuxen&samtycke=%E0%A4%A', { answers: { roll: 'vuxen' }, ignored: 1 }],
  ['a huge fragment', `#roll=vuxen&x=${'a'.repeat(MAX_STATE_LENGTH)}`, { answers: {}, ignored: 1 }],
];

for (const [name, text, expected] of cases) {
  test(`address: ${name}`, () => assert.deepEqual(readState(text, model), expected));
}

test('answers are written in question order, and read back the same', () => {
  const state = writeState(model, { samtycke: 'ja', roll: 'vuxen', frigivning: '2027-01-22' }, 'samtycke');
  assert.equal(state, 'roll=vuxen&samtycke=ja&frigivning=2027-01-22&andra=samtycke');
  assert.deepEqual(readState(`#${state}`, model), { answers: { roll: 'vuxen', samtycke: 'ja', frigivning: '2027-01-22' }, change: 'samtycke', ignored: 0 });
});

test('links are built from the guide\'s own path, with the state after "#"', () => {
  assert.equal(guideHref('/rutiner/insluss/guide/', model, { roll: 'vuxen' }), '/rutiner/insluss/guide/#roll=vuxen');
  assert.equal(guideHref('/guide/', model, {}), '/guide/');
  assert.equal(writeState(model, {}), '');
});
