import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontmatter, readYaml } from './yaml.ts';

test('a date stays the text it was written as, even one that does not exist', () => {
  const read = readYaml('datum: 2023-02-30\nannat: 2024-03-13\n', 'x.yaml');
  assert.deepEqual(read, { ok: true, value: { datum: '2023-02-30', annat: '2024-03-13' } });
});

test('a YAML mistake names the file and the line, in Swedish', () => {
  const read = readYaml('a: 1\n  b: 2\nc: [\n', 'content/webbplats.yaml');
  assert.equal(read.ok, false);
  if (read.ok) return;
  assert.equal(read.problem.file, 'content/webbplats.yaml');
  assert.equal(typeof read.problem.line, 'number');
  assert.match(read.problem.message, /^filen går inte att läsa\. Kontrollera indragen/);
});

test('frontmatter is read with its lines counted in the whole file', () => {
  const source = '---\ntitle: x\nsenastReviderad: 2023-02-30\n---\n\nText\n';
  assert.deepEqual(readFrontmatter(source, 'a.mdx'), { ok: true, value: { title: 'x', senastReviderad: '2023-02-30' } });
  const broken = readFrontmatter('---\ntitle: x\n  fel: [\n---\n', 'a.mdx');
  assert.equal(broken.ok, false);
  if (!broken.ok) {
    assert.ok(broken.problem.line! >= 2 && broken.problem.line! <= 4, `line ${broken.problem.line}`);
    assert.match(broken.problem.message, /dokumentuppgifterna överst i filen/);
  }
});

test('a file without frontmatter has no fields', () => {
  assert.deepEqual(readFrontmatter('Bara text.\n', 'a.mdx'), { ok: true, value: {} });
});
