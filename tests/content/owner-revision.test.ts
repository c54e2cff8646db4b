import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../scripts/lib/browser.mjs';
import { ASTRO, differences, englishLines, ROOT, type Copy } from './project.ts';
import { OWNER, ownerRevision } from './owner-fixture.ts';

/**
 * The owner's revision (tests/content/owner-fixture.ts), made in content/
 * only: before the steps are re-read, `npm run kontrollera` stops and names
 * only the steps quoting the changed sentence's paragraph; after `npm run
 * granska -- ändring 1` it passes and the copy builds, into dist-agare/.
 */
const KONTROLLERA = join(ROOT, 'scripts/kontrollera.mjs');
let copy: Copy;
let build: { ok: boolean; output: string };

before(() => {
  rmSync(OWNER.dist, { recursive: true, force: true });
  rmSync(OWNER.content, { recursive: true, force: true });
  copy = ownerRevision();
  const browser = findChromium({ headless: true }).path;
  build = copy.run([ASTRO, 'build'], { OUT_DIR: OWNER.dist, BASE_PATH: '/', ...(browser ? { CHROMIUM_PATH: browser } : {}) });
  // The browser tests that read content/ run again over this build with this content (scripts/test.mjs).
  // The pipeline also reads which pages exist (src/pages/), which the revision leaves as they are.
  cpSync(join(copy.dir, 'content'), join(OWNER.content, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'src'), join(OWNER.content, 'src'), 'dir');
});

after(() => copy?.remove());

test('before the steps are re-read, npm run kontrollera stops and names only the steps of the changed paragraph, with the word removed and added', () => {
  const unreviewed = ownerRevision({ reviewed: false, contentOnly: true });
  try {
    const { ok, output } = unreviewed.run([KONTROLLERA]);
    assert.equal(ok, false, output);
    assert.match(output, new RegExp(`Fel: content/rutiner/${OWNER.routine}\\.mdx → ${OWNER.routine}, i texten: ändring 1 .*\\(borttaget: ”${OWNER.removed}”; tillagt: ”${OWNER.added}”\\)`));
    const named = /Steg som citerar meningen eller dess stycke och behöver läsas om: (.*)\. Läs dem/.exec(output)![1]!.split(', ').map((step) => step.split(' ')[0]);
    assert.deepEqual(named, OWNER.steps);
    assert.match(output, /^1 fel i content\//m);
    assert.deepEqual(englishLines(output), []);
  } finally {
    unreviewed.remove();
  }
});

test('after npm run granska -- ändring 1, npm run kontrollera passes, with no reminder of the contact data', () => {
  const { ok, output } = copy.run([KONTROLLERA]);
  assert.equal(ok, true, output);
  assert.doesNotMatch(output, /skiljer sig från rutinens beslutade dokument/);
});

test('the revision touches no file outside content/, and the copy builds', () => {
  const changed = differences(ROOT, copy.dir);
  assert.deepEqual(
    [...changed.added, ...changed.edited].filter((file) => !file.startsWith('content/')),
    [],
  );
  assert.deepEqual(changed.added, [`content/rutiner/${OWNER.routine}/${OWNER.earlier}.mdx`]);
  assert.equal(build.ok, true, build.output);
  assert.deepEqual(englishLines(build.output), []);
});

test('the build shows the revision: the new sentence, the earlier version, the new number and person, the reworded question', () => {
  const read = (path: string) => readFileSync(join(OWNER.dist, path, 'index.html'), 'utf8');
  assert.ok(read(`rutiner/${OWNER.routine}/`).includes(OWNER.reworded));
  assert.ok(existsSync(join(OWNER.dist, `rutiner/${OWNER.routine}/${OWNER.earlier}/index.html`)));
  assert.ok(read(`rutiner/${OWNER.routine}/${OWNER.earlier}/`).includes(OWNER.sentence));
  const contacts = read('kontakter/');
  assert.ok(contacts.includes(`tel:+46${OWNER.phone.after.replace(/\D/g, '').slice(1)}`));
  assert.ok(contacts.includes(OWNER.person.name) && !contacts.includes(OWNER.person.before));
  // The guide's questions are drawn from its templates, served beside the page.
  assert.ok(read('guide/mallar/').includes(OWNER.question.after));
});
