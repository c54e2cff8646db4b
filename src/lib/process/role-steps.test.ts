import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../content-pipeline/index.ts';
import { stepsForRole } from './model.ts';
import { groupRoleSteps } from './role-steps.ts';
import { scopeQuestion } from './questions.ts';

/** Against the real model: what a role page lists as every case's steps, and what only under a condition. */
const model = readContent().process;
/** A step's condition in the routine's words, as content/process/steg.yaml writes it. */
const own = (id: string) => model.steps.find((step) => step.id === id)!.villkor!.text;
/** "i ärenden hos …": the administrations (content/process/fragor.yaml's answer text) where only the local routine applies. */
const onlyLocal = `i ärenden hos ${scopeQuestion(model)!
  .alternativ.filter((option) => option.omfattning?.includes('nordost'))
  .map((option) => option.text)
  .join(' eller ')}`;
const groups = (role: string, which: 'own' | 'context' = 'own') => groupRoleSteps(model, role, stepsForRole(model, role)[which]);
const ids = (role: string, which: 'own' | 'context' = 'own') => {
  const { always, sometimes } = groups(role, which);
  return { always: always.map((step) => step.id), sometimes: sometimes.map(({ step }) => step.id) };
};

test('vuxenenheten: the steps of every case first; the need, the district, age, disability and the late start are conditions', () => {
  assert.deepEqual(ids('vuxenenheten').always, ['inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning', 'videosamtal', 'samverkan-under-overvakningen']);
  const { sometimes } = groups('vuxenenheten');
  const condition = (id: string) => sometimes.find(({ step }) => step.id === id)?.condition;
  assert.equal(condition('informera-och-hanvisa'), own('informera-och-hanvisa'));
  assert.equal(condition('sig'), own('sig'));
  assert.equal(condition('fortsatta-videomoten'), own('fortsatta-videomoten'));
  assert.ok(sometimes.some(({ step }) => step.id === 'planering-efter-frigivning'));
  // A condition in the routine's words, and the district where only the supplement says it.
  assert.equal(condition('kontakta-forsorjningsstod-nordost'), `${own('kontakta-forsorjningsstod-nordost')}, ${onlyLocal}`);
  // The order of the process is kept within each group.
  const all = [...groups('vuxenenheten').always, ...sometimes.map(({ step }) => step)];
  assert.equal(all.length, stepsForRole(model, 'vuxenenheten').own.length);
});

test('a supplement\'s step with no other condition is listed under the administrations whose cases it belongs to', () => {
  const { sometimes } = groups('frivarden');
  assert.deepEqual(sometimes.find(({ step }) => step.id === 'kontakt-ansvarig-vuxenenhet')?.condition, `${onlyLocal[0]!.toUpperCase()}${onlyLocal.slice(1)}`);
});

test('for funktionsstöd, whose part is the supplement\'s, the district is no condition; ekonomiskt bistånd is there because of the need', () => {
  assert.deepEqual(ids('funktionsstod').always, []);
  assert.ok(ids('funktionsstod').sometimes.includes('funktionsstod-fran-start'));
  const fs = groups('forsorjningsstod');
  // The need is no condition for ekonomiskt bistånd; the district is.
  assert.equal(fs.sometimes.find(({ step }) => step.id === 'som-vilket-annat-arende')?.condition, `${onlyLocal[0]!.toUpperCase()}${onlyLocal.slice(1)}`);
  // The Nordost nybesök has no exception for an existing contact (issue 18, point 3); the hand-over
  // by Mottag has one, as the site's reading, and says so.
  assert.equal(fs.sometimes.find(({ step }) => step.id === 'nybesok')?.condition, `${onlyLocal[0]!.toUpperCase()}${onlyLocal.slice(1)}`);
  assert.match(fs.sometimes.find(({ step }) => step.id === 'fordela-till-lopande-enhet')?.condition ?? '', /webbplatsens läsning – när den enskilde inte redan har en upprättad kontakt/);
  assert.deepEqual(ids('forsorjningsstod', 'context').always, ['samtycke', 'samverkan-under-overvakningen']);
});

test('the person\'s consent is presupposed; refusing it is a condition', () => {
  const { always, sometimes } = ids('frivarden');
  assert.ok(always.includes('samtycke'));
  assert.ok(always.includes('initiera-arendet'));
  assert.ok(sometimes.includes('ingen-samverkan'));
});
