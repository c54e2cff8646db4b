import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOpenAt, parseDay, parseRange, statusText, stockholmClock, type WeeklyHours } from './opening-hours.ts';

/** The Vuxen Mottag lines: weekdays 8–16, Tuesdays 8–18, closed 12–13. */
const weekday = [
  { start: 8 * 60, end: 12 * 60 },
  { start: 13 * 60, end: 16 * 60 },
];
const hours: WeeklyHours = {
  mandag: weekday,
  tisdag: [weekday[0]!, { start: 13 * 60, end: 18 * 60 }],
  onsdag: weekday,
  torsdag: weekday,
  fredag: weekday,
};

/**
 * Instants written in UTC on purpose: 2026-11-23 is a Monday in winter
 * time (UTC+1), 2026-06-15 a Monday in summer time (UTC+2). Summer time
 * began 2026-03-29 and ended 2026-10-25, both Sundays.
 */
const moments: Array<[string, string, boolean]> = [
  ['Monday 09:15', '2026-11-23T08:15:00Z', true],
  ['Monday 07:59, a minute before opening', '2026-11-23T06:59:00Z', false],
  ['Monday 08:00, the minute of opening', '2026-11-23T07:00:00Z', true],
  ['Monday 11:59, before lunch', '2026-11-23T10:59:00Z', true],
  ['Monday 12:00, the minute lunch starts', '2026-11-23T11:00:00Z', false],
  ['Monday 12:30, lunch', '2026-11-23T11:30:00Z', false],
  ['Monday 13:00, the minute after lunch', '2026-11-23T12:00:00Z', true],
  ['Monday 15:59', '2026-11-23T14:59:00Z', true],
  ['Monday 16:00, the minute of closing', '2026-11-23T15:00:00Z', false],
  ['Tuesday 17:00, the long day', '2026-11-24T16:00:00Z', true],
  ['Tuesday 17:59', '2026-11-24T16:59:00Z', true],
  ['Tuesday 18:00, closing', '2026-11-24T17:00:00Z', false],
  ['Tuesday 12:15, lunch', '2026-11-24T11:15:00Z', false],
  ['Wednesday 17:00', '2026-11-25T16:00:00Z', false],
  ['Friday 15:30', '2026-11-27T14:30:00Z', true],
  ['Saturday 10:00', '2026-11-28T09:00:00Z', false],
  ['Sunday 10:00', '2026-11-29T09:00:00Z', false],
  ['Monday 00:30 (Sunday 23:30 in UTC)', '2026-11-22T23:30:00Z', false],
  // Summer time: 08:00 in Stockholm is 06:00 UTC.
  ['summer Monday 08:00', '2026-06-15T06:00:00Z', true],
  ['summer Monday 07:59', '2026-06-15T05:59:00Z', false],
  ['summer Monday 16:30 (15:30 if summer time were ignored)', '2026-06-15T14:30:00Z', false],
  ['summer Tuesday 17:30', '2026-06-16T15:30:00Z', true],
  // The Mondays right after the changes.
  ['Monday after summer time began, 08:00', '2026-03-30T06:00:00Z', true],
  ['Monday after summer time began, 07:30', '2026-03-30T05:30:00Z', false],
  ['Monday after summer time ended, 08:00', '2026-10-26T07:00:00Z', true],
  ['Monday after summer time ended, 07:30', '2026-10-26T06:30:00Z', false],
];

for (const [name, instant, open] of moments) {
  test(`open at ${name}: ${open}`, () => assert.equal(isOpenAt(hours, new Date(instant)), open));
}

test('the Stockholm clock does not depend on the computer’s time zone', () => {
  assert.deepEqual(stockholmClock(new Date('2026-11-23T23:30:00Z')), { day: 'tisdag', minute: 30 });
  assert.deepEqual(stockholmClock(new Date('2026-07-04T22:15:00Z')), { day: 'sondag', minute: 15 });
});

const ranges: Array<[string, unknown]> = [
  ['08:00-12:00', { start: 480, end: 720 }],
  ['8:00–16:00', { start: 480, end: 960 }],
  ['13:00 - 18:00', { start: 780, end: 1080 }],
  ['00:00-24:00', { start: 0, end: 1440 }],
  ['08-12', { error: '"08-12" är inte skrivet som TT:MM-TT:MM, till exempel 08:00-12:00.' }],
  ['8.00-12.00', { error: '"8.00-12.00" är inte skrivet som TT:MM-TT:MM, till exempel 08:00-12:00.' }],
  ['08:00-25:00', { error: '"08:00-25:00" innehåller en tid som inte finns. Timmar skrivs 00–23 (24:00 för midnatt), minuter 00–59.' }],
  ['08:60-12:00', { error: '"08:60-12:00" innehåller en tid som inte finns. Timmar skrivs 00–23 (24:00 för midnatt), minuter 00–59.' }],
  ['16:00-08:00', { error: '"16:00-08:00": sluttiden måste komma efter starttiden.' }],
  ['12:00-12:00', { error: '"12:00-12:00": sluttiden måste komma efter starttiden.' }],
];

for (const [text, expected] of ranges) {
  test(`range ${JSON.stringify(text)}`, () => assert.deepEqual(parseRange(text), expected));
}

test('a day’s ranges must come in order without overlapping', () => {
  assert.deepEqual(parseDay(['08:00-12:00', '13:00-16:00']), weekday);
  assert.deepEqual(parseDay([]), []);
  assert.deepEqual(parseDay(['08:00-13:00', '12:00-16:00']), {
    errors: ['12:00–16:00 börjar innan 08:00–13:00 har slutat. Skriv tiderna i ordning, utan överlapp.'],
  });
  assert.deepEqual(parseDay(['13:00-16:00', '08:00-12:00']), {
    errors: ['08:00–12:00 börjar innan 13:00–16:00 har slutat. Skriv tiderna i ordning, utan överlapp.'],
  });
});

test('the status reads as a sentence, with where to call when closed', () => {
  assert.equal(statusText(true, 'socialjouren'), 'Öppet nu');
  assert.equal(statusText(false, 'socialjouren'), 'Stängt nu – ring socialjouren');
});
