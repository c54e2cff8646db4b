import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyProject, englishLines, ROOT } from './project.ts';
import { allMistakes, MISTAKES } from './mistakes.ts';

const KONTROLLERA = join(ROOT, 'scripts/kontrollera.mjs');

test('npm run kontrollera passes the content as it is, and prints the reminders in Swedish', () => {
  const result = spawnSync(process.execPath, [KONTROLLERA], { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, output);
  assert.match(output, /Inga fel i content\/ \(kontrollen tog (under en sekund|[\d,]+ s)\)\./);
  assert.match(output, /Obs: content\/webbplats\.yaml, fältet tillganglighetEpost: adressen för synpunkter på tillgängligheten är inte ifylld\./);
  assert.match(output, /Obs: content\/webbplats\.yaml, fältet dokumentansvarigEpost: adressen dit läsare skriver när de har hittat ett fel är inte ifylld\./);
  assert.deepEqual(englishLines(output), []);
});

test('npm run kontrollera finds every mistake of the build at once, and prints nothing but Swedish', () => {
  const copy = copyProject(allMistakes(), {}, { contentOnly: true });
  try {
    const { ok, output } = copy.run([KONTROLLERA]);
    assert.equal(ok, false, 'a mistake must give a non-zero exit');
    for (const { name, says } of MISTAKES) assert.match(output, says, name);
    assert.match(output, /\d+ fel i content\/ \(kontrollen tog (under en sekund|[\d,]+ s)\)\. Rätta felen och kör npm run kontrollera igen\./);
    assert.deepEqual(englishLines(output), []);
  } finally {
    copy.remove();
  }
});
