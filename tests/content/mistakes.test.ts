import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../src/content-pipeline/index.ts';
import { checkWith, englishLines, replaceInEntry, ROOT } from './project.ts';
import { MISTAKES } from './mistakes.ts';

// Each mistake against the content pipeline, in this process: the build,
// the dev server and `npm run kontrollera` all run it and print its
// messages (tests/content/build.test.ts proves the build does).
for (const { name, edits, says } of MISTAKES) {
  test(`${name} is refused with a Swedish message naming file, entry and field`, () => {
    const { errors, output } = checkWith(edits);
    assert.ok(errors.length > 0, 'the content should have been refused');
    assert.match(output, says);
    assert.deepEqual(englishLines(output), []);
  });
}

test('a routine text that cannot be read gives that one mistake: no sentence of the decided document, no change to re-read', () => {
  const local = readContent(ROOT).routines.find((routine) => routine.data.kompletterar)!;
  // An unclosed tag before a heading, as an owner leaves one.
  const { errors, nextSteps } = checkWith({ [local.file]: (text) => text.replace(/\n## /, '\n<details>\n\n## ') });
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, new RegExp(`^${local.file.replace(/\./g, '\\.')}, rad \\d+ → ${local.id}, i texten: texten går inte att läsa`));
  assert.deepEqual(nextSteps, []);
});

test('a mistake in a step’s roles is that one mistake: not also a change of its own words to read again', () => {
  const step = readContent(ROOT).process.steps.find((candidate) => candidate.roller.length === 1)!;
  const [role] = step.roller;
  const { errors, nextSteps } = checkWith({ 'content/process/steg.yaml': replaceInEntry(step.id, new RegExp(`\\b${role}\\b`), `${role}x`) });
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, new RegExp(`content/process/steg\\.yaml → ${step.id}, fältet roller: rollen "${role}x" finns inte`));
  assert.deepEqual(nextSteps, []);
});
