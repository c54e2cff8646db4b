import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagramCache, diagramKey, drawingContext } from './diagram-cache.ts';

const SOURCE = 'flowchart TD\n  a --> b';

test('a chart drawn once is found again by its text, in the same context only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  try {
    const cache = diagramCache('context A', dir, {})!;
    assert.equal(cache.get(SOURCE), undefined);
    cache.set(SOURCE, '<svg>a</svg>');
    assert.equal(cache.get(SOURCE), '<svg>a</svg>');
    assert.equal(cache.get(`${SOURCE}\n  b --> c`), undefined);
    assert.equal(diagramCache('context B', dir, {})!.get(SOURCE), undefined);
    // Written whole and renamed: no partial file is left behind.
    assert.deepEqual(readdirSync(dir).filter((name) => !name.endsWith('.svg')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('DIAGRAM_CACHE=0 draws every chart', () => {
  assert.equal(diagramCache('context', tmpdir(), { DIAGRAM_CACHE: '0' }), undefined);
});

test('the context changes with the settings and the browser, so a drawing is never reused across them', () => {
  const node = process.execPath;
  const context = drawingContext(node, { layout: 'elk' });
  assert.equal(drawingContext(node, { layout: 'elk' }), context);
  assert.notEqual(drawingContext(node, { layout: 'dagre' }), context);
  assert.notEqual(drawingContext('/bin/sh', { layout: 'elk' }), context);
  assert.notEqual(diagramKey(context, SOURCE), diagramKey(drawingContext(node, { layout: 'dagre' }), SOURCE));
});

test('a folder that cannot be written keeps nothing and stops nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  try {
    // A file where the folder would be: no folder can be made there.
    const blocked = join(dir, 'file');
    writeFileSync(blocked, '');
    const cache = diagramCache('context', blocked, {})!;
    assert.doesNotThrow(() => cache.set(SOURCE, '<svg/>'));
    assert.equal(cache.get(SOURCE), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
