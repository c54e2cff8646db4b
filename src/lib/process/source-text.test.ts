import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText, sections } from './source-text.ts';
import { ROUTINE } from './test-fixtures.ts';

const texts: Array<[string, string]> = [
  ['**fet** och *kursiv*', 'fet och kursiv'],
  ['[Insluss - rutin](/rutiner/goteborgs-stad/)', 'Insluss - rutin'],
  ['rad ett<br />\nrad  två', 'rad ett rad två'],
  ['- punkt\n- punkt två', 'punkt punkt två'],
  ['”*Insluss rutin*”', '”Insluss rutin”'],
  ['t.ex ytterligare', 't.ex ytterligare'],
];
for (const [markdown, expected] of texts) {
  test(`plain text of ${JSON.stringify(markdown)}`, () => assert.equal(plainText(markdown), expected));
}

test('sections get the ids the site gives their headings, with their sub-sections', () => {
  assert.deepEqual(
    sections(ROUTINE.body).map(({ id, depth, text }) => ({ id, depth, text })),
    [
      { id: 'rutin', depth: 2, text: 'Modellen Kontakten ska initieras av frivården. Sedan följer mer. Målgrupp En annan mening.' },
      { id: 'modellen', depth: 3, text: 'Kontakten ska initieras av frivården. Sedan följer mer.' },
      { id: 'malgrupp', depth: 3, text: 'En annan mening.' },
    ],
  );
});

test('a section’s own text stops at its first sub-section', () => {
  assert.deepEqual(
    sections(ROUTINE.body).map(({ id, ownText }) => ({ id, ownText })),
    [
      { id: 'rutin', ownText: '' },
      { id: 'modellen', ownText: 'Kontakten ska initieras av frivården. Sedan följer mer.' },
      { id: 'malgrupp', ownText: 'En annan mening.' },
    ],
  );
});
