/**
 * Swedish phone numbers: checked against the national numbering plan, shown
 * the Swedish way (`031-123 45 67`) and linked in international form
 * (`tel:+46311234567`), whatever spacing the routine happened to use (it
 * has both "031-…" and "031 – …"). The plan itself (area codes, lengths,
 * mobile series) comes from libphonenumber-js, Google's libphonenumber
 * metadata; docs/adr/0006-phone-numbers.md says why.
 *
 * Build-time only: the pages carry the formatted number and its link, never
 * this module or its metadata.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export interface PhoneNumber {
  /** National digits with the leading 0, e.g. "0311234567". */
  digits: string;
  /** For `tel:` links, E.164: "+46311234567". */
  e164: string;
  /** As Swedes write it: area code, hyphen, groups of digits. */
  display: string;
  /** Mobile numbers (07x), which callers often prefer to know about. */
  mobile: boolean;
}

/**
 * Digits, spaces, hyphens, dashes, brackets and a leading +: nothing else
 * belongs in a number (libphonenumber would read "031-123 45 6X" as a
 * shorter number instead of refusing it).
 */
const ALLOWED = /^\+?[\d\s\-–—()]+$/;

/** The 07x series: a number there has exactly ten digits with the 0. */
const MOBILE_SERIES = /^07/;
const MOBILE_DIGITS = 10;

/** Examples for the messages: numbers the regulator (PTS) keeps for fiction, never anyone's. */
const EXAMPLE_NUMBER = '031-390 06 05';
const EXAMPLE_MOBILE = '070-174 06 05';

/**
 * Reads a Swedish number as a document owner might write it. Returns null
 * for anything that is not one: letters, a foreign country code, a number
 * the numbering plan does not have (too few or too many digits for its
 * area code).
 */
export function parseSwedishPhone(text: string): PhoneNumber | null {
  const written = text.trim();
  if (!ALLOWED.test(written)) return null;
  const number = parsePhoneNumberFromString(written, 'SE');
  if (!number || number.country !== 'SE' || !number.isValid()) return null;
  return {
    digits: `0${number.nationalNumber}`,
    e164: number.number,
    display: number.formatNational(),
    mobile: number.getType() === 'MOBILE',
  };
}

/**
 * Why `text` is not a Swedish number, in words a document owner can act
 * on; null when parseSwedishPhone accepts it.
 */
export function phoneProblem(text: string): string | null {
  if (parseSwedishPhone(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (ALLOWED.test(text.trim()) && MOBILE_SERIES.test(digits) && digits.length !== MOBILE_DIGITS) {
    return `"${text}" är ett mobilnummer (07…) men har ${digits.length} siffror. Ett mobilnummer har ${MOBILE_DIGITS} siffror, till exempel ${EXAMPLE_MOBILE}.`;
  }
  return `"${text}" är inte ett svenskt telefonnummer. Skriv riktnummer och nummer, till exempel ${EXAMPLE_NUMBER} eller ${EXAMPLE_MOBILE}.`;
}

/** The `tel:` address of a number, for a link. */
export function telHref(phone: PhoneNumber): string {
  return `tel:${phone.e164}`;
}
