import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, englishLines } from './project.ts';
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
