import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSlugger, slugify } from './slug.ts';

const cases: Array<[string, string]> = [
  ['Inkluss-modellen', 'inkluss-modellen'],
  ['Syftet med denna rutin', 'syftet-med-denna-rutin'],
  ['Målgrupp', 'malgrupp'],
  ['Stödande dokument', 'stodande-dokument'],
  ['Ansvarsfördelning vid uppstart', 'ansvarsfordelning-vid-uppstart'],
  ['Arbetsätt försörjningsstöd', 'arbetsatt-forsorjningsstod'],
  ['  Vuxen   Mottag ', 'vuxen-mottag'],
  ['Oklarheter i ansvarsfrågan?', 'oklarheter-i-ansvarsfragan'],
  ['SP / SIP – samordnad plan', 'sp-sip-samordnad-plan'],
  ['ÅÄÖ', 'aao'],
];

for (const [text, expected] of cases) {
  test(`slugify(${JSON.stringify(text)}) is ${expected}`, () => {
    assert.equal(slugify(text), expected);
  });
}

test('a repeated heading gets a numbered slug', () => {
  const slug = createSlugger();
  assert.deepEqual([slug('Bakgrund'), slug('Bakgrund'), slug('Bakgrund')], ['bakgrund', 'bakgrund-2', 'bakgrund-3']);
});

test('a heading with no letters still gets an id', () => {
  assert.equal(createSlugger()('–'), 'avsnitt');
});
