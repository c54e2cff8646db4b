import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filesOnDisk, loadContent } from '../../src/content-pipeline/index.ts';
import { FILES, withChanges } from '../../src/content-pipeline/files.ts';
import { replaceLine, ROOT } from './project.ts';

const NORDOST = 'content/rutiner/nordost.mdx';
const check = (changes: Parameters<typeof withChanges>[1], today: string) => loadContent({ root: ROOT, files: withChanges(filesOnDisk(ROOT), changes), today });

test("the owner's dates of checking: a passed review date and contact data older than the owner's limit are reminders, not mistakes", () => {
  const result = check(
    {
      [NORDOST]: replaceLine('senastReviderad:', 'senastReviderad: 2023-09-26\nnastaOversyn: 2024-09-26'),
      [FILES.contacts]: (text) => text.replace('    rutin: nordost\n    sokord: [vuxenenhet', '    rutin: nordost\n    kontrollerad: 2024-01-10\n    sokord: [vuxenenhet'),
      [FILES.site]: (text) => `${text}\nkontaktuppgifterManader: 6\n`,
    },
    '2025-01-01',
  );
  assert.deepEqual(result.errors, []);
  assert.ok(result.warnings.includes(`${NORDOST} → nordost, fältet nastaOversyn: datumet för nästa översyn, 2024-09-26, har passerat. Se över rutinen med dess dokumentansvarig, och skriv sedan nästa datum i nastaOversyn (eller ta bort fältet).`), result.warnings.join('\n'));
  assert.ok(result.warnings.some((warning) => warning.startsWith(`${FILES.contacts} → enheter → vuxen-mottag, fältet kontrollerad: uppgifterna för Vuxen Mottag kontrollerades senast 2024-01-10, för mer än 6 månader sedan`)));
  // The units without a date are named too, once the owner has set a limit.
  assert.ok(result.warnings.some((warning) => warning.startsWith(`${FILES.contacts} → enheter → funktionsstod, fältet kontrollerad: det står inte när`)));
  assert.equal(result.content!.contacts.units.find((unit) => unit.id === 'vuxen-mottag')!.kontrollerad, '2024-01-10');
});

test('the content as it is sets no limit and no review date: no reminder of either', () => {
  const { warnings } = check({}, '2099-01-01');
  assert.ok(!warnings.some((warning) => /nastaOversyn|kontrollerad/.test(warning)), warnings.join('\n'));
});

test('a review date that is not a date is refused like any date', () => {
  const { errors } = check({ [NORDOST]: replaceLine('senastReviderad:', 'senastReviderad: 2023-09-26\nnastaOversyn: hösten 2025') }, '2025-01-01');
  assert.ok(errors.some((error) => error.startsWith(`${NORDOST} → nordost, fältet nastaOversyn: "hösten 2025" är inte skrivet som ett datum.`)), errors.join('\n'));
});
