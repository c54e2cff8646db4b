import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, daysBetween, formatLongDate, parseIsoDate, todayInStockholm } from './dates.ts';

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
