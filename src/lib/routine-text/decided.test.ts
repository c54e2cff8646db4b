import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routineBlocks } from './blocks.ts';
import { compareWithDecided, decidedParagraphs } from './decided.ts';

// A made-up routine and its decided document, as a PDF's text or a conversion gives it:
// a cover, a header table and a table of contents before the routine's own text.
const PAGE = [
  '---',
  'title: Rutin',
  '---',
  '',
  '<details class="mall">',
  '<summary>Mallens text</summary>',
  '',
  'Text från dokumentmallen som inte jämförs.',
  '',
  '</details>',
  '',
  '## Inledning',
  '',
  'Rutinen gäller **alla** handläggare. Den beslutades av nämnden.',
  '',
  '- komplettera [stadens rutin](/rutiner/stad/)',
  '- tydliggöra vem som gör vad',
  '',
  '## Kontakter',
  '',
  '{/* Hämtas från kontakter.yaml. */}',
  '',
  '<Kontaktuppgifter enhet="mottag" />',
  '',
  '## Rutin',
  '',
  'Kontakten tas senast två veckor före frigivning. I övrigt gäller socialtjänstlagen.',
].join('\n');

const DOCUMENT = [
  'Göteborgs Stad',
  '',
  'Beslutad av: Nämnden',
  'Innehåll',
  'Inledning 2',
  'Rutin 3',
  '',
  '## Inledning',
  '',
  'Rutinen gäller **alla**',
  'handläggare. Den beslutades av',
  '',
  'nämnden.',
  '',
  '- komplettera [stadens rutin](#)',
  '- tydliggöra vem som gör vad',
  '',
  '## Kontakter',
  '',
  'Mottag: 031-365 00 00',
  '',
  '## Rutin',
  '',
  'Kontakten tas senast två veckor före frigivning. I övrigt gäller socialtjänstlagen.',
].join('\r\n');

const contacts = (unit: string) => (unit === 'mottag' ? ['Mottag: 031-365 00 00'] : undefined);
const compare = (page = PAGE, document = DOCUMENT, contactText = contacts) => compareWithDecided(document, routineBlocks(page), contactText);

test('the same text passes: the cover, header and contents before it, the template, line breaks, page breaks and marks aside', () => {
  const result = compare();
  assert.equal(result.started, true);
  assert.deepEqual(result.differences, []);
});

test('a paragraph cut by a page break is one paragraph again; headings and list items stand alone', () => {
  assert.deepEqual(decidedParagraphs('## Rubrik\nEn mening som går\n\növer sidan.\n- punkt\n- punkt två'), ['Rubrik', 'En mening som går över sidan.', 'punkt', 'punkt två']);
});

test('a word changed on the page: the sentence on both sides and the word removed and added', () => {
  const [difference, ...rest] = compare(PAGE.replace('senast två veckor', 'senast tre veckor')).differences;
  assert.deepEqual(rest, []);
  assert.equal(difference!.kind, 'text');
  assert.deepEqual(difference!.decided, ['Kontakten tas senast två veckor före frigivning.']);
  assert.deepEqual(difference!.page, ['Kontakten tas senast tre veckor före frigivning.']);
  assert.deepEqual(difference!.change, { removed: ['två'], added: ['tre'] });
  assert.equal(difference!.missingSentences || difference!.extraSentences, false);
});

test('a sentence of the document missing from the page is named whole', () => {
  const [difference] = compare(PAGE.replace(' I övrigt gäller socialtjänstlagen.', '')).differences;
  assert.equal(difference!.missingSentences, true);
  assert.deepEqual(difference!.decided, ['I övrigt gäller socialtjänstlagen.']);
  assert.deepEqual(difference!.page, ['Kontakten tas senast två veckor före frigivning.']);
});

test('a sentence on the page that the document does not have is named whole, with where it would stand', () => {
  const [difference] = compare(PAGE.replace('Den beslutades av nämnden.', 'Den beslutades av nämnden. Den gäller från i dag.')).differences;
  assert.equal(difference!.extraSentences, true);
  assert.deepEqual(difference!.page, ['Den gäller från i dag.']);
  assert.equal(difference!.decidedNear, 'Den beslutades av nämnden.');
});

test('the template text is not compared, and a heading changed is', () => {
  assert.deepEqual(compare(PAGE.replace('Text från dokumentmallen', 'Annan text från mallen')).differences, []);
  assert.deepEqual(compare(PAGE.replace('## Rutin', '## Rutinen')).differences[0]!.change, { removed: ['Rutin'], added: ['Rutinen'] });
});

test("a contact component's words come from the contact data: where they differ, the difference is the unit's", () => {
  const [difference, ...rest] = compare(PAGE, DOCUMENT, () => ['Mottag: 031-365 00 01']).differences;
  assert.deepEqual(rest, []);
  assert.equal(difference!.kind, 'contact');
  assert.equal(difference!.unit, 'mottag');
  assert.deepEqual(difference!.change, { removed: ['00'], added: ['01'] });
});

test('a page whose first words are not in the document is not compared', () => {
  const result = compare(PAGE, 'Ett helt annat dokument.');
  assert.equal(result.started, false);
  assert.equal(result.firstSentence, 'Inledning');
});
