import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../src/content-pipeline/index.ts';
import { checkWith, englishLines, ROOT } from './project.ts';
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
