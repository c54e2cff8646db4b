import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, checkingDateWarnings, todayInSweden } from './checking-dates.ts';

const files = { contacts: 'content/kontakter.yaml', site: 'content/webbplats.yaml' };
const routine = (nastaOversyn?: string) => ({ id: 'nordost', file: 'content/rutiner/nordost.mdx', nastaOversyn });
const unit = (kontrollerad?: string) => ({ id: 'mottag', namn: 'Mottag', kontrollerad });

test('a review date that has passed is a reminder naming file, entry and field; today or later is not', () => {
  const warnings = checkingDateWarnings({ routines: [routine('2025-03-01'), routine('2025-03-02'), routine()], units: [], limitMonths: undefined, today: '2025-03-02', files });
  assert.deepEqual(warnings, [
    'content/rutiner/nordost.mdx → nordost, fältet nastaOversyn: datumet för nästa översyn, 2025-03-01, har passerat. Se över rutinen med dess dokumentansvarig, och skriv sedan nästa datum i nastaOversyn (eller ta bort fältet).',
  ]);
});

test('without a limit set by the owner, nothing is said about the age of contact data', () => {
  assert.deepEqual(checkingDateWarnings({ routines: [], units: [unit('2001-01-01'), unit()], limitMonths: undefined, today: '2025-03-02', files }), []);
});

test('with a limit: data older than it, or never dated, is a reminder; data within it is not', () => {
  const warnings = checkingDateWarnings({ routines: [], units: [unit('2024-09-01'), unit('2024-09-02'), unit()], limitMonths: 6, today: '2025-03-02', files });
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]!, /^content\/kontakter\.yaml → enheter → mottag, fältet kontrollerad: uppgifterna för Mottag kontrollerades senast 2024-09-01, för mer än 6 månader sedan \(gränsen i content\/webbplats\.yaml, kontaktuppgifterManader\)\./);
  assert.match(warnings[1]!, /det står inte när uppgifterna för Mottag senast kontrollerades/);
});

test('months are counted on the calendar', () => {
  assert.equal(addMonths('2024-08-31', 6), '2025-02-28');
  assert.equal(addMonths('2024-12-15', 1), '2025-01-15');
  assert.equal(todayInSweden(new Date('2025-01-01T23:30:00Z')), '2025-01-02');
});
