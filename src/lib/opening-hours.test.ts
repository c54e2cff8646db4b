import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockTime, openingStatus, parseDay, parseRange, stockholmTime, type Schedule, type WeeklyHours } from './opening-hours.ts';

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

// Whether the page says "Öppet nu" (src/elements/opening-hours.ts shows openingStatus).
for (const [name, instant, open] of moments) {
  test(`open at ${name}: ${open}`, () => assert.equal(openingStatus({ veckan: hours, ovrigTid: 'socialjouren' }, new Date(instant)).open, open));
}

test('the Stockholm clock does not depend on the computer’s time zone', () => {
  assert.deepEqual(stockholmTime(new Date('2026-11-23T23:30:00Z')), { date: '2026-11-24', minute: 30 });
  assert.deepEqual(stockholmTime(new Date('2026-07-04T22:15:00Z')), { date: '2026-07-05', minute: 15 });
  assert.deepEqual(stockholmTime(new Date('2026-12-31T23:00:00Z')), { date: '2027-01-01', minute: 0 });
});

const vuxenMottag: Schedule = { veckan: hours, ovrigTid: 'socialjouren' };
const open = (until: string) => `Öppet nu – stänger ${until}`;
const closed = (until: string) => `Stängt nu – öppnar igen ${until} · Övrig tid: socialjouren`;

/**
 * The acceptance list's instants, then the cases around them: what the line
 * says, at an instant written with its Swedish offset (+01:00 in winter,
 * +02:00 in summer time) or in UTC where the change of time is the point.
 */
const statuses: Array<[string, string, string]> = [
  // The acceptance list.
  ['a Tuesday 17:30, the long day', '2026-11-24T17:30:00+01:00', open('18.00')],
  ['a Wednesday 12:30, lunch', '2026-11-25T12:30:00+01:00', closed('13.00')],
  ['a Friday 16:05, the weekend ahead', '2026-11-27T16:05:00+01:00', closed('måndag 08.00')],
  ['Saturday noon', '2026-11-28T12:00:00+01:00', closed('måndag 08.00')],
  ['julafton 2026 (a Thursday) 10:00', '2026-12-24T10:00:00+01:00', closed('måndag 08.00')],
  ['juldagen 2026 (a Friday) 10:00', '2026-12-25T10:00:00+01:00', closed('måndag 08.00')],
  ['långfredagen 2027 10:00, annandag påsk ahead', '2027-03-26T10:00:00+01:00', closed('tisdag 08.00')],
  ['Kristi himmelsfärdsdag 2027 10:00', '2027-05-06T10:00:00+02:00', closed('i morgon 08.00')],
  ['midsommarafton 2027 10:00', '2027-06-25T10:00:00+02:00', closed('måndag 08.00')],
  ['nationaldagen 2028, a Tuesday, 10:00', '2028-06-06T10:00:00+02:00', closed('i morgon 08.00')],
  ['annandag påsk 2027 09:00', '2027-03-29T09:00:00+02:00', closed('i morgon 08.00')],
  // Ordinary days: opening, lunch, closing.
  ['a Monday 07:00', '2026-11-23T07:00:00+01:00', closed('08.00')],
  ['a Monday 08:00', '2026-11-23T08:00:00+01:00', open('12.00')],
  ['a Monday 11:59', '2026-11-23T11:59:00+01:00', open('12.00')],
  ['a Monday 12:00', '2026-11-23T12:00:00+01:00', closed('13.00')],
  ['a Monday 13:00', '2026-11-23T13:00:00+01:00', open('16.00')],
  ['a Monday 16:00', '2026-11-23T16:00:00+01:00', closed('i morgon 08.00')],
  ['a Monday 23:59', '2026-11-23T23:59:00+01:00', closed('i morgon 08.00')],
  ['a Tuesday 12:15, lunch on the long day', '2026-11-24T12:15:00+01:00', closed('13.00')],
  ['a Tuesday 13:00', '2026-11-24T13:00:00+01:00', open('18.00')],
  ['a Tuesday 16:30, open where other days close', '2026-11-24T16:30:00+01:00', open('18.00')],
  ['a Tuesday 18:00', '2026-11-24T18:00:00+01:00', closed('i morgon 08.00')],
  ['a Wednesday 16:30', '2026-11-25T16:30:00+01:00', closed('i morgon 08.00')],
  ['a Friday 15:59', '2026-11-27T15:59:00+01:00', open('16.00')],
  ['a Sunday 23:00', '2026-11-29T23:00:00+01:00', closed('i morgon 08.00')],
  // Holidays on ordinary weekdays, and the days around them.
  ['the day before julafton, 15:00', '2026-12-23T15:00:00+01:00', open('16.00')],
  ['the day before julafton, 16:00', '2026-12-23T16:00:00+01:00', closed('måndag 08.00')],
  ['nyårsafton 2026 (a Thursday)', '2026-12-31T10:00:00+01:00', closed('måndag 08.00')],
  ['nyårsdagen 2027 (a Friday)', '2027-01-01T10:00:00+01:00', closed('måndag 08.00')],
  ['trettondedag jul 2027 (a Wednesday)', '2027-01-06T10:00:00+01:00', closed('i morgon 08.00')],
  ['the day before trettondedag jul 2027 (a Tuesday), 18:00', '2027-01-05T18:00:00+01:00', closed('torsdag 08.00')],
  ['första maj 2028 (a Monday)', '2028-05-01T10:00:00+02:00', closed('i morgon 08.00')],
  ['the Friday before första maj 2028, 16:00', '2028-04-28T16:00:00+02:00', closed('tisdag 08.00')],
  ['the day after Kristi himmelsfärdsdag 2027', '2027-05-07T10:00:00+02:00', open('12.00')],
  ['the Wednesday before Kristi himmelsfärdsdag 2027, 16:00', '2027-05-05T16:00:00+02:00', closed('fredag 08.00')],
  ['the day after nationaldagen 2028', '2028-06-07T08:00:00+02:00', open('12.00')],
  ['the Monday before nationaldagen 2028, 16:00', '2028-06-05T16:00:00+02:00', closed('onsdag 08.00')],
  ['the Thursday before midsommarafton 2027, 16:00', '2027-06-24T16:00:00+02:00', closed('måndag 08.00')],
  ['the Thursday before långfredagen 2027, 16:00', '2027-03-25T16:00:00+01:00', closed('tisdag 08.00')],
  // The changes of time: summer time began 2026-03-29 and 2027-03-28 (Easter Sunday), ended 2026-10-25.
  ['the Friday before summer time, 16:05', '2026-03-27T16:05:00+01:00', closed('måndag 08.00')],
  ['the Sunday summer time begins, 03:30', '2026-03-29T01:30:00Z', closed('i morgon 08.00')],
  ['the Monday after, 07:59 in summer time', '2026-03-30T05:59:00Z', closed('08.00')],
  ['the Monday after, 08:00 in summer time', '2026-03-30T06:00:00Z', open('12.00')],
  ['the Monday after, 15:30 in summer time (16:30 by winter time)', '2026-03-30T13:30:00Z', open('16.00')],
  ['the Monday after, 16:00 in summer time', '2026-03-30T14:00:00Z', closed('i morgon 08.00')],
  ['the Saturday before winter time, noon', '2026-10-24T10:00:00Z', closed('måndag 08.00')],
  ['the Sunday winter time begins, 02:30 the second time', '2026-10-25T01:30:00Z', closed('i morgon 08.00')],
  ['the Monday after, 07:59 in winter time', '2026-10-26T06:59:00Z', closed('08.00')],
  ['the Monday after, 08:00 in winter time', '2026-10-26T07:00:00Z', open('12.00')],
  ['the Monday after, 15:59 in winter time', '2026-10-26T14:59:00Z', open('16.00')],
  ['annandag påsk 2027, the day after summer time began', '2027-03-29T07:00:00Z', closed('i morgon 08.00')],
  ['the Tuesday after Easter 2027, 07:59 in summer time', '2027-03-30T05:59:00Z', closed('08.00')],
  ['the Tuesday after Easter 2027, 08:00 in summer time', '2027-03-30T06:00:00Z', open('12.00')],
];

for (const [name, instant, text] of statuses) {
  test(`status at ${name}: ${text}`, () => assert.equal(openingStatus(vuxenMottag, new Date(instant)).text, text));
}

test('the status comes in parts for the page to lay out', () => {
  assert.deepEqual(openingStatus(vuxenMottag, new Date('2026-11-25T12:30:00+01:00')), {
    open: false,
    state: 'Stängt nu',
    next: 'öppnar igen 13.00',
    otherwise: 'Övrig tid: socialjouren',
    text: 'Stängt nu – öppnar igen 13.00 · Övrig tid: socialjouren',
  });
  assert.deepEqual(openingStatus(vuxenMottag, new Date('2026-11-24T17:30:00+01:00')), {
    open: true,
    state: 'Öppet nu',
    next: 'stänger 18.00',
    otherwise: '',
    text: 'Öppet nu – stänger 18.00',
  });
});

test('days the owner lists are closed, and a reopening beyond a week is given by its date', () => {
  const withClosedDays: Schedule = { ...vuxenMottag, stangdaDagar: ['2026-12-28', '2026-12-29', '2026-12-30'] };
  // Julafton, then the listed days, nyårsafton, nyårsdagen and a weekend: open again on Monday 4 January.
  assert.equal(openingStatus(withClosedDays, new Date('2026-12-24T10:00:00+01:00')).text, closed('4 januari 08.00'));
  assert.equal(openingStatus(withClosedDays, new Date('2026-12-28T10:00:00+01:00')).text, closed('4 januari 08.00'));
  assert.equal(openingStatus(withClosedDays, new Date('2026-12-27T10:00:00+01:00')).text, closed('4 januari 08.00'));
  assert.equal(openingStatus(withClosedDays, new Date('2026-12-23T15:00:00+01:00')).text, open('16.00'));
  assert.equal(openingStatus({ ...vuxenMottag, stangdaDagar: ['2026-11-24'] }, new Date('2026-11-23T16:00:00+01:00')).text, closed('onsdag 08.00'));
  assert.equal(openingStatus({ veckan: hours, ovrigTid: 'socialjouren', stangdaDagar: ['2026-11-23'] }, new Date('2026-11-23T09:00:00+01:00')).open, false);
});

test('intervals that meet are one opening, also over midnight', () => {
  const meeting: Schedule = { veckan: { mandag: [{ start: 480, end: 720 }, { start: 720, end: 960 }] }, ovrigTid: 'socialjouren' };
  assert.equal(openingStatus(meeting, new Date('2026-11-23T09:00:00+01:00')).text, open('16.00'));
  const overnight: Schedule = {
    veckan: { fredag: [{ start: 20 * 60, end: 24 * 60 }], lordag: [{ start: 0, end: 2 * 60 }] },
    ovrigTid: 'socialjouren',
  };
  assert.equal(openingStatus(overnight, new Date('2026-11-27T23:00:00+01:00')).text, open('i morgon 02.00'));
  assert.equal(openingStatus(overnight, new Date('2026-11-28T01:00:00+01:00')).text, open('02.00'));
  assert.equal(openingStatus(overnight, new Date('2026-11-28T02:00:00+01:00')).text, closed('fredag 20.00'));
});

test('a line with no hours at all is closed and says where to call', () => {
  assert.equal(openingStatus({ veckan: {}, ovrigTid: 'socialjouren' }, new Date('2026-11-23T09:00:00+01:00')).text, 'Stängt nu · Övrig tid: socialjouren');
});

test('times are written the Swedish way', () => {
  assert.equal(clockTime(8 * 60), '08.00');
  assert.equal(clockTime(13 * 60 + 5), '13.05');
  assert.equal(clockTime(24 * 60), '24.00');
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
