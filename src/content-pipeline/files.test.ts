import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from './problems.ts';
import { isHidden, kindOf, unreadFiles, withChanges, type ContentFiles } from './files.ts';

const known = [
  'content/README.md',
  'content/kontakter.yaml',
  'content/ordlista.yaml',
  'content/webbplats.yaml',
  'content/process/roller.yaml',
  'content/process/faser.yaml',
  'content/process/steg.yaml',
  'content/process/fragor.yaml',
  'content/process/granskning.yaml',
  'content/rutiner/nordost.mdx',
  'content/rutiner/nordost/2023-09-26.mdx',
  'content/sidor/tillganglighet.mdx',
];

test('every kind of file the site reads is known', () => {
  for (const file of known) assert.ok(kindOf(file), file);
  assert.deepEqual(unreadFiles(known), []);
});

test('a file beside the one the site reads is named, with the file meant and what to do', () => {
  const [problem] = unreadFiles([...known, 'content/process/steg.yml']);
  assert.equal(
    formatProblem(problem!),
    'content/process/steg.yml: webbplatsen läser inte filen, så inget av det som står i den syns. I content/process/ läser webbplatsen: roller.yaml (rollerna), faser.yaml (faserna), steg.yaml (stegen), fragor.yaml (guidens frågor), granskning.yaml (granskningen av stegen, som npm run granska skriver). Ändringarna ska stå i steg.yaml: för över dem dit och ta bort steg.yml.',
  );
});

test('a routine saved as text is named, with the files the site reads in its folder', () => {
  const [problem] = unreadFiles([...known, 'content/rutiner/goteborgs-stad.txt']);
  assert.match(problem!.message, /I content\/rutiner\/ läser webbplatsen: <rutin>\.mdx \(en rutin\), <rutin>\/beslutat-dokument\.pdf \(rutinens beslutade dokument \(eller dess text, \.txt\)\), <rutin>\/<datum>\.mdx \(en tidigare version av en rutin\)\. Byt namn på filen/);
});

test('a file in a folder the site does not read says so', () => {
  const [problem] = unreadFiles([...known, 'content/bilder/logga.png', 'content/sidor/om.mdx']);
  assert.match(problem!.message, /Webbplatsen läser inga filer i content\/bilder\/\. Flytta filen dit den hör hemma/);
  assert.equal(unreadFiles([...known, 'content/sidor/om.mdx'])[0]!.file, 'content/sidor/om.mdx');
});

test('changes: a file edited, one added, one removed; the rest as on disk', () => {
  const disk: ContentFiles = { list: () => ['content/a.yaml', 'content/b.yaml'], read: (file) => (file === 'content/a.yaml' ? 'a: 1' : file === 'content/b.yaml' ? 'b: 1' : undefined) };
  const changed = withChanges(disk, { 'content/a.yaml': (text) => `${text}\nc: 2`, 'content/c.yaml': 'c: 1', 'content/b.yaml': null });
  assert.deepEqual(changed.list(), ['content/a.yaml', 'content/c.yaml']);
  assert.equal(changed.read('content/a.yaml'), 'a: 1\nc: 2');
  assert.equal(changed.read('content/b.yaml'), undefined);
  assert.equal(changed.read('content/c.yaml'), 'c: 1');
});

test('hidden files and folders are no content', () => {
  assert.ok(isHidden('content/.DS_Store'));
  assert.ok(isHidden('content/process/.steg.yaml.swp'));
  assert.ok(isHidden('content/.git/config'));
  assert.ok(!isHidden('content/process/steg.yaml'));
});
