import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateProblem } from './iso-date.ts';

/** As written → the problem named, or null for a real date. */
const cases: Array<[string, RegExp | null]> = [
  ['2024-03-13', null],
  ['2024-02-29', null],
  ['2023-02-30', /^2023-02-30 finns inte: februari 2023 har 28 dagar\.$/],
  ['2023-02-29', /februari 2023 har 28 dagar/],
  ['2023-09-31', /september 2023 har 30 dagar/],
  ['2023-13-01', /månaden ska vara 01–12/],
  ['2023-00-10', /månaden ska vara 01–12/],
  ['2023-01-00', /januari 2023 har 31 dagar/],
  ['26 september 2023', /^"26 september 2023" är inte skrivet som ett datum\. Skriv datumet som ÅÅÅÅ-MM-DD/],
  ['2023-9-26', /inte skrivet som ett datum/],
  ['20230926', /inte skrivet som ett datum/],
  ['', /inte skrivet som ett datum/],
];

for (const [text, expected] of cases) {
  test(`date ${JSON.stringify(text)}`, () => {
    const problem = dateProblem(text);
    if (expected === null) assert.equal(problem, null);
    else assert.match(problem ?? '', expected);
  });
}
