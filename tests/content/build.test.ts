import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASTRO, copyProject, englishLines } from './project.ts';
import { MISTAKES } from './mistakes.ts';

// The wiring: `npm run build` runs the content pipeline before anything is
// built, and a mistake stops it with the owner's Swedish messages and
// nothing else. Every mistake itself is proved in-process
// (tests/content/mistakes.test.ts); a build that succeeds is read in
// tests/content/districts.test.ts.
test('a mistake in content stops astro build with exit 1 and the Swedish message only', () => {
  const mistake = MISTAKES.find((candidate) => candidate.name === 'a date that does not exist')!;
  const copy = copyProject(mistake.edits);
  try {
    const { status, output } = copy.run([ASTRO, 'build']);
    assert.equal(status, 1, output);
    assert.match(output, mistake.says);
    assert.match(output, /Innehållet har ett fel:/);
    assert.match(output, /Rätta felen och kör npm run kontrollera/);
    assert.deepEqual(englishLines(output), []);
    assert.doesNotMatch(output, /\bat \w+ \(|Error:|An unhandled error/, 'no stack trace, no English wrapper');
  } finally {
    copy.remove();
  }
});

test('the dev server offers no Astro upgrade: the configuration turns the update check off', async () => {
  delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
  await import('../../astro.config.mjs');
  assert.equal(process.env.ASTRO_DISABLE_UPDATE_CHECK, 'true');
});
