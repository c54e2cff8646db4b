import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, replaceInEntry, writtenContacts } from './project.ts';

const FILE = 'content/kontakter.yaml';
// A unit of today's contact data that has opening hours.
const unit = writtenContacts().enheter.find((candidate) => candidate.oppettider)!;

test('closed days that do not exist or are written another way are refused, naming file, entry and field', () => {
  const { errors, output } = checkWith({ [FILE]: replaceInEntry(unit.id, /stangdaDagar: .*/, 'stangdaDagar: [2026-12-28, 2026-02-30, 28/12 2026]') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, /content\/kontakter\.yaml/, 'names the file');
  assert.ok(output.includes(`enheter → ${unit.id}`), `names the entry:\n${output}`);
  // YAML would have read 2026-02-30 as 2 March: the text is checked, not a date made of it.
  assert.match(output, /oppettider\.stangdaDagar\[2\]: 2026-02-30 finns inte: februari 2026 har 28 dagar\./);
  assert.match(output, /oppettider\.stangdaDagar\[3\]: "28\/12 2026" är inte skrivet som ett datum\. Skriv datumet som ÅÅÅÅ-MM-DD/);
  assert.doesNotMatch(output, /stangdaDagar\[1\]/, 'a good date is not reported');
});
