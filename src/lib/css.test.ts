import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LAYER_ORDER, minifyCss } from './css.ts';

test('the layer order written into pages is the one tokens.css declares', () => {
  const tokens = readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8');
  assert.ok(tokens.includes(`\n${LAYER_ORDER}\n`), 'tokens.css declares the same order');
});

test('minified CSS keeps its rules and drops comments and spaces', () => {
  assert.equal(
    minifyCss("/* why */\n.a > .b {\n  grid-template-areas:\n    'x x'\n    'y z';\n  padding: 0 var(--space);\n}\n"),
    ".a>.b{grid-template-areas:'x x' 'y z';padding:0 var(--space)}",
  );
});
