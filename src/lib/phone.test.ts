import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSwedishPhone, phoneProblem, telHref } from './phone.ts';

// Fixtures of the rules, not anyone's numbers: the Göteborg (031-390 06 xx),
// Stockholm (08-465 004 xx), Kiruna (0980-319 2xx) and mobile (070-174 06 xx)
// series the regulator PTS keeps for fiction, and made-up numbers the plan
// allows. No number from content/ belongs here.

/** As written → [display, tel: href], or null when it is no Swedish number. */
const cases: Array<[string, [string, string] | null]> = [
  ['031-390 06 05', ['031-390 06 05', 'tel:+46313900605']],
  // A dash with spaces, as the routine writes some numbers.
  ['031 – 390 06 05', ['031-390 06 05', 'tel:+46313900605']],
  ['0313900605', ['031-390 06 05', 'tel:+46313900605']],
  ['+46 31 390 06 05', ['031-390 06 05', 'tel:+46313900605']],
  ['0046 31 390 06 05', ['031-390 06 05', 'tel:+46313900605']],
  ['(031) 390 06 05', ['031-390 06 05', 'tel:+46313900605']],
  ['070-174 06 05', ['070-174 06 05', 'tel:+46701740605']],
  ['0701740605', ['070-174 06 05', 'tel:+46701740605']],
  ['031-12 34 56', ['031-12 34 56', 'tel:+4631123456']],
  ['08-465 004 05', ['08-465 004 05', 'tel:+46846500405']],
  ['0846500405', ['08-465 004 05', 'tel:+46846500405']],
  ['0980-319 205', ['0980-31 92 05', 'tel:+46980319205']],
  ['0522-123 45', ['0522-123 45', 'tel:+4652212345']],
  ['0522 12345', ['0522-123 45', 'tel:+4652212345']],
  // The plan knows codes a list of ours did not: 077 is a three-digit code.
  ['0771-123 456', ['077-112 34 56', 'tel:+46771123456']],
  ['390 06 05', null],
  // Too short for Göteborg's numbers.
  ['031-390 06', null],
  ['031-390 06 05 99', null],
  ['031-390 06 0X', null],
  ['+45 31 36 52 23', null],
  ['00313900605', null],
  ['', null],
  ['ring växeln', null],
  // A mobile number (07x) has ten digits, however it is spaced.
  ['070-174 06 0', null],
  ['070-174 06 055', null],
  ['070 174 06 0', null],
];

for (const [written, expected] of cases) {
  test(`phone ${JSON.stringify(written)}`, () => {
    const phone = parseSwedishPhone(written);
    assert.deepEqual(phone && [phone.display, telHref(phone)], expected);
  });
}

test('national digits and E.164 agree with what is shown', () => {
  assert.deepEqual(parseSwedishPhone('031 – 390 06 05'), { digits: '0313900605', e164: '+46313900605', display: '031-390 06 05', mobile: false });
});

test('mobile numbers are told apart from office numbers', () => {
  assert.equal(parseSwedishPhone('070-174 06 05')?.mobile, true);
  assert.equal(parseSwedishPhone('031-390 06 05')?.mobile, false);
});

/** As written → what the owner is told (null: nothing, the number is good). */
const problems: Array<[string, string | null]> = [
  ['070-174 06 05', null],
  ['031-390 06 05', null],
  ['070-174 06 0', '"070-174 06 0" är ett mobilnummer (07…) men har 9 siffror. Ett mobilnummer har 10 siffror, till exempel 070-174 06 05.'],
  ['0701740605 1', '"0701740605 1" är ett mobilnummer (07…) men har 11 siffror. Ett mobilnummer har 10 siffror, till exempel 070-174 06 05.'],
  ['031-390 06 0X', '"031-390 06 0X" är inte ett svenskt telefonnummer. Skriv riktnummer och nummer, till exempel 031-390 06 05 eller 070-174 06 05.'],
];

for (const [written, expected] of problems) {
  test(`phone problem ${JSON.stringify(written)}`, () => assert.equal(phoneProblem(written), expected));
}

test('the examples the messages give are numbers the module accepts', () => {
  for (const example of phoneProblem('x')!.match(/\d{3}-[\d ]+\d/g)!) assert.ok(parseSwedishPhone(example), example);
});
