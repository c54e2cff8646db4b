import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  daysBetween,
  monthsBefore,
  formatLongDate,
  parseIsoDate,
  readBackText,
  readTypedDate,
  relativeDaysText,
  todayInStockholm,
  typedDateProblem,
  usedDateNote,
} from './dates.ts';

const parses: Array<[string, string | undefined]> = [
  ['2027-01-22', '2027-01-22'],
  ['2028-02-29', '2028-02-29'],
  ['2027-02-29', undefined],
  ['2027-13-01', undefined],
  ['2027-1-5', undefined],
  ['22/1/2027', undefined],
  ['<script>', undefined],
  ['', undefined],
  ['0001-01-01', undefined],
];
for (const [text, expected] of parses) {
  test(`parseIsoDate(${JSON.stringify(text)})`, () => assert.equal(parseIsoDate(text), expected));
}

const months: Array<[string, number, string]> = [
  ['2027-06-15', -4, '2027-02-15'],
  ['2027-06-30', -4, '2027-02-28'],
  ['2028-06-30', -4, '2028-02-29'],
  ['2027-07-31', -4, '2027-03-31'],
  ['2027-03-31', -1, '2027-02-28'],
  ['2027-02-15', -4, '2026-10-15'],
  ['2027-01-31', 1, '2027-02-28'],
  ['2026-12-31', -3, '2026-09-30'],
];
for (const [from, count, expected] of months) {
  test(`${from} ${count >= 0 ? '+' : ''}${count} months is ${expected}`, () => assert.equal(addMonths(from, count), expected));
}

// "Tidigast fyra månader": the first day no more than four months before, never a day earlier.
const noEarlier: Array<[string, number, string]> = [
  ['2027-06-15', 4, '2027-02-15'],
  ['2027-06-30', 4, '2027-03-01'],
  ['2028-06-30', 4, '2028-03-01'],
  ['2028-06-29', 4, '2028-02-29'],
  ['2027-08-31', 4, '2027-05-01'],
  ['2027-07-31', 4, '2027-03-31'],
  ['2027-01-31', 4, '2026-10-01'],
  ['2027-05-31', 3, '2027-03-01'],
];
for (const [from, count, expected] of noEarlier) {
  test(`the first day no more than ${count} months before ${from} is ${expected}`, () => {
    const earliest = monthsBefore(from, count);
    assert.equal(earliest, expected);
    // Counted forward again, it reaches the release or a day after it, never a day before.
    assert.ok(addMonths(earliest, count) >= from);
    assert.ok(addMonths(addDays(earliest, -1), count) < from);
  });
}

const days: Array<[string, number, string]> = [
  ['2027-01-22', -14, '2027-01-08'],
  ['2027-03-10', -14, '2027-02-24'],
  ['2028-03-10', -14, '2028-02-25'],
  ['2027-04-05', -14, '2027-03-22'], // across the change to summer time
  ['2026-11-05', -14, '2026-10-22'], // across the change to winter time
  ['2027-01-01', -1, '2026-12-31'],
];
for (const [from, count, expected] of days) {
  test(`${from} ${count} days is ${expected}`, () => assert.equal(addDays(from, count), expected));
}

test('days between dates, either way and across daylight saving', () => {
  assert.equal(daysBetween('2026-11-23', '2027-03-03'), 100);
  assert.equal(daysBetween('2027-03-20', '2027-04-05'), 16);
  assert.equal(daysBetween('2027-01-10', '2027-01-05'), -5);
});

const todays: Array<[string, string]> = [
  ['2026-11-23T22:59:00Z', '2026-11-23'],
  ['2026-11-23T23:00:00Z', '2026-11-24'], // midnight in Stockholm, still the 23rd in UTC
  ['2027-06-30T21:59:00Z', '2027-06-30'],
  ['2027-06-30T22:00:00Z', '2027-07-01'], // summer time: UTC+2
];
for (const [instant, expected] of todays) {
  test(`today in Stockholm at ${instant} is ${expected}`, () => assert.equal(todayInStockholm(new Date(instant)), expected));
}

test('dates are written out in Swedish', () => assert.equal(formatLongDate('2027-01-22'), 'fredag 22 januari 2027'));

// Dates as people type them: each reads as the day it means, or says why not.
const typed: Array<[string, string]> = [
  ['2027-03-15', '2027-03-15'],
  ['20270315', '2027-03-15'],
  ['2027-3-15', '2027-03-15'],
  ['2027-3-5', '2027-03-05'],
  ['15/3 2027', '2027-03-15'],
  ['15/3-2027', '2027-03-15'],
  ['15/3/2027', '2027-03-15'],
  ['15.3.2027', '2027-03-15'],
  ['5/3 2027', '2027-03-05'],
  ['  2027-03-15  ', '2027-03-15'],
  ['\t15/3 2027\n', '2027-03-15'],
  ['2027 03 15', '2027-03-15'],
  ['2027/03/15', '2027-03-15'],
  ['2027\u201303\u201315', '2027-03-15'],
  ['15 mars 2027', '2027-03-15'],
  ['15 Mars 2027', '2027-03-15'],
  ['15 mar 2027', '2027-03-15'],
  ['måndag 15 mars 2027', '2027-03-15'],
  ['2028-02-29', '2028-02-29'],
];
for (const [text, expected] of typed) {
  test(`readTypedDate(${JSON.stringify(text)}) reads ${expected}`, () => assert.deepEqual(readTypedDate(text), { date: expected }));
}

const refused: Array<[string, RegExp]> = [
  ['', /^Skriv datumet för den planerade frigivningen\.$/],
  ['   ', /^Skriv datumet för den planerade frigivningen\.$/],
  ['2027-02-30', /^Det finns ingen 30 februari 2027\. Skriv ett datum som finns/],
  ['2027-02-29', /^Det finns ingen 29 februari 2027\./],
  ['31/4 2027', /^Det finns ingen 31 april 2027\./],
  ['2027-13-01', /^Det finns ingen månad 13\./],
  ['0001-01-01', /^Året 1 kan inte stämma\./],
  ['15/3', /^Guiden känner inte igen datumet\. Skriv det med siffror, till exempel 2027-03-15 eller 15\/3 2027\.$/],
  ['15/3 27', /^Guiden känner inte igen datumet/],
  ['nästa vecka', /^Guiden känner inte igen datumet/],
  ['15 smurf 2027', /^Guiden känner inte igen datumet/],
  ['fredag 15 x 2027', /^Guiden känner inte igen datumet/],
  ['<script>', /^Guiden känner inte igen datumet/],
];
for (const [text, message] of refused) {
  test(`readTypedDate(${JSON.stringify(text)}) is refused with a Swedish message`, () => {
    const result = readTypedDate(text);
    assert.ok(!('date' in result));
    assert.match(typedDateProblem(result) ?? '', message);
  });
}

test('a weekday that is not the date\'s: the numbers are read, and the weekday is said not to match', () => {
  const result = readTypedDate('fredag 15 mars 2027');
  assert.deepEqual(result, { date: '2027-03-15', otherWeekday: 'fredag' });
  assert.equal(readBackText(result), 'Guiden läser datumet som måndag 15 mars 2027. Veckodagen stämmer inte: du skrev fredag, men 15 mars 2027 är en måndag.');
  assert.equal(
    usedDateNote(result),
    'Guiden använder måndag 15 mars 2027. Veckodagen stämmer inte: du skrev fredag, men 15 mars 2027 är en måndag. Ändra datumet om du menade en annan dag.',
  );
  assert.deepEqual(readTypedDate('Söndag 2 augusti 2027'), { date: '2027-08-02', otherWeekday: 'söndag' }, 'a Monday');
});

test('a weekday that matches, or none, needs no note', () => {
  for (const text of ['måndag 15 mars 2027', 'Måndag 15 mars 2027', '15 mars 2027', '2027-03-15']) {
    const result = readTypedDate(text);
    assert.equal(usedDateNote(result), undefined, text);
    assert.equal(readBackText(result), 'Guiden läser datumet som måndag 15 mars 2027.', text);
  }
  assert.deepEqual(readTypedDate('söndag 1 augusti 2027'), { date: '2027-08-01' }, 'a Sunday, the last day of the week');
  assert.equal(readBackText(readTypedDate('2027-02-30')), '');
  assert.equal(usedDateNote(readTypedDate('fredag 30 februari 2027')), undefined);
});

test('a date read back in words, as the guide shows it before moving on', () => {
  const result = readTypedDate('15/3 2027');
  assert.ok('date' in result);
  assert.equal(formatLongDate(result.date), 'måndag 15 mars 2027');
});

const relative: Array<[string, string]> = [
  ['2027-03-03', 'om 100 dagar räknat från måndag 23 november 2026'],
  ['2026-11-24', 'om 1 dag räknat från måndag 23 november 2026'],
  ['2026-11-23', 'i dag, måndag 23 november 2026'],
  ['2026-11-13', 'för 10 dagar sedan räknat från måndag 23 november 2026'],
];
for (const [date, expected] of relative) {
  test(`a count of days always says which day it counts from: ${date}`, () => assert.equal(relativeDaysText('2026-11-23', date), expected));
}
