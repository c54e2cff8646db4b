import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldPath, formatProblem, swedishIssue } from './problems.ts';

test('a field in a list is counted from 1', () => {
  assert.equal(fieldPath(['telefon', 0]), 'telefon[1]');
  assert.equal(fieldPath(['linjer', 1, 'id']), 'linjer[2].id');
  assert.equal(fieldPath(['oppettider', 'tisdag']), 'oppettider.tisdag');
  assert.equal(fieldPath([]), undefined);
});

const problems: Array<[Parameters<typeof formatProblem>[0], string]> = [
  [
    { file: 'content/rutiner/nordost.mdx', entry: 'nordost', field: 'senastReviderad', message: 'Fyll i ett datum.' },
    'content/rutiner/nordost.mdx → nordost, fältet senastReviderad: Fyll i ett datum.',
  ],
  [
    { file: 'content/rutiner/nordost.mdx', line: 37, entry: 'nordost', inText: true, message: '<script> kan inte användas.' },
    'content/rutiner/nordost.mdx, rad 37 → nordost, i texten: <script> kan inte användas.',
  ],
  [{ file: 'content/webbplats.yaml', line: 3, message: 'filen går inte att läsa.' }, 'content/webbplats.yaml, rad 3: filen går inte att läsa.'],
  [{ file: 'content/webbplats.yaml', message: 'filen saknas.' }, 'content/webbplats.yaml: filen saknas.'],
];

for (const [problem, expected] of problems) {
  test(`formats ${expected.slice(0, 40)}…`, () => assert.equal(formatProblem(problem), expected));
}

test('zod’s own messages get Swedish words', () => {
  assert.equal(swedishIssue({ code: 'invalid_type', expected: 'string', input: undefined }), 'Fältet saknas eller är tomt. Fyll i det.');
  assert.equal(swedishIssue({ code: 'invalid_type', expected: 'array', input: 'x' }), 'Skriv en lista, till exempel [a, b] här.');
  assert.equal(swedishIssue({ code: 'invalid_value', values: ['stad', 'nordost'] }), 'Skriv en av: stad, nordost.');
  assert.equal(swedishIssue({ code: 'too_small', origin: 'array', minimum: 1 }), 'Listan behöver minst 1 post.');
});
