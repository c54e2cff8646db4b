/**
 * The instant filter on /kontakter/: what a card can be found by, and
 * whether a query matches it. Shared by the page (which writes each card's
 * text into a data attribute at build time) and the browser script.
 */
import { fold } from './contacts.ts';

export { fold };

/**
 * The text a card is found by: its words folded (case and accents away),
 * then its numbers as bare digits, nationally and internationally, so
 * "031-390 06 36", "3900636" and "+46 31 390 06 36" all find the same card.
 */
export function filterText(words: Array<string | undefined>, phones: Array<{ digits: string; e164: string }>): string {
  const text = fold(words.filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
  const digits = phones.flatMap((phone) => [phone.digits, phone.e164.slice(1)]);
  return digits.length ? `${text} | ${digits.join(' ')}` : text;
}

/** A query of digits and phone punctuation only is a number. */
const NUMBER_QUERY = /^[\d\s\-–+()]+$/;

/**
 * Every word of the query must occur in the card's text. A query that
 * looks like a number is compared digit by digit, spacing aside.
 */
export function matchesFilter(text: string, query: string): boolean {
  const trimmed = query.trim();
  if (!trimmed) return true;
  if (NUMBER_QUERY.test(trimmed) && /\d/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    const [, numbers = ''] = text.split(' | ');
    if (numbers.split(' ').some((number) => number.includes(digits))) return true;
  }
  return fold(trimmed)
    .split(/\s+/)
    .every((word) => text.includes(word));
}

/** What the screen reader hears (politely) after a change of the filter. */
export function filterSummary(query: string, count: number, total: number): string {
  const shown = query.trim();
  if (!shown) return `Alla ${total} kontakter visas.`;
  if (count === 0) return `Inga kontakter matchar ”${shown}”.`;
  return `${count} ${count === 1 ? 'kontakt matchar' : 'kontakter matchar'} ”${shown}”.`;
}
