import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatProblem } from './checks/problems.ts';
import { ROUTINE_LINKS, routineLinkPath, routineLinkProblems, type RoutineSource } from './routine-links.ts';

const routine = (id: string): RoutineSource => ({ id, file: `content/rutiner/${id}.mdx`, body: readFileSync(`content/rutiner/${id}.mdx`, 'utf8') });
const routines = [routine('goteborgs-stad'), routine('nordost')];

test('every link of the site into the routines leads to a heading, and every quote stands there', () => {
  assert.deepEqual(routineLinkProblems(routines), []);
});

test('a renamed heading names the routine file, the anchor and the page that links to it', () => {
  const renamed = routines.map((r) => (r.id === 'nordost' ? { ...r, body: r.body.replace('## Kontaktuppgifter', '## Kontakter') } : r));
  const [problem, ...rest] = routineLinkProblems(renamed).map(formatProblem);
  assert.deepEqual(rest, []);
  assert.match(
    problem!,
    /^content\/rutiner\/nordost\.mdx → nordost, i texten: sidan \/kontakter\/ länkar till avsnittet #kontaktuppgifter, men rutinen har ingen rubrik med den adressen\. Har rubriken bytt namn\? Rubrikerna har adresserna: .*kontakter.*src\/lib\/routine-links\.ts\.$/,
  );
});

test('a revised sentence that the start page quotes is reported', () => {
  const revised = routines.map((r) => (r.id === 'goteborgs-stad' ? { ...r, body: r.body.replace('samordnas tidigt', 'samordnas') } : r));
  assert.match(routineLinkProblems(revised).map(formatProblem).join('\n'), /sidan \/ citerar meningen "Modellen innebär .*" ur avsnittet "Bakgrund", men den står inte längre där/);
});

test('a link leads to the routine page and the section', () => {
  assert.equal(routineLinkPath(ROUTINE_LINKS.contactsSource), '/rutiner/nordost/#kontaktuppgifter');
});
