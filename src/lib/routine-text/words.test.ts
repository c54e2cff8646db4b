import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeChange, nearest, quoteChange, sentences, wordChange, words } from './words.ts';

test('words: a PDF ligature, a no-break space and a soft hyphen are what a reader sees', () => {
  assert.deepEqual(words('ﬁnns\u00a0här so\u00adcial'), ['finns', 'här', 'social']);
});

test('sentences end at . ! ? before a capital or a digit, not inside "t.ex ytterligare"', () => {
  assert.deepEqual(sentences('En mening. Två, t.ex ytterligare enheter. 18-24 år kan!'), ['En mening.', 'Två, t.ex ytterligare enheter.', '18-24 år kan!']);
});

test('a change in words: runs removed and added, said in Swedish', () => {
  const change = wordChange('ska i första hand informera', 'ska alltid informera');
  assert.deepEqual(change, { removed: ['i första hand'], added: ['alltid'] });
  assert.equal(describeChange(change), 'borttaget: ”i första hand”; tillagt: ”alltid”');
  assert.equal(describeChange(wordChange('a', 'a')), undefined);
});

test('a quote of half a sentence is not told the other half is missing', () => {
  assert.deepEqual(quoteChange('ska socialsekreteraren alltid informera', 'Om någon ringer ska socialsekreteraren i första hand informera om modellen.'), { removed: ['alltid'], added: ['i första hand'] });
});

test('the nearest run of sentences to a text', () => {
  assert.equal(nearest('Kontakten tas av frivården.', ['En mening.', 'Kontakten tas av socialtjänsten.', 'En till.']), 'Kontakten tas av socialtjänsten.');
  assert.equal(nearest('A. B.', ['X.', 'A.', 'C.']), 'X. A.');
});
