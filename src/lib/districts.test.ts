import { test } from 'node:test';
import assert from 'node:assert/strict';
import { administrations, districtProblems, isLocal, scopeDistricts, scopeLabel, type RoutineScope } from './districts.ts';

const city: RoutineScope = { id: 'stad', title: 'Stadens rutin', kortnamn: 'Stadens rutin', forvaltningar: ['Centrum', 'Hisingen', 'Nordost', 'Sydväst'], ordning: 1 };
const nordost: RoutineScope = { id: 'lokal-no', title: 'Lokal rutin', kortnamn: 'Lokal rutin NO', forvaltningar: ['Nordost'], kompletterar: 'stad', ordning: 2 };
const hisingen: RoutineScope = { id: 'lokal-hi', title: 'Lokal rutin', kortnamn: 'Lokal rutin HI', forvaltningar: ['Hisingen'], kompletterar: 'stad', ordning: 3 };
const routines = [hisingen, city, nordost];

test('each administration the city’s routine names, with the routines that apply to a case there', () => {
  assert.deepEqual(administrations(routines), [
    { id: 'centrum', namn: 'Centrum', rutiner: ['stad'] },
    { id: 'hisingen', namn: 'Hisingen', rutiner: ['stad', 'lokal-hi'] },
    { id: 'nordost', namn: 'Nordost', rutiner: ['stad', 'lokal-no'] },
    { id: 'sydvast', namn: 'Sydväst', rutiner: ['stad'] },
  ]);
});

test('a local routine for two administrations applies to both', () => {
  const both = { ...nordost, forvaltningar: ['Nordost', 'Centrum'] };
  const found = administrations([city, both]);
  assert.deepEqual(found.map((a) => [a.id, a.rutiner]), [
    ['centrum', ['stad', 'lokal-no']],
    ['hisingen', ['stad']],
    ['nordost', ['stad', 'lokal-no']],
    ['sydvast', ['stad']],
  ]);
});

test('a scope is local when its routine supplements another; the label says where it applies', () => {
  assert.equal(isLocal(routines, 'stad'), false);
  assert.equal(isLocal(routines, 'lokal-hi'), true);
  assert.equal(scopeLabel(routines, 'stad'), 'Hela staden (stadens rutin)');
  assert.equal(scopeLabel(routines, 'lokal-no'), 'Bara Nordost (lokal rutin)');
  assert.equal(scopeLabel([city, { ...nordost, forvaltningar: ['Nordost', 'Centrum'] }], 'lokal-no'), 'Bara Nordost och Centrum (lokal rutin)');
  assert.equal(scopeDistricts(routines, 'stad'), undefined);
  assert.equal(scopeDistricts(routines, 'lokal-hi'), 'Hisingen');
  assert.throws(() => scopeLabel(routines, 'okand'));
});

const file = (routine: RoutineScope) => ({ ...routine, file: `content/rutiner/${routine.id}.mdx` });

test('the routines as they are have no district problem', () => {
  assert.deepEqual(districtProblems(routines.map(file)), []);
});

test('a local routine naming an administration its city routine does not apply to is named with file, entry and field', () => {
  const problems = districtProblems([file(city), file({ ...hisingen, forvaltningar: ['Hisingen', 'Angered'] })]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/rutiner/lokal-hi.mdx');
  assert.equal(problems[0]!.entry, 'lokal-hi');
  assert.equal(problems[0]!.field, 'forvaltningar[2]');
  assert.match(problems[0]!.message, /"Angered" är inte en av förvaltningarna som Stadens rutin gäller för\. Skriv en av: Centrum, Hisingen, Nordost, Sydväst/);
});

test('an administration named twice, and a local routine supplementing a local one, are refused', () => {
  const twice = districtProblems([file({ ...city, forvaltningar: ['Centrum', 'centrum'] })]);
  assert.deepEqual(twice.map((p) => p.field), ['forvaltningar[2]']);
  const chained = districtProblems([file(city), file(nordost), file({ ...hisingen, kompletterar: 'lokal-no' })]);
  assert.deepEqual(chained.map((p) => [p.entry, p.field]), [['lokal-hi', 'kompletterar']]);
});
