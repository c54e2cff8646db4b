import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContent } from '../../src/content-pipeline/index.ts';
import { checkWith, copyProject, ROOT } from './project.ts';

const GRANSKA = join(ROOT, 'scripts/granska.ts');
// A sentence no step quotes, in the section that Nordost's försörjningsstöd steps cite.
const EDITS = { 'content/rutiner/nordost.mdx': (text: string) => text.replace('En inkomst är av stor betydelse', 'En inkomst är av mycket stor betydelse') };

test('one word changed in a cited section is refused, naming the steps and the command that records their review', () => {
  const { errors, nextSteps, output } = checkWith(EDITS);
  assert.match(
    output,
    /content\/process\/steg\.yaml → nybesok, fältet kallor\[1\]\.avsnitt: avsnittet ”Arbetsätt försörjningsstöd” i rutinen "nordost" har ändrats sedan steget granskades\. Läs avsnittet och kontrollera/,
  );
  assert.match(output, /Kör sedan: npm run granska -- nybesok/);
  // Steps citing only other sections are not named.
  assert.doesNotMatch(output, /"videosamtal"|→ videosamtal/);
  // One command for all of them, said once.
  assert.equal(nextSteps.length, 1);
  assert.match(nextSteps[0]!, /^Steg som behöver granskas mot rutinens text .*\n {2}npm run granska -- .*\bnybesok\b/);
  assert.ok(errors.every((error) => !error.startsWith('Steg som behöver granskas')), 'the command is not counted as a mistake');
});

test('npm run granska lists the steps to re-read, records them, and the content passes again', () => {
  const copy = copyProject(EDITS, {}, { contentOnly: true });
  try {
    const stale = loadContent({ root: copy.dir });
    const list = copy.run([GRANSKA]);
    assert.match(list.output, /nybesok {2}\(Nybesök på försörjningsstöd\)\n {6}avsnittet ”Arbetsätt försörjningsstöd” i rutinen "nordost": har ändrats/);
    // What the owner runs: the command the check printed, after reading the steps.
    const ids = /^ {2}npm run granska -- (.+)$/m.exec(stale.nextSteps.join('\n'))?.[1]?.trim().split(/\s+/) ?? [];
    assert.ok(ids.includes('nybesok') && ids.includes('kontakt-ansvarig-vuxenenhet'), ids.join(' '));
    const recorded = copy.run([GRANSKA, ...ids]);
    assert.equal(recorded.ok, true, recorded.output);
    assert.match(recorded.output, /Granskat: nybesok \(nordost#arbetsatt-forsorjningsstod\)/);
    assert.deepEqual(loadContent({ root: copy.dir }).errors, []);
  } finally {
    copy.remove();
  }
});

test('npm run granska refuses a step that does not exist, in Swedish', () => {
  const copy = copyProject({}, {}, { contentOnly: true });
  try {
    const result = copy.run([GRANSKA, 'nybesk']);
    assert.equal(result.ok, false);
    assert.match(result.output, /Det finns inget steg som heter "nybesk" i content\/process\/steg\.yaml\./);
  } finally {
    copy.remove();
  }
});
