import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markupProblem, markupProblems } from './markup.ts';

const refused: Array<[string, RegExp]> = [
  ['Informera <script>alert(1)</script>', /^"<script>" är en HTML-tagg/],
  ['<img src=x onerror=alert(1)>', /^"<img src=x onerror=alert\(1\)>" är en HTML-tagg/],
  ['Se </p> här', /^"<\/p>" är en HTML-tagg/],
  ['<!-- dold -->', /^"<!--" är en HTML-tagg/],
  // A browser reads a tag here too.
  ['a<b', /^"<b" är en HTML-tagg/],
  ['Läs JavaScript:alert(1)', /^"JavaScript:" är början på en länk som kör kod/],
  ['vbscript :x', /^"vbscript :" är början/],
  ['Ring onclick = "x"', /^"onclick =" är ett HTML-attribut som kör kod/],
];
for (const [text, message] of refused) {
  test(`refused as code: ${text}`, () => assert.match(markupProblem(text) ?? '', message));
}

const plain = ['Socialförvaltningen Nordost', 'mindre än 18 år (< 18)', 'Pågår 3 < 4 månader', 'javascript är ett språk', 'onsdag: 08:00-12:00', 'E-post: namn@goteborg.se', '1 > 0'];
for (const text of plain) {
  test(`plain text: ${text}`, () => assert.equal(markupProblem(text), null));
}

test('every text of an entry is looked at, and named by its field as the owner counts', () => {
  const problems = markupProblems(
    { id: 'x', titel: 'Ok', alternativ: [{ text: 'Ja' }, { text: '<b>Nej</b>' }], tid: { text: 'javascript:1' }, ordning: 1 },
    { file: 'content/process/fragor.yaml', entry: 'x' },
  );
  assert.deepEqual(
    problems.map((problem) => problem.field),
    ['alternativ[2].text', 'tid.text'],
  );
  assert.ok(problems.every((problem) => problem.file === 'content/process/fragor.yaml' && problem.entry === 'x'));
});
