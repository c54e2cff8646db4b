import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinSwedish, orderedSteps, ownerNames, stepsByPhase, stepsForRole } from './model.ts';
import { smallModel } from './test-fixtures.ts';

test('steps are ordered by phase, then as listed', () => {
  assert.deepEqual(orderedSteps(smallModel()).map((s) => s.id), ['samtycke', 'nej', 'mote', 'slut']);
});

test('steps are grouped under their phases in phase order', () => {
  assert.deepEqual(
    stepsByPhase(smallModel()).map(({ phase, steps }) => [phase.id, steps.map((s) => s.id)]),
    [
      ['uppstart', ['samtycke', 'nej']],
      ['planering', ['mote', 'slut']],
    ],
  );
});

const roleCases: Array<[string, string[], string[]]> = [
  ['frivarden', ['samtycke', 'nej', 'slut'], ['mote']],
  ['vuxen', ['mote', 'slut'], []],
  ['nobody', [], []],
];

for (const [role, own, context] of roleCases) {
  test(`steps for ${role}: own and context`, () => {
    const result = stepsForRole(smallModel(), role);
    assert.deepEqual(result.own.map((s) => s.id), own);
    assert.deepEqual(result.context.map((s) => s.id), context);
  });
}

test('a step with two owners names both', () => {
  const model = smallModel();
  assert.equal(ownerNames(model, model.steps.find((s) => s.id === 'slut')!), 'Vuxenenheten och Frivårdsinspektör');
});

const joins: Array<[string[], string]> = [
  [[], ''],
  [['a'], 'a'],
  [['a', 'b'], 'a och b'],
  [['a', 'b', 'c'], 'a, b och c'],
];
for (const [items, expected] of joins) {
  test(`joinSwedish(${JSON.stringify(items)})`, () => assert.equal(joinSwedish(items), expected));
}
