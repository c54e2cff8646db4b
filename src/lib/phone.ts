/**
 * Swedish phone numbers: checked, shown the Swedish way (`031-365 22 36`)
 * and linked in international form (`tel:+46313652236`), whatever spacing
 * the routine happened to use (it has both "031-365 22 36" and
 * "031 – 365 22 36").
 */

export interface PhoneNumber {
  /** National digits with the leading 0, e.g. "0313652236". */
  digits: string;
  /** For `tel:` links, E.164: "+46313652236". */
  e164: string;
  /** As Swedes write it: area code, hyphen, groups of digits. */
  display: string;
  /** Mobile numbers (07x), which callers often prefer to know about. */
  mobile: boolean;
}

/**
 * Three-digit area codes (with the 0) among the ones this site will meet:
 * the larger cities, Göteborg's surroundings and the mobile series. A
 * number written without a separator after its area code falls back to
 * this list; everything not in it is taken to have a four-digit code,
 * which is the rule for the remaining Swedish areas.
 */
const THREE_DIGIT_AREA_CODES = new Set([
  '010', '011', '013', '016', '018', '019', '020', '021', '023', '026', '031', '033', '035', '036',
  '040', '042', '044', '046', '054', '060', '063', '070', '072', '073', '076', '077', '079', '090',
]);

/** The 07x series: a number there has exactly ten digits with the 0. */
const MOBILE_SERIES = /^07/;
const MOBILE_DIGITS = 10;

/** Digits, spaces, hyphens, dashes and a leading +: nothing else belongs in a number. */
const ALLOWED = /^\+?[\d\s\-–—()]+$/;

/**
 * Reads a Swedish number as a document owner might write it. Returns null
 * for anything that is not one: letters, a foreign country code, too few or
 * too many digits.
 */
export function parseSwedishPhone(text: string): PhoneNumber | null {
  const written = text.trim();
  if (!ALLOWED.test(written)) return null;
  let digits = written.replace(/\D/g, '');
  if (written.startsWith('+')) {
    if (!digits.startsWith('46')) return null;
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith('0046')) {
    digits = `0${digits.slice(4)}`;
  }
  // National numbers are 0 + area code + subscriber number: 8 to 10 digits
  // in all, and a mobile number (07x) always 10.
  if (!/^0[1-9]\d{6,8}$/.test(digits)) return null;
  if (MOBILE_SERIES.test(digits) && digits.length !== MOBILE_DIGITS) return null;
  const area = areaCode(written, digits);
  return {
    digits,
    e164: `+46${digits.slice(1)}`,
    display: `${area}-${groupSubscriber(digits.slice(area.length))}`,
    mobile: /^07[02369]/.test(digits),
  };
}

/**
 * The area code as the writer separated it ("031-…", "031 – …"), or else
 * from the list of known codes. International writing ("+46 31 …") is
 * not trusted for this, since its first group lacks the 0.
 */
function areaCode(written: string, digits: string): string {
  const separated = /^0\d{1,3}(?=\s*[-–—(])/.exec(written.replace(/^\(/, ''));
  if (separated && digits.startsWith(separated[0])) return separated[0];
  if (digits.startsWith('08')) return '08';
  const three = digits.slice(0, 3);
  return THREE_DIGIT_AREA_CODES.has(three) ? three : digits.slice(0, 4);
}

/**
 * Groups of two from the end, with a group of three first where the count
 * is odd: "365 22 36", "12 34 56", "123 45". Eight digits (Stockholm) are
 * written "123 456 78".
 */
function groupSubscriber(number: string): string {
  if (number.length === 8) return `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
  const head = number.length % 2 === 1 ? 3 : 2;
  const groups = [number.slice(0, head)];
  for (let i = head; i < number.length; i += 2) groups.push(number.slice(i, i + 2));
  return groups.join(' ');
}

/**
 * Why `text` is not a Swedish number, in words a document owner can act
 * on; null when parseSwedishPhone accepts it.
 */
export function phoneProblem(text: string): string | null {
  if (parseSwedishPhone(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (ALLOWED.test(text.trim()) && MOBILE_SERIES.test(digits) && digits.length !== MOBILE_DIGITS) {
    return `"${text}" är ett mobilnummer (07…) men har ${digits.length} siffror. Ett mobilnummer har ${MOBILE_DIGITS} siffror, till exempel 070-785 59 63.`;
  }
  return `"${text}" är inte ett svenskt telefonnummer. Skriv riktnummer och nummer, till exempel 031-365 22 36 eller 070-785 59 63.`;
}

/** The `tel:` address of a number, for a link. */
export function telHref(phone: PhoneNumber): string {
  return `tel:${phone.e164}`;
}
