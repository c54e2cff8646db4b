import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syncWith } from './build-with.ts';
import { MISTAKES } from './mistakes.ts';

// `astro sync` is what `npm run build` runs first, and where the content
// check stops it: a copy is enough to prove the build stops, in a second
// or two, without rendering a page.
for (const { name, edits, says } of MISTAKES) {
  test(`${name} stops the build with a Swedish message naming file, entry and field`, () => {
    const { ok, output } = syncWith(edits);
    assert.equal(ok, false, 'the build should have failed');
    assert.match(output, says);
    assert.doesNotMatch(output, /Did not match union|Invalid input/);
  });
}
