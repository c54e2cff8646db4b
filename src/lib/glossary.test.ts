import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURE_ROUTINES } from './glossary-fixture.ts';
import { alphabetical, formPattern, formsOf, usages, type GlossaryEntry } from './glossary.ts';

const routines = FIXTURE_ROUTINES;

const entry = (overrides: Partial<GlossaryEntry>): GlossaryEntry => ({ id: 'sig', term: 'SIG', former: [], forklaring: [], ...overrides });

const matches: Array<[string, string, boolean]> = [
  ['SIG', 'kan SIG (social insatsgrupp) vara', true],
  ['SIG', 'vänder sig direkt', false],
  ['SIG', 'Signalerar frivården', false],
  ['frivård', 'frivården och frivårdens lokaler', true],
  ['frivård', 'ansvarig frivårdsinspektör', false],
  ['övervakning', 'stå under övervakning.', true],
  ['övervakning', 'hela övervakningstiden', false],
  ['Vuxen Mottag', 'Nytt ärende går via vuxen mottag, pågående', true],
  ['Inkluss', 'enligt inkluss-modellen är', true],
  ['villkorligt frigivna', 'ska bli villkorligt  frigivna och', true],
];
for (const [form, text, expected] of matches) {
  test(`form ${JSON.stringify(form)} ${expected ? 'finds' : 'does not find'} ${JSON.stringify(text)}`, () => assert.equal(formPattern(form).test(text), expected));
}

test('the forms of a term are those listed, else the term’s spellings', () => {
  assert.deepEqual(formsOf({ term: 'Insluss / Inkluss', former: [] }), ['Insluss', 'Inkluss']);
  assert.deepEqual(formsOf({ term: 'övervakning', former: ['övervakning', 'övervakningstid'] }), ['övervakning', 'övervakningstid']);
});

test('uses are the sections whose heading or own text has the term, sub-sections apart', () => {
  assert.deepEqual(usages(entry({}), routines), [{ dokument: 'stad', avsnitt: 'inkluss-modellen', heading: 'Inkluss-modellen' }]);
  assert.deepEqual(
    usages(entry({ term: 'övervakning', former: ['övervakning', 'övervakningstid'] }), routines).map((usage) => usage.avsnitt),
    ['bakgrund', 'inkluss-modellen'],
  );
  assert.deepEqual(
    usages(entry({ term: 'Vuxen Mottag' }), routines).map((usage) => `${usage.dokument}#${usage.avsnitt}`),
    ['lokal#vuxen-mottag'],
  );
});

test('entries in Swedish alphabetical order, whatever their case', () => {
  assert.deepEqual(
    alphabetical([{ term: 'övervakning' }, { term: 'SIG' }, { term: 'akuta matpengar' }, { term: 'Vuxen Mottag' }, { term: 'FFS' }]).map((e) => e.term),
    ['akuta matpengar', 'FFS', 'SIG', 'Vuxen Mottag', 'övervakning'],
  );
});
