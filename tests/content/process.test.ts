import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syncWith } from './build-with.ts';

const STEPS = 'content/process/steg.yaml';

/** Replaces the first occurrence of `from` in the file's text. */
const replace = (from: string, to: string) => (text: string) => text.replace(from, to);

test('a step without a source stops the build, naming file, entry and field', () => {
  const { ok, output } = syncWith({
    [STEPS]: replace(
      '  kallor:\n    - dokument: goteborgs-stad\n      avsnitt: inkluss-modellen\n      citat: Om en frihetsberövad person',
      '  kalla:\n    - dokument: goteborgs-stad\n      avsnitt: inkluss-modellen\n      citat: Om en frihetsberövad person',
    ),
  });
  assert.equal(ok, false);
  assert.match(output, /steg → informera-och-hanvisa/);
  assert.match(output, /content\/process\/steg\.yaml/);
  assert.match(output, /Okänt fält "kalla"/);
  assert.match(output, /kallor: /);
});

test('an unknown role and a quote not in the routine stop the build with one line each', () => {
  const { ok, output } = syncWith(
    {
      [STEPS]: (text) =>
        text
          .replace('  roller: [kontaktperson-anstalt]', '  roller: [kontaktperson]')
          .replace('citat: Ett nybesök genomförs senast cirka två veckor före frigivning.', 'citat: Ett nybesök genomförs senast två veckor före frigivning.'),
    },
    'build',
  );
  assert.equal(ok, false);
  assert.match(output, /Processmodellen har 2 fel/);
  assert.match(output, /content\/process\/steg\.yaml, "kontakt-via-anstalten", fältet roller: rollen "kontaktperson" finns inte/);
  assert.match(output, /content\/process\/steg\.yaml, "nybesok", fältet kallor\[1\]\.citat: citatet finns inte ordagrant i rutinen "nordost"/);
});
