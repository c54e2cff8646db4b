import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, closedDay, closedDaysOfYear, easterSunday, weekdayIndex } from './holidays.ts';

/**
 * The closed days of 2026–2030 as an almanac prints them, written out by
 * hand (not computed): the public holidays of lag (1989:253) other than
 * ordinary Sundays, and the three eves. Easter Sundays: 2026-04-05,
 * 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21.
 */
const ALMANAC: Record<number, Array<[string, string]>> = {
  2026: [
    ['2026-01-01', 'nyårsdagen'],
    ['2026-01-06', 'trettondedag jul'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-05', 'påskdagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-01', 'första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-05-24', 'pingstdagen'],
    ['2026-06-06', 'nationaldagen'],
    ['2026-06-19', 'midsommarafton'],
    ['2026-06-20', 'midsommardagen'],
    ['2026-10-31', 'alla helgons dag'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-26', 'annandag jul'],
    ['2026-12-31', 'nyårsafton'],
  ],
  2027: [
    ['2027-01-01', 'nyårsdagen'],
    ['2027-01-06', 'trettondedag jul'],
    ['2027-03-26', 'långfredagen'],
    ['2027-03-28', 'påskdagen'],
    ['2027-03-29', 'annandag påsk'],
    ['2027-05-01', 'första maj'],
    ['2027-05-06', 'Kristi himmelsfärdsdag'],
    ['2027-05-16', 'pingstdagen'],
    ['2027-06-06', 'nationaldagen'],
    ['2027-06-25', 'midsommarafton'],
    ['2027-06-26', 'midsommardagen'],
    ['2027-11-06', 'alla helgons dag'],
    ['2027-12-24', 'julafton'],
    ['2027-12-25', 'juldagen'],
    ['2027-12-26', 'annandag jul'],
    ['2027-12-31', 'nyårsafton'],
  ],
  2028: [
    ['2028-01-01', 'nyårsdagen'],
    ['2028-01-06', 'trettondedag jul'],
    ['2028-04-14', 'långfredagen'],
    ['2028-04-16', 'påskdagen'],
    ['2028-04-17', 'annandag påsk'],
    ['2028-05-01', 'första maj'],
    ['2028-05-25', 'Kristi himmelsfärdsdag'],
    ['2028-06-04', 'pingstdagen'],
    ['2028-06-06', 'nationaldagen'],
    ['2028-06-23', 'midsommarafton'],
    ['2028-06-24', 'midsommardagen'],
    ['2028-11-04', 'alla helgons dag'],
    ['2028-12-24', 'julafton'],
    ['2028-12-25', 'juldagen'],
    ['2028-12-26', 'annandag jul'],
    ['2028-12-31', 'nyårsafton'],
  ],
  2029: [
    ['2029-01-01', 'nyårsdagen'],
    ['2029-01-06', 'trettondedag jul'],
    ['2029-03-30', 'långfredagen'],
    ['2029-04-01', 'påskdagen'],
    ['2029-04-02', 'annandag påsk'],
    ['2029-05-01', 'första maj'],
    ['2029-05-10', 'Kristi himmelsfärdsdag'],
    ['2029-05-20', 'pingstdagen'],
    ['2029-06-06', 'nationaldagen'],
    ['2029-06-22', 'midsommarafton'],
    ['2029-06-23', 'midsommardagen'],
    ['2029-11-03', 'alla helgons dag'],
    ['2029-12-24', 'julafton'],
    ['2029-12-25', 'juldagen'],
    ['2029-12-26', 'annandag jul'],
    ['2029-12-31', 'nyårsafton'],
  ],
  2030: [
    ['2030-01-01', 'nyårsdagen'],
    ['2030-01-06', 'trettondedag jul'],
    ['2030-04-19', 'långfredagen'],
    ['2030-04-21', 'påskdagen'],
    ['2030-04-22', 'annandag påsk'],
    ['2030-05-01', 'första maj'],
    ['2030-05-30', 'Kristi himmelsfärdsdag'],
    ['2030-06-09', 'pingstdagen'],
    ['2030-06-06', 'nationaldagen'],
    ['2030-06-21', 'midsommarafton'],
    ['2030-06-22', 'midsommardagen'],
    ['2030-11-02', 'alla helgons dag'],
    ['2030-12-24', 'julafton'],
    ['2030-12-25', 'juldagen'],
    ['2030-12-26', 'annandag jul'],
    ['2030-12-31', 'nyårsafton'],
  ],
};

const EVES = new Set(['julafton', 'midsommarafton', 'nyårsafton']);

for (const [year, days] of Object.entries(ALMANAC)) {
  test(`the closed days of ${year} are the almanac’s`, () => {
    const expected = [...days].sort(([a], [b]) => a.localeCompare(b));
    assert.deepEqual(
      closedDaysOfYear(Number(year)).map(({ date, name }) => [date, name]),
      expected,
    );
  });

  test(`each closed day of ${year} is found by its date, eves marked as eves`, () => {
    for (const [date, name] of days) {
      assert.deepEqual(closedDay(date), { date, name, kind: EVES.has(name) ? 'afton' : 'helgdag' }, date);
    }
  });
}

test('the days around the holidays are ordinary days', () => {
  for (const date of ['2026-12-23', '2026-12-27', '2027-03-25', '2027-03-30', '2027-05-05', '2027-05-07', '2027-06-24', '2028-06-05', '2028-06-07', '2027-12-30', '2028-01-05', '2027-04-30']) {
    assert.equal(closedDay(date), undefined, date);
  }
});

test('Easter across the range of its possible dates', () => {
  // The earliest and latest Easters of recent times, and a few known years.
  assert.equal(easterSunday(2008), '2008-03-23');
  assert.equal(easterSunday(2038), '2038-04-25');
  assert.equal(easterSunday(2285), '2285-03-22');
  assert.equal(easterSunday(2024), '2024-03-31');
  assert.equal(easterSunday(2025), '2025-04-20');
});

test('midsommardagen and alla helgons dag are Saturdays in their ranges, every year', () => {
  for (let year = 2000; year <= 2100; year++) {
    const days = closedDaysOfYear(year);
    const midsommar = days.find((day) => day.name === 'midsommardagen')!.date;
    const allaHelgon = days.find((day) => day.name === 'alla helgons dag')!.date;
    assert.equal(weekdayIndex(midsommar), 5, midsommar);
    assert.ok(midsommar >= `${year}-06-20` && midsommar <= `${year}-06-26`, midsommar);
    assert.equal(weekdayIndex(allaHelgon), 5, allaHelgon);
    assert.ok(allaHelgon >= `${year}-10-31` && allaHelgon <= `${year}-11-06`, allaHelgon);
    assert.equal(days.find((day) => day.name === 'midsommarafton')!.date, addDays(midsommar, -1));
  }
});

test('weekdays and date arithmetic work in calendar days', () => {
  assert.equal(weekdayIndex('2026-11-23'), 0); // a Monday
  assert.equal(weekdayIndex('2028-06-06'), 1); // a Tuesday
  assert.equal(weekdayIndex('2027-03-28'), 6); // a Sunday
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2027-02-28', 1), '2027-03-01');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2026-03-29', 1), '2026-03-30'); // over the change to summer time
});
