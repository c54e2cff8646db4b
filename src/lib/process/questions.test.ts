import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RoutineScope } from '../districts.ts';
import type { QuestionEntry } from './model.ts';
import { readContent } from '../../content-pipeline/index.ts';
import { scopeQuestion, withAdministrations } from './questions.ts';

const routines: RoutineScope[] = [
  { id: 'stad', title: 'Stadens rutin', kortnamn: 'Stadens rutin', forvaltningar: ['Norr', 'Söder'], ordning: 1 },
  { id: 'lokal-norr', title: 'Lokal rutin', kortnamn: 'Lokal rutin Norr', forvaltningar: ['Norr'], kompletterar: 'stad', ordning: 2 },
];

const entry: QuestionEntry = {
  id: 'forvaltning',
  typ: 'forvaltning',
  fraga: 'Vilken förvaltning?',
  svarsrubrik: 'Förvaltning',
  alternativ: [],
  svarstext: 'Socialförvaltningen {forvaltning}',
  svarshjalp: '{rutiner} gäller.',
};

test('the administration question answers with each administration, worded by the question, scoped by the routines', () => {
  const [question] = withAdministrations([entry], routines);
  assert.equal(question!.typ, 'val');
  assert.deepEqual(question!.alternativ, [
    { svar: 'norr', text: 'Socialförvaltningen Norr', hjalp: 'Stadens rutin och Lokal rutin Norr gäller.', omfattning: ['stad', 'lokal-norr'] },
    { svar: 'soder', text: 'Socialförvaltningen Söder', hjalp: 'Stadens rutin gäller.', omfattning: ['stad'] },
  ]);
  assert.equal('svarstext' in question!, false);
});

test('a new local routine is a new scope for its administration, nothing else', () => {
  const [question] = withAdministrations([entry], [...routines, { id: 'lokal-soder', title: 'Lokal', kortnamn: 'Lokal rutin Söder', forvaltningar: ['Söder'], kompletterar: 'stad', ordning: 3 }]);
  assert.deepEqual(question!.alternativ.map((option) => [option.svar, option.omfattning]), [
    ['norr', ['stad', 'lokal-norr']],
    ['soder', ['stad', 'lokal-soder']],
  ]);
});

test('other questions pass unchanged', () => {
  const other: QuestionEntry = { id: 'behov', typ: 'val', fraga: 'Behov?', svarsrubrik: 'Behov', alternativ: [{ svar: 'ja', text: 'Ja' }] };
  assert.deepEqual(withAdministrations([other], routines), [other]);
});

test('in the real content, the administrations are the four of the city’s routine, Nordost with its local routine', () => {
  const question = scopeQuestion(readContent().process)!;
  assert.deepEqual(
    question.alternativ.map((option) => [option.svar, option.omfattning]),
    [
      ['centrum', ['goteborgs-stad']],
      ['hisingen', ['goteborgs-stad']],
      ['nordost', ['goteborgs-stad', 'nordost']],
      ['sydvast', ['goteborgs-stad']],
    ],
  );
});
