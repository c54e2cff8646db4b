import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProcessModel } from './model.ts';
import { smallModel, step } from './test-fixtures.ts';
import { followingSteps, homeView, stepsOnlyIn, processViews, rolePages, viewLabels, viewModel, viewPath } from './views.ts';

/** smallModel() with a second local routine, for Syd, and a role of the first. */
function twoSupplements(): ProcessModel {
  const model = smallModel();
  return {
    ...model,
    roles: [...model.roles, { id: 'stod', kortnamn: 'Stöd', namn: 'Funktionsstöd', organisation: 'Socialtjänsten', beskrivning: '', kontakter: [], ordning: 3, omfattning: 'lokal' }],
    steps: [
      ...model.steps.map((each) => (each.id === 'samtycke' ? { ...each, nasta: [...each.nasta, { till: 'syd-steg', etikett: 'Syd' }] } : each)),
      step('syd-steg', { fas: 'planering', roller: ['vuxen'], omfattning: 'lokal-syd', nasta: [{ till: 'mote' }] }),
      step('stod-steg', { fas: 'planering', roller: ['stod'], berorda: ['vuxen'], omfattning: 'lokal' }),
    ],
    routines: [...model.routines, { id: 'lokal-syd', title: 'Lokal rutin', kortnamn: 'Lokal rutin Syd', forvaltningar: ['Syd'], kompletterar: 'stad', ordning: 3 }],
  };
}

test('the city’s view, then one per administration with a local routine, with the routines each holds', () => {
  assert.deepEqual(processViews(twoSupplements()), [
    { id: undefined, namn: undefined, scopes: ['stad'], forvaltningar: [] },
    { id: 'norr', namn: 'Norr', scopes: ['stad', 'lokal'], forvaltningar: ['Norr'] },
    { id: 'syd', namn: 'Syd', scopes: ['stad', 'lokal-syd'], forvaltningar: ['Syd'] },
  ]);
  assert.deepEqual(processViews(smallModel())[0]!.forvaltningar, ['Syd'], 'the city’s view is the whole process of an administration without a local routine');
  const cityOnly = { ...smallModel(), routines: smallModel().routines.filter((routine) => !routine.kompletterar) };
  assert.deepEqual(processViews(cityOnly), [{ id: undefined, namn: undefined, scopes: ['stad'], forvaltningar: ['Norr', 'Syd'] }], 'without a local routine, one view: the whole process');
});

test('a view holds its routines’ steps, with the arrows between them and none out of it', () => {
  const model = twoSupplements();
  const [city, norr, syd] = processViews(model);
  const ids = (view: typeof city) => viewModel(model, view!).steps.map((each) => each.id);
  assert.deepEqual(ids(city), ['mote', 'samtycke', 'nej']);
  assert.deepEqual(ids(norr), ['mote', 'samtycke', 'nej', 'slut', 'stod-steg']);
  assert.deepEqual(ids(syd), ['mote', 'samtycke', 'nej', 'syd-steg']);
  const arrows = (view: typeof city, from: string) => viewModel(model, view!).steps.find((each) => each.id === from)!.nasta.map((edge) => edge.till);
  assert.deepEqual(arrows(city, 'samtycke'), ['mote', 'nej']);
  assert.deepEqual(arrows(city, 'mote'), [], 'the arrow into Norr’s step has no end in the city’s view');
  assert.deepEqual(arrows(syd, 'samtycke'), ['mote', 'nej', 'syd-steg']);
  assert.equal(viewModel(model, city!).roles.length, model.roles.length, 'every role stays: a step may name any');
  assert.deepEqual(model.steps.find((each) => each.id === 'mote')!.nasta, [{ till: 'slut' }], 'the model itself is left as it was');
});

test('a step is at home in the first view of its routine; a view’s page is below the section', () => {
  const model = twoSupplements();
  const views = processViews(model);
  const home = (id: string) => viewPath('/flodesschema/', homeView(views, model.steps.find((each) => each.id === id)!));
  assert.deepEqual(['mote', 'slut', 'syd-steg'].map(home), ['/flodesschema/', '/flodesschema/norr/', '/flodesschema/syd/']);
  assert.throws(() => homeView(views, { omfattning: 'finns-inte' }), /finns-inte/);
});

test('a role has a page for the city’s view and one per administration whose local steps concern it; a local routine’s role one', () => {
  const model = twoSupplements();
  const views = processViews(model);
  const paths = (role: string) => rolePages(model, views, role).map((page) => [page.path, page.view.id]);
  assert.deepEqual(paths('vuxen'), [
    ['/roller/vuxen/', undefined],
    ['/roller/vuxen/norr/', 'norr'],
    ['/roller/vuxen/syd/', 'syd'],
  ]);
  // Frivården does one of Norr's steps and is concerned by none of Syd's.
  assert.deepEqual(paths('frivarden'), [
    ['/roller/frivarden/', undefined],
    ['/roller/frivarden/norr/', 'norr'],
  ]);
  assert.deepEqual(paths('stod'), [['/roller/stod/', 'norr']]);
  assert.throws(() => rolePages(model, views, 'finns-inte'), /finns-inte/);
});

test('the way between views names each by the administrations it is the whole process for; nothing where there is one view', () => {
  assert.deepEqual(viewLabels(processViews(smallModel())), ['Syd', 'Norr']);
  assert.deepEqual(viewLabels(processViews(twoSupplements())), ['Stadens rutin', 'Norr', 'Syd'], 'every administration has a local routine');
  assert.equal(viewLabels(processViews(smallModel()).slice(0, 1)), undefined);
});

test('"Sedan:" names an arrow into a local step on the city’s view and without one; on an administration’s, only its own', () => {
  const model = twoSupplements();
  const [city, norr, syd] = processViews(model);
  const after = (view: typeof city | undefined, id: string) => followingSteps(model, view, id).map(({ step: following }) => following.id);
  assert.deepEqual(after(city, 'samtycke'), ['mote', 'nej', 'syd-steg']);
  assert.deepEqual(after(undefined, 'samtycke'), ['mote', 'nej', 'syd-steg']);
  assert.deepEqual(after(norr, 'samtycke'), ['mote', 'nej'], 'Syd’s step is not Norr’s reader’s');
  assert.deepEqual(after(syd, 'samtycke'), ['mote', 'nej', 'syd-steg']);
  assert.deepEqual(after(syd, 'mote'), [], 'the arrow into Norr’s step, from Syd’s view');
});

test('the steps another view has that this one lacks', () => {
  const model = twoSupplements();
  const [city, norr, syd] = processViews(model);
  const ids = (other: typeof city, shown: typeof city) => stepsOnlyIn(model, other!, shown!).map((step) => step.id);
  assert.deepEqual(ids(norr, city), ['slut', 'stod-steg']);
  assert.deepEqual(ids(syd, city), ['syd-steg']);
  assert.deepEqual(ids(city, norr), []);
  assert.deepEqual(ids(syd, norr), ['syd-steg']);
});
