import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countViews, roleFromHash, roleHash, roleView, roleViewSummary, unknownRoleMessage } from './role-view.ts';
import { smallModel } from './test-fixtures.ts';
import { stepsForRole } from './model.ts';

const views: Array<[string, string, string, string]> = [
  ['frivarden', '', 'frivarden', 'own'],
  ['vuxenenheten forsorjningsstod', 'den-enskilde', 'forsorjningsstod', 'own'],
  ['frivarden', 'vuxenenheten forsorjningsstod', 'forsorjningsstod', 'concerned'],
  ['frivarden', 'vuxenenheten', 'forsorjningsstod', 'other'],
  // A role id is a whole word, not a part of another.
  ['vuxenenheten-x', 'x-frivarden', 'frivarden', 'other'],
];
for (const [roller, berorda, role, expected] of views) {
  test(`a step of "${roller}" concerning "${berorda}" is ${expected} for ${role}`, () => assert.equal(roleView({ roller, berorda }, role), expected));
}

test('the view agrees with the role pages (stepsForRole) on the whole model', () => {
  const model = smallModel();
  for (const role of model.roles) {
    const { own, context } = stepsForRole(model, role.id);
    for (const step of model.steps) {
      const view = roleView({ roller: step.roller.join(' '), berorda: step.berorda.join(' ') }, role.id);
      const expected = own.includes(step) ? 'own' : context.includes(step) ? 'concerned' : 'other';
      assert.equal(view, expected, `${step.id} for ${role.id}`);
    }
  }
});

const hashes: Array<[string, string | undefined]> = [
  ['#roll=forsorjningsstod', 'forsorjningsstod'],
  ['#roll=', ''],
  ['#roll=den%20enskilde', 'den enskilde'],
  ['#roll=%E0', '%E0'],
  ['#steg-samtycke', undefined],
  ['', undefined],
  ['#roll=a&b=c', undefined],
];
for (const [hash, expected] of hashes) {
  test(`role from "${hash}"`, () => assert.equal(roleFromHash(hash), expected));
}

test('the fragment for a role, and for every role', () => {
  assert.equal(roleHash('forsorjningsstod'), '#roll=forsorjningsstod');
  assert.equal(roleHash(''), '');
  assert.equal(roleFromHash(roleHash('den-enskilde')), 'den-enskilde');
});

test('what is said about a view', () => {
  assert.deepEqual(countViews(['own', 'other', 'concerned', 'own']), { own: 2, concerned: 1, other: 1 });
  assert.equal(
    roleViewSummary('Frivårdsinspektör', { own: 8, concerned: 4, other: 18 }),
    'Visar steg för Frivårdsinspektör: 8 egna steg är markerade, 4 steg berör rollen och 18 övriga är nedtonade.',
  );
  assert.equal(
    roleViewSummary('Den enskilde', { own: 1, concerned: 0, other: 1 }),
    'Visar steg för Den enskilde: 1 eget steg är markerat, 0 steg berör rollen och 1 övrigt är nedtonat.',
  );
  assert.equal(roleViewSummary(undefined, { own: 0, concerned: 0, other: 3 }), 'Visar alla steg.');
  assert.equal(unknownRoleMessage('okand'), 'Det finns ingen roll ”okand” i rutinerna. Alla steg visas.');
});
