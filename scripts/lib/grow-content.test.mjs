import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GROWTH, growContent } from './grow-content.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (file) => readFileSync(join(ROOT, file), 'utf8');

test('the grown content reaches the sizes the growth scenario promises, from whatever content/ holds today', () => {
  const grown = growContent(ROOT);
  const steps = grown.edits['content/process/steg.yaml'](read('content/process/steg.yaml'));
  const contacts = grown.edits['content/kontakter.yaml'](read('content/kontakter.yaml'));
  assert.equal(steps.match(/^- id: /gm).length, GROWTH.steps);
  assert.equal(/^enheter:\n([\s\S]*?)^personer:/m.exec(contacts)[1].match(/^ {2}- id: /gm).length, GROWTH.contactUnits);
  const routines = Object.keys(grown.files).filter((file) => /^content\/rutiner\/[^/]+\.mdx$/.test(file));
  // Four local supplements in all, one for each administration without one first.
  const localToday = readdirSync(join(ROOT, 'content/rutiner')).filter((file) => file.endsWith('.mdx') && /^kompletterar: /m.test(read(`content/rutiner/${file}`)));
  assert.equal(localToday.length + routines.length, GROWTH.localRoutines);
  const administrations = routines.map((routine) => /^forvaltningar: \[(.*)\]$/m.exec(grown.files[routine])[1]);
  const covered = localToday.map((file) => /^forvaltningar: \[(.*)\]$/m.exec(read(`content/rutiner/${file}`))[1]);
  assert.equal(new Set([...administrations, ...covered]).size, administrations.length + covered.length, 'no administration has two supplements while another has none');
  for (const routine of routines) assert.ok(grown.files[routine.replace(/\.mdx$/, '/beslutat-dokument.txt')], `${routine} has its decided document`);
  const kept = Object.keys(grown.files).filter((file) => /^content\/rutiner\/[^/]+\/\d{4}-\d\d-\d\d\.mdx$/.test(file));
  const allRoutines = routines.length + Object.keys(grown.edits).filter((file) => file.startsWith('content/rutiner/')).length;
  assert.equal(kept.length, allRoutines * GROWTH.keptRevisions);
  // Every new supplement is entered from the process: its first step is someone's next step.
  for (const routine of routines) assert.match(steps, new RegExp(`- till: ${routine.slice('content/rutiner/'.length, -'.mdx'.length)}-steg-1\\n`));
});

test('the grown content is the same on every run, so runs compare', () => {
  assert.deepEqual(growContent(ROOT).files, growContent(ROOT).files);
});
