import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tocTree } from './toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

test('sub-sections sit under their section', () => {
  assert.deepEqual(tocTree([h(2, 'Inledning'), h(3, 'Bakgrund'), h(2, 'Rutin'), h(3, 'Målgrupp')]), [
    { slug: 'inledning', text: 'Inledning', children: [{ slug: 'bakgrund', text: 'Bakgrund', children: [] }] },
    { slug: 'rutin', text: 'Rutin', children: [{ slug: 'målgrupp', text: 'Målgrupp', children: [] }] },
  ]);
});

test('an h3 before any h2 is kept at the top level', () => {
  assert.deepEqual(tocTree([h(3, 'A'), h(2, 'B')]).map((entry) => entry.text), ['A', 'B']);
});

test('h1 and h4 are left out', () => {
  assert.deepEqual(tocTree([h(1, 'Titel'), h(2, 'A'), h(4, 'Detalj')]), [{ slug: 'a', text: 'A', children: [] }]);
});
