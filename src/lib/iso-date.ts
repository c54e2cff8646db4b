/**
 * Dates as the documents write them, YYYY-MM-DD, checked as text: YAML
 * would turn 2023-02-30 into 2023-03-02 before any schema saw it, so the
 * loaders hand the text over as written and this decides.
 */

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export const DATE_FORM = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-13.';

/** Why `text` is not a date of the calendar written YYYY-MM-DD, in Swedish; null when it is one. */
export function dateProblem(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return `"${text}" är inte skrivet som ett datum. ${DATE_FORM}`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `${text} finns inte: månaden ska vara 01–12. ${DATE_FORM}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `${text} finns inte: ${MONTHS[month - 1]} ${year} har ${days} dagar.`;
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
