import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSwedishPhone, phoneProblem, telHref } from './phone.ts';

/** As written → [display, tel: href], or null when it is no Swedish number. */
const cases: Array<[string, [string, string] | null]> = [
  ['031-365 22 36', ['031-365 22 36', 'tel:+46313652236']],
  // The routine's own spelling of Lwam Tesfagergs' number.
  ['031 – 365 22 36', ['031-365 22 36', 'tel:+46313652236']],
  ['0313652236', ['031-365 22 36', 'tel:+46313652236']],
  ['+46 31 365 22 36', ['031-365 22 36', 'tel:+46313652236']],
  ['0046 31 365 22 36', ['031-365 22 36', 'tel:+46313652236']],
  ['070-785 59 63', ['070-785 59 63', 'tel:+46707855963']],
  ['0707855963', ['070-785 59 63', 'tel:+46707855963']],
  ['072-582 53 19', ['072-582 53 19', 'tel:+46725825319']],
  ['031-12 34 56', ['031-12 34 56', 'tel:+4631123456']],
  ['08-123 456 78', ['08-123 456 78', 'tel:+46812345678']],
  ['0812345678', ['08-123 456 78', 'tel:+46812345678']],
  ['0522-123 45', ['0522-123 45', 'tel:+4652212345']],
  ['0522 12345', ['0522-123 45', 'tel:+4652212345']],
  ['(031) 365 22 36', ['031-365 22 36', 'tel:+46313652236']],
  ['365 22 36', null],
  ['031-365 22', ['031-365 22', 'tel:+463136522']],
  ['031-365 22 36 99', null],
  ['031-365 22 3X', null],
  ['+45 31 36 52 23', null],
  ['00313652236', null],
  ['', null],
  ['ring växeln', null],
  // A mobile number (07x) has ten digits, however it is spaced.
  ['070-785 59 6', null],
  ['070-785 59 633', null],
  ['072 582 53 1', null],
];

for (const [written, expected] of cases) {
  test(`phone ${JSON.stringify(written)}`, () => {
    const phone = parseSwedishPhone(written);
    assert.deepEqual(phone && [phone.display, telHref(phone)], expected);
  });
}

test('mobile numbers are told apart from office numbers', () => {
  assert.equal(parseSwedishPhone('070-645 46 97')?.mobile, true);
  assert.equal(parseSwedishPhone('031-365 33 54')?.mobile, false);
});

/** As written → what the owner is told (null: nothing, the number is good). */
const problems: Array<[string, string | null]> = [
  ['070-785 59 63', null],
  ['031-365 22 36', null],
  ['070-785 59 6', '"070-785 59 6" är ett mobilnummer (07…) men har 9 siffror. Ett mobilnummer har 10 siffror, till exempel 070-785 59 63.'],
  ['0707855963 1', '"0707855963 1" är ett mobilnummer (07…) men har 11 siffror. Ett mobilnummer har 10 siffror, till exempel 070-785 59 63.'],
  ['031-365 22 3X', '"031-365 22 3X" är inte ett svenskt telefonnummer. Skriv riktnummer och nummer, till exempel 031-365 22 36 eller 070-785 59 63.'],
];

for (const [written, expected] of problems) {
  test(`phone problem ${JSON.stringify(written)}`, () => assert.equal(phoneProblem(written), expected));
}
