import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inProjectCopy } from './build-with.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';

test('one word changed in a cited section stops the build naming the steps; npm run granska clears it', () => {
  inProjectCopy(
    // A sentence no step quotes, in the section that Nordost's försörjningsstöd steps cite.
    { 'content/rutiner/nordost.mdx': (text) => text.replace('En inkomst är av stor betydelse', 'En inkomst är av mycket stor betydelse') },
    (run) => {
      const first = run([ASTRO, 'build']);
      assert.equal(first.ok, false);
      assert.match(
        first.output,
        /content\/process\/steg\.yaml, "nybesok", fältet kallor\[1\]\.avsnitt: avsnittet ”Arbetsätt försörjningsstöd” i rutinen "nordost" har ändrats sedan steget granskades\. Läs avsnittet och kontrollera/,
      );
      assert.match(first.output, /Kör sedan: npm run granska -- nybesok/);
      // Steps citing only other sections are not named.
      assert.doesNotMatch(first.output, /"videosamtal"/);

      // What the owner runs: the list, then the command the build printed, after reading the steps.
      const list = run(['scripts/granska.ts']);
      assert.match(list.output, /nybesok {2}\(Nybesök på försörjningsstöd\)\n {6}avsnittet ”Arbetsätt försörjningsstöd” i rutinen "nordost": har ändrats/);
      const ids = /^ {2}npm run granska -- (.+)$/m.exec(first.output)?.[1]?.trim().split(/\s+/) ?? [];
      assert.ok(ids.includes('nybesok') && ids.includes('kontakt-ansvarig-vuxenenhet'), ids.join(' '));
      const recorded = run(['scripts/granska.ts', ...ids]);
      assert.equal(recorded.ok, true, recorded.output);
      assert.match(recorded.output, /Granskat: nybesok \(nordost#arbetsatt-forsorjningsstod\)/);

      const second = run([ASTRO, 'build']);
      assert.equal(second.ok, true, second.output);
    },
  );
});

test('npm run granska refuses a step that does not exist, in Swedish', () => {
  inProjectCopy({}, (run) => {
    const result = run(['scripts/granska.ts', 'nybesk']);
    assert.equal(result.ok, false);
    assert.match(result.output, /Det finns inget steg som heter "nybesk" i content\/process\/steg\.yaml\./);
  });
});
