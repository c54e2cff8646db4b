import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepEvent, type StepEventTexts } from './calendar.ts';
import type { DatedStep } from './engine.ts';
import type { GuideStep } from './guide-model.ts';

const RELEASE = '2026-12-28';
const step = (id: string): GuideStep => ({ id, roller: ['vuxenenheten'], berorda: [], fas: 'planering', omfattning: 'goteborgs-stad' });
const texts = (extra: Partial<StepEventTexts> = {}): StepEventTexts => ({
  titel: 'Boka tid',
  kalla: 'Stadens rutin, avsnittet ”Rutin”',
  kallaAdress: 'https://intranat.example/rutiner/goteborgs-stad/#rutin',
  ...extra,
});

test('a step "före" the release lies on the day before it, its last day, and says before which day', () => {
  const item: DatedStep = { step: step('boka'), relation: 'egen', date: RELEASE, kind: 'fore', status: 'kommande' };
  const event = stepEvent(item, texts(), RELEASE);
  assert.equal(event.start, '2026-12-27');
  assert.equal(event.end, undefined);
  assert.match(event.summary, /^Före måndag 28 december 2026: Boka tid /);
});

test('a deadline on the release day itself ("senast samma dag") stays on that day', () => {
  const item: DatedStep = { step: step('klar'), relation: 'egen', date: RELEASE, kind: 'senast', status: 'kommande' };
  assert.equal(stepEvent(item, texts(), RELEASE).start, RELEASE);
});

test('an approximate deadline is called approximate, and a window spans its days', () => {
  const approximate: DatedStep = { step: step('nybesok'), relation: 'egen', date: '2026-12-14', kind: 'senast-cirka', status: 'kommande' };
  assert.match(stepEvent(approximate, texts(), RELEASE).summary, /^Senast cirka: Boka tid/);
  const window: DatedStep = { step: step('kontakt'), relation: 'egen', date: '2026-08-28', until: '2026-09-28', kind: 'cirka' };
  const event = stepEvent(window, texts(), RELEASE);
  assert.deepEqual([event.start, event.end], ['2026-08-28', '2026-09-28']);
  assert.match(event.summary, /^Cirka: /);
});

test('where the routine does not name who does the step, the event says so in its title and its description', () => {
  const item: DatedStep = { step: step('boka'), relation: 'egen', date: RELEASE, kind: 'fore' };
  const event = stepEvent(item, texts({ vem: 'rutinen anger inte vem', vemRad: 'Rutinen anger inte vem. Webbplatsens läsning: socialsekreterare på vuxenenheten.' }), RELEASE);
  assert.match(event.summary, /Boka tid – rutinen anger inte vem \(Stadens rutin/);
  assert.match(event.description ?? '', /^Vem: Rutinen anger inte vem\. Webbplatsens läsning: socialsekreterare på vuxenenheten\.$/m);
  // Where the routine names the role, nothing is added.
  assert.doesNotMatch(stepEvent(item, texts(), RELEASE).summary, /rutinen/);
});

test('the event keeps the same UID for the same step and release, and links the routine', () => {
  const item: DatedStep = { step: step('boka'), relation: 'egen', date: RELEASE, kind: 'fore' };
  const event = stepEvent(item, texts({ tid: 'före frigivningen' }), RELEASE);
  assert.equal(event.uid, 'boka-20261228@insluss-guiden');
  assert.equal(event.url, 'https://intranat.example/rutiner/goteborgs-stad/#rutin');
  assert.match(event.description ?? '', /^Före frigivningen\.$/m);
  assert.match(event.description ?? '', /Planerad frigivning: måndag 28 december 2026\./);
});
