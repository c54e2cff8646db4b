import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedSectionIds, stepsCiting } from './changed-steps.ts';

const BEFORE = `## Bakgrund

Insluss är ett samverkansarbete.

## Rutin

### Samverkan

Vuxen mottag kontaktar funktionsstöd.

### Oklarheter

SIP används.
`;

test('a changed word changes its section and the sections that hold it; nothing else', () => {
  const after = BEFORE.replace('kontaktar', 'ringer');
  assert.deepEqual(changedSectionIds(BEFORE, after).sort(), ['rutin', 'samverkan']);
});

test('re-wrapped lines and emphasis are no change, as for the review of steps', () => {
  const after = BEFORE.replace('Insluss är ett samverkansarbete.', 'Insluss är ett\n*samverkansarbete*.');
  assert.deepEqual(changedSectionIds(BEFORE, after), []);
});

test('a section added or removed counts as changed', () => {
  const added = `${BEFORE}\n### Uppföljning\n\nNytt avsnitt.\n`;
  assert.deepEqual(changedSectionIds(BEFORE, added).sort(), ['rutin', 'uppfoljning']);
  assert.deepEqual(changedSectionIds(added, BEFORE).sort(), ['rutin', 'uppfoljning']);
});

test('the steps that cite a changed section of that routine, in the order given', () => {
  const steps = [
    { id: 'a', kallor: [{ dokument: 'nordost', avsnitt: 'bakgrund' }] },
    { id: 'b', kallor: [{ dokument: 'goteborgs-stad', avsnitt: 'samverkan' }] },
    { id: 'c', kallor: [{ dokument: 'goteborgs-stad', avsnitt: 'malgrupp' }, { dokument: 'nordost', avsnitt: 'samverkan' }] },
  ];
  assert.deepEqual(stepsCiting(steps, 'nordost', ['samverkan', 'rutin']), ['c']);
  assert.deepEqual(stepsCiting(steps, 'nordost', []), []);
});
