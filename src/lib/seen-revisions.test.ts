import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changesSince, readSeen, remember, visitStart, type RoutineRevisions } from './seen-revisions.ts';

const NORDOST: RoutineRevisions = { id: 'nordost', current: '2024-05-02', changed: { '2024-05-02': ['a', 'b'] } };
const CITY: RoutineRevisions = { id: 'goteborgs-stad', current: '2024-03-13', changed: {} };

test('storage that is not a map of dates reads as nothing remembered', () => {
  assert.deepEqual(readSeen(null), {});
  assert.deepEqual(readSeen('not json'), {});
  assert.deepEqual(readSeen('[1]'), {});
  assert.deepEqual(readSeen('{"nordost":"2023-09-26","x":3,"y":"igår"}'), { nordost: '2023-09-26' });
});

test('a first visit has nothing to compare: no change', () => {
  const start = visitStart({}, {}, [NORDOST, CITY]);
  assert.deepEqual(changesSince(start, [NORDOST, CITY]), []);
});

test('a device that last showed the current revision sees no change', () => {
  const start = visitStart({}, { nordost: '2024-05-02', 'goteborgs-stad': '2024-03-13' }, [NORDOST, CITY]);
  assert.deepEqual(changesSince(start, [NORDOST, CITY]), []);
});

test('a device that showed an earlier revision sees the change and the steps it touched', () => {
  const start = visitStart({}, { nordost: '2023-09-26' }, [NORDOST, CITY]);
  const changes = changesSince(start, [NORDOST, CITY]);
  assert.deepEqual(changes.map((change) => change.id), ['nordost']);
  assert.deepEqual([...changes[0]!.steps], [['a', '2024-05-02'], ['b', '2024-05-02']]);
});

test('a revision whose earlier text is not kept is a change without marked steps', () => {
  const start = visitStart({}, { 'goteborgs-stad': '2023-01-01' }, [CITY]);
  assert.deepEqual(changesSince(start, [CITY]).map((change) => [change.id, change.steps.size]), [['goteborgs-stad', 0]]);
});

test('two revisions missed: each step marked with the newest revision that changed it', () => {
  const routine: RoutineRevisions = { id: 'r', current: '2025-01-01', changed: { '2024-06-01': ['a', 'b'], '2025-01-01': ['b'] } };
  const [change] = changesSince({ r: '2024-01-01' }, [routine]);
  assert.deepEqual([...change!.steps], [['a', '2024-06-01'], ['b', '2025-01-01']]);
  const [later] = changesSince({ r: '2024-06-01' }, [routine]);
  assert.deepEqual([...later!.steps], [['b', '2025-01-01']]);
});

test('the whole visit keeps the revision it started from, while the device moves on at once', () => {
  const device = { nordost: '2023-09-26' };
  const first = visitStart({}, device, [NORDOST]);
  const after = remember(device, [NORDOST]);
  assert.deepEqual(after, { nordost: '2024-05-02' });
  // The next page of the same visit still starts from the earlier revision.
  assert.equal(changesSince(visitStart(first, after, [NORDOST, CITY]), [NORDOST]).length, 1);
  // A new visit starts from what the device now remembers.
  assert.deepEqual(changesSince(visitStart({}, after, [NORDOST]), [NORDOST]), []);
});

test('a remembered date later than the current one (a build rolled back) is no change', () => {
  assert.deepEqual(changesSince({ nordost: '2025-01-01' }, [NORDOST]), []);
});

test('an older saved copy read offline does not take the device back: the next visit to the current one announces nothing', () => {
  const seenOnline = { nordost: '2025-01-01' };
  const older: RoutineRevisions = { ...NORDOST, current: '2024-05-02' };
  const afterOffline = remember(seenOnline, [older]);
  assert.deepEqual(afterOffline, seenOnline);
  const current: RoutineRevisions = { ...NORDOST, current: '2025-01-01' };
  assert.deepEqual(changesSince(visitStart({}, afterOffline, [current]), [current]), []);
});
