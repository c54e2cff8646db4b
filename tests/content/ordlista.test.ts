import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith } from './project.ts';

const FILE = 'content/ordlista.yaml';

/** Replaces one exact passage of the glossary file. */
const change = (from: string, to: string) => (text: string) => text.replace(from, to);

test('a misspelt field in the glossary is refused, naming file, entry and field', () => {
  const { errors, output } = checkWith({ [FILE]: change('  term: SIG\n  utskrivning: social insatsgrupp', '  term: SIG\n  utskrivnig: social insatsgrupp') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, /content\/ordlista\.yaml → sig: Okänt fält "utskrivnig"/);
});

test('a quote or an expansion the routines do not have is refused with one line each', () => {
  const { errors, output } = checkWith(
    {
      [FILE]: (text) =>
        change('kan SIG (social insatsgrupp) vara en hjälpsam insats', 'kan SIG (social insatsgrupp) vara en bra insats')(text).replace(
          'utskrivning: samordnad plan',
          'utskrivning: samordnad vårdplan',
        ),
    },
  );
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.equal(errors.length, 2, output);
  assert.match(output, /content\/ordlista\.yaml → sig, fältet forklaring\[1\]\.citat: citatet står inte ordagrant i rutinen "goteborgs-stad"/);
  assert.match(output, /content\/ordlista\.yaml → sp, fältet utskrivning: "samordnad vårdplan" står inte i något avsnitt av rutinerna tillsammans med termen/);
});
