import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIAGRAM_FONT, DIAGRAM_FONT_SIZE } from '../lib/process/mermaid-config.ts';
import { WRAPPED_LABEL_STYLE } from '../lib/process/svg-optimise.ts';

const css = readFileSync(new URL('./flowchart.css', import.meta.url), 'utf8');

// The build measures every label in this font; the page must show it in the same, or text spills from its box.
test('the stylesheet sets the chart in the font the labels were measured in', () => {
  const rule = /\.flowchart__canvas svg \{([^}]*)\}/g;
  const declarations = [...css.matchAll(rule)].map((match) => match[1]).join('');
  const family = /font-family:\s*([^;]+);/.exec(declarations)?.[1]?.replace(/'/g, '"');
  assert.equal(family, DIAGRAM_FONT);
  assert.match(declarations, new RegExp(`font-size:\\s*${DIAGRAM_FONT_SIZE};`));
});

// The build takes this style off every step's label (svg-optimise.ts): the stylesheet must give it back, or the labels no longer fit their boxes.
test('the stylesheet gives a step\'s label box the style the build took off it', () => {
  const rule = /\.flowchart__canvas \.nodes foreignObject > div:not\(\[style\]\) \{([^}]*)\}/.exec(css)?.[1] ?? '';
  const given = rule.split(';').map((declaration) => declaration.replace(/\s+/g, '')).filter(Boolean).sort();
  assert.deepEqual(given, [...WRAPPED_LABEL_STYLE].sort());
});
