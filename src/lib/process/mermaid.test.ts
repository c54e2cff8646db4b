import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrowConditions, mermaidSource, missingAccessibleText, nodeId } from './mermaid.ts';
import { NOT_NAMED, type ProcessModel, type Step } from './model.ts';
import { smallModel, step } from './test-fixtures.ts';

/** The small model with one owner the routine does not name and one it names only in its own words. */
function withReadOwners(): ProcessModel {
  const model = smallModel();
  const vem: Record<string, Step['vem']> = { mote: { rutinenAnger: NOT_NAMED }, slut: { rutinenAnger: 'socialtjänsten' } };
  return { ...model, steps: model.steps.map((step) => (vem[step.id] ? { ...step, vem: vem[step.id] } : step)) };
}

test('the Mermaid text of a small model', (t) => {
  // One line per array item, so a changed line reads as such in the diff.
  t.assert.snapshot(mermaidSource(withReadOwners()).split('\n'));
});

test('a node says so where the routine names no owner, and where it gives only its own words', () => {
  const source = mermaidSource(withReadOwners());
  assert.match(source, /^ {4}s_mote\["<b>Samtycker #quot;ja#quot;<\/b><br>Vuxen \(rutinen anger inte vem\): Titel mote"\]$/m);
  // With a local routine's administration, in the same brackets.
  assert.match(source, /^ {4}s_slut\["Vuxen \/ Frivården \(Norr; rutinen: socialtjänsten\): Titel slut"\]$/m);
  assert.match(source, /^ {4}s_samtycke\["Frivården: Titel samtycke"\]$/m);
});

test('node ids have no hyphens', () => assert.equal(nodeId('kontakt-via-anstalten'), 's_kontakt_via_anstalten'));

test('every step gets a link to its detail', () => {
  const source = mermaidSource(smallModel());
  for (const id of ['samtycke', 'nej', 'mote', 'slut']) assert.match(source, new RegExp(`click ${nodeId(id)} href "#steg-${id}"`));
});

test('quotes in labels cannot break the Mermaid syntax', () => {
  assert.match(mermaidSource(smallModel()), /\["<b>Samtycker #quot;ja#quot;<\/b><br>/);
});

test('an arrow\'s condition stands in bold first in the step it leads to, not on the arrow', () => {
  const source = mermaidSource(smallModel());
  assert.match(source, /^ {2}s_samtycke --> s_mote$/m);
  assert.doesNotMatch(source, /-->\|/);
});

test('a step reached under two conditions names both, each once', () => {
  const steps = [
    step('a', { nasta: [{ till: 'c', etikett: 'Nordost' }] }),
    step('b', { nasta: [{ till: 'c', etikett: 'Ingen kontakt' }, { till: 'd', etikett: 'Ja' }] }),
    step('e', { nasta: [{ till: 'c', etikett: 'Nordost' }, { till: 'd' }] }),
  ];
  assert.deepEqual(Object.fromEntries(arrowConditions(steps)), { c: ['Nordost', 'Ingen kontakt'], d: ['Ja'] });
});

test('each step is held below the one before it in the list, by an arrow or an invisible link', () => {
  const source = mermaidSource(smallModel());
  const order = ['samtycke', 'nej', 'mote', 'slut'].map(nodeId);
  for (let index = 1; index < order.length; index++) {
    const [above, below] = [order[index - 1], order[index]];
    assert.match(source, new RegExp(`^ {2}${above} (-->|~~~) ${below}$`, 'm'), `${above} above ${below}`);
  }
  // Not twice where an arrow already holds the order.
  assert.doesNotMatch(source, /s_mote ~~~ s_slut/);
});

test('the chart has a Swedish title and description for assistive technology', () => {
  const source = mermaidSource(smallModel());
  assert.match(source, /^ {2}accTitle: Flödesschema för Insluss$/m);
  assert.match(source, /^ {2}accDescr: .*2 faser: Uppstart; Planering\..*4 steg.*Samma steg finns som numrerad lista under schemat: den är schemats textversion\.$/m);
  assert.deepEqual(missingAccessibleText(source), []);
});

const withoutText: Array<[string, string, string[]]> = [
  ['no accTitle', 'flowchart TB\n  accDescr: Beskrivning\n', ['accTitle']],
  ['an empty accDescr', 'flowchart TB\n  accTitle: Titel\n  accDescr:   \n', ['accDescr']],
  ['neither', 'flowchart TB\n  a --> b\n', ['accTitle', 'accDescr']],
];
for (const [name, source, expected] of withoutText) {
  test(`a chart source with ${name} is caught`, () => assert.deepEqual(missingAccessibleText(source), expected));
}

test('steps of a local routine and outcomes get classes the stylesheet draws, and no styles of their own', () => {
  const source = mermaidSource(smallModel());
  assert.match(source, /^ {2}class s_slut lokal$/m);
  assert.match(source, /^ {2}class s_nej utfall$/m);
  assert.doesNotMatch(source, /classDef|style /);
});
