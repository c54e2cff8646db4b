import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filesOnDisk, loadContent } from '../../src/content-pipeline/index.ts';
import { FILES, withChanges } from '../../src/content-pipeline/files.ts';
import { replaceInEntry, replaceLine, ROOT, writtenContacts, type WrittenContacts } from './project.ts';

type WrittenUnit = WrittenContacts['enheter'][number];

// A routine and two contact units of today's content: one given an old date, one left without.
const routine = loadContent({ root: ROOT }).content!.routines[0]!;
const [dated, undated] = writtenContacts().enheter as [WrittenUnit, WrittenUnit, ...WrittenUnit[]];
/** The unit's date of checking, whatever the owner has written there, replaced by `date` (or removed). */
const checked = (id: string, date?: string) => (text: string) => {
  const without = replaceInEntry(id, /^ +kontrollerad: .*\n/m, '')(text);
  return date ? replaceInEntry(id, /^( *)- id: (.*)\n/m, `$1- id: $2\n$1  kontrollerad: ${date}\n`)(without) : without;
};
/** `date` (YYYY-MM-DD) moved by `days`. */
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// Dates counted from the routine's own revision, which the owner's next revision moves (and an earlier version kept beside it must stay before it).
const revised = routine.data.senastReviderad;
const review = plusDays(revised, 1);
const today = plusDays(revised, 400);
const contactsChecked = plusDays(today, -300);
const check = (changes: Parameters<typeof withChanges>[1], today: string) => loadContent({ root: ROOT, files: withChanges(filesOnDisk(ROOT), changes), today });

test("the owner's dates of checking: a passed review date and contact data older than the owner's limit are reminders, not mistakes", () => {
  const result = check(
    {
      [routine.file]: (text) => replaceLine('senastReviderad:', `senastReviderad: ${revised}\nnastaOversyn: ${review}`)(replaceLine('nastaOversyn:', '')(text)),
      [FILES.contacts]: (text) => checked(dated.id, contactsChecked)(checked(undated.id)(text)),
      [FILES.site]: (text) => `${text}\nkontaktuppgifterManader: 6\n`,
    },
    today,
  );
  assert.deepEqual(result.errors, []);
  assert.ok(result.warnings.includes(`${routine.file} → ${routine.id}, fältet nastaOversyn: datumet för nästa översyn, ${review}, har passerat. Se över rutinen med dess dokumentansvarig, och skriv sedan nästa datum i nastaOversyn (eller ta bort fältet).`), result.warnings.join('\n'));
  assert.ok(result.warnings.some((warning) => warning.startsWith(`${FILES.contacts} → enheter → ${dated.id}, fältet kontrollerad: uppgifterna för ${dated.namn} kontrollerades senast ${contactsChecked}, för mer än 6 månader sedan`)));
  // The units without a date are named too, once the owner has set a limit.
  assert.ok(result.warnings.some((warning) => warning.startsWith(`${FILES.contacts} → enheter → ${undated.id}, fältet kontrollerad: det står inte när`)));
  assert.equal(result.content!.contacts.units.find((unit) => unit.id === dated.id)!.kontrollerad, contactsChecked);
});

test('the content as it is sets no limit and no review date: no reminder of either', () => {
  const { warnings } = check({}, '2099-01-01');
  assert.ok(!warnings.some((warning) => /fältet (nastaOversyn|kontrollerad):/.test(warning)), warnings.join('\n'));
});

test('a review date that is not a date is refused like any date', () => {
  const { errors } = check({ [routine.file]: (text) => replaceLine('senastReviderad:', `senastReviderad: ${revised}\nnastaOversyn: hösten 2025`)(replaceLine('nastaOversyn:', '')(text)) }, '2025-01-01');
  assert.ok(errors.some((error) => error.startsWith(`${routine.file} → ${routine.id}, fältet nastaOversyn: "hösten 2025" är inte skrivet som ett datum.`)), errors.join('\n'));
});
