import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedSteps } from './changed-steps.ts';

const BEFORE = `## Bakgrund

Insluss är ett samverkansarbete. Det börjar före frigivningen.

## Rutin

### Samverkan

Vuxen mottag kontaktar funktionsstöd. Mötet bokas i god tid.

Kontaktuppgifter finns på intranätet.
`;

const step = (id: string, dokument: string, avsnitt: string, citat: string) => ({ id, kallor: [{ dokument, avsnitt, citat }] });
const STEPS = [
  step('a', 'nordost', 'bakgrund', 'Insluss är ett samverkansarbete.'),
  step('b', 'nordost', 'samverkan', 'Mötet bokas i god tid.'),
  step('c', 'goteborgs-stad', 'samverkan', 'Mötet bokas i god tid.'),
  step('d', 'nordost', 'samverkan', 'Kontaktuppgifter finns på intranätet.'),
];

test('a word changed in a quoted paragraph, outside the quote, marks the steps quoting that paragraph, of that routine only', () => {
  const after = BEFORE.replace('kontaktar', 'ringer');
  assert.deepEqual(changedSteps(STEPS, 'nordost', BEFORE, after), ['b']);
});

test('a quote reworded with its paragraph marks its step', () => {
  const after = BEFORE.replace('samverkansarbete', 'samarbete');
  const steps = [step('a', 'nordost', 'bakgrund', 'Insluss är ett samarbete.'), ...STEPS.slice(1)];
  assert.deepEqual(changedSteps(steps, 'nordost', BEFORE, after), ['a']);
});

test('re-wrapped lines are no change, as for the review of steps', () => {
  const after = BEFORE.replace('Vuxen mottag kontaktar funktionsstöd. Mötet', 'Vuxen mottag kontaktar funktionsstöd.\nMötet');
  assert.deepEqual(changedSteps(STEPS, 'nordost', BEFORE, after), []);
});

test('a paragraph no step quotes changes no step', () => {
  const after = `${BEFORE}\nEtt nytt stycke.\n`;
  assert.deepEqual(changedSteps(STEPS, 'nordost', BEFORE, after), []);
});
