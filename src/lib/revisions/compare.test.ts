import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareHeaders, compareTexts, sectionBlocks, type SectionChange } from './compare.ts';

const BEFORE = [
  '## Bakgrund',
  '',
  'Insluss är ett samverkansarbete. Ett nybesök genomförs senast cirka två veckor före frigivning.',
  '',
  'Ett stycke som står kvar.',
  '',
  '## Syfte',
  '',
  '- komplettera stadens rutin',
  '- tydliggöra vem som gör vad',
  '',
  '## Gammalt avsnitt',
  '',
  'Tas bort.',
  '',
  '## Kontaktuppgifter',
  '',
  '{/* Hämtas från kontakter.yaml. */}',
  '',
  '<Kontaktuppgifter enhet="vuxen-mottag" />',
].join('\n');

/** A section's text with the changes in brackets: -[removed] +[added]. */
const marked = (change: SectionChange) =>
  change.blocks.map((block) => block.parts.map((part) => (part.change === 'same' ? part.text : `${part.change === 'removed' ? '-' : '+'}[${part.text}]`)).join(''));

test('identical texts have no changes', () => assert.deepEqual(compareTexts(BEFORE, BEFORE), []));

test('one changed word is marked as exactly that word', () => {
  const changes = compareTexts(BEFORE, BEFORE.replace('cirka två veckor', 'cirka tre veckor'));
  assert.deepEqual(
    changes.map((c) => [c.id, c.status, marked(c)]),
    [['bakgrund', 'changed', ['Insluss är ett samverkansarbete. Ett nybesök genomförs senast cirka -[två]+[tre] veckor före frigivning.', 'Ett stycke som står kvar.']]],
  );
});

test('list items are compared one by one, and a new item is added whole', () => {
  const changes = compareTexts(BEFORE, BEFORE.replace('- tydliggöra vem som gör vad', '- klargöra vem som gör vad\n- förbättra brukarens process'));
  assert.deepEqual(changes.map((c) => [c.id, marked(c), c.blocks.map((b) => b.kind)]), [
    ['syfte', ['komplettera stadens rutin', '-[tydliggöra]+[klargöra] vem som gör vad', '+[förbättra brukarens process]'], ['li', 'li', 'li']],
  ]);
});

test('sections added and removed are named where they stand, and a renamed heading is both', () => {
  const after = BEFORE.replace('## Gammalt avsnitt\n\nTas bort.\n\n', '').replace('## Syfte', '## Syftet').concat('\n\n## Nytt avsnitt\n\nNy text.');
  assert.deepEqual(
    compareTexts(BEFORE, after).map((c) => [c.status, c.heading]),
    [
      ['added', 'Syftet'],
      ['removed', 'Syfte'],
      ['removed', 'Gammalt avsnitt'],
      ['added', 'Nytt avsnitt'],
    ],
  );
});

test('comments and components show no words of the routine, so they are not compared', () => {
  assert.deepEqual(sectionBlocks(BEFORE).find((s) => s.id === 'kontaktuppgifter')?.blocks, []);
  assert.deepEqual(compareTexts(BEFORE, BEFORE.replace('Hämtas från', 'Kommer från')), []);
});

test('header fields that changed, with their values before and after', () => {
  const rows = (revised: string) => [
    { term: 'Dokumentnamn', values: ['Lokal rutin Insluss'] },
    { term: 'Senast reviderad', values: [revised] },
  ];
  assert.deepEqual(compareHeaders(rows('2023-09-26'), rows('2024-05-02')), [{ term: 'Senast reviderad', before: ['2023-09-26'], after: ['2024-05-02'] }]);
});
