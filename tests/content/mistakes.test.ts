import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syncWith } from './build-with.ts';
import { MISTAKES } from './mistakes.ts';

// `astro build` is what `npm run build` runs. The content check stops it
// where Astro's configuration is done, before any page is rendered, so each
// copy takes a second or two, no longer than `astro sync` would.
for (const { name, edits, says } of MISTAKES) {
  test(`${name} stops npm run build with a Swedish message naming file, entry and field`, () => {
    const { ok, output } = syncWith(edits, 'build');
    assert.equal(ok, false, 'the build should have failed');
    assert.match(output, says);
    assert.doesNotMatch(output, /Did not match union|Invalid input/);
  });
}
