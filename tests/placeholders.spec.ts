import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './content/project';
import { FIXTURE } from './content/revision-fixture';
import { requireBuild } from './support/fixture-site';
import { htmlFiles } from './support/site';

/**
 * No page shows a placeholder for something nobody filled in ("[Att fylla
 * i …]", "[Nummer]"): a field left empty in the content reads "Saknas i
 * källdokumentet", and the accessibility statement names the document
 * owners until content/webbplats.yaml has a feedback address.
 */
function placeholdersIn(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    // A tag, its quoted attribute values included (the fallback's Mermaid source holds both '>' and '[…]').
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/&#91;|&lbrack;/g, '[')
    .replace(/&#93;|&rbrack;/g, ']');
  return text.match(/\[[^\]\n]*[A-Za-zÅÄÖåäö][^\]\n]*\]/g) ?? [];
}

for (const file of htmlFiles('dist')) {
  test(`${file} shows no bracketed placeholder`, () => {
    expect(placeholdersIn(file)).toEqual([]);
  });
}

// An earlier version and what changed exist only where a routine keeps an
// earlier text: in the build of the revision fixture, whose settings are
// filled in too.
test('the build with two revisions (dist-versioner/) shows no bracketed placeholder, on its version and comparison pages too', () => {
  requireBuild(FIXTURE.dist, 'tests/content/revisions.test.ts');
  const files = htmlFiles(FIXTURE.dist);
  for (const path of [`rutiner/${FIXTURE.routine}/${FIXTURE.earlier}/`, `rutiner/${FIXTURE.routine}/andringar/${FIXTURE.current}/`]) {
    expect(files).toContain(join(FIXTURE.dist, path, 'index.html'));
  }
  const found = files.map((file) => [relative(ROOT, file), placeholdersIn(file)] as const).filter(([, hits]) => hits.length > 0);
  expect(Object.fromEntries(found)).toEqual({});
});
