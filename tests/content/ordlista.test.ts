import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readContent } from '../../src/content-pipeline/index.ts';
import { checkWith, escapeRegExp, oneWordChanged, replaceInEntry } from './project.ts';

const FILE = 'content/ordlista.yaml';

// Today's glossary, so that each edit breaks what the owner has written there now.
const written = readFileSync(FILE, 'utf8');
const { glossary } = readContent();
const quoted = glossary.find((entry) => entry.forklaring.some((source) => written.includes(`citat: ${source.citat}\n`)))!;
const quoteIndex = quoted.forklaring.findIndex((source) => written.includes(`citat: ${source.citat}\n`));
const quote = quoted.forklaring[quoteIndex]!;
const expanded = glossary.find((entry) => entry.utskrivning && entry !== quoted && written.includes(`utskrivning: ${entry.utskrivning}\n`))!;
const wrongExpansion = `${expanded.utskrivning} påhittad`;

test('a misspelt field in the glossary is refused, naming file, entry and field', () => {
  const { errors, output } = checkWith({ [FILE]: replaceInEntry(expanded.id, '  utskrivning:', '  utskrivnig:') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, new RegExp(`content/ordlista\\.yaml → ${expanded.id}: Okänt fält "utskrivnig"`));
});

test('a quote or an expansion the routines do not have is refused with one line each', () => {
  const { errors, output } = checkWith({
    [FILE]: (text) =>
      replaceInEntry(expanded.id, `utskrivning: ${expanded.utskrivning}\n`, `utskrivning: ${wrongExpansion}\n`)(
        replaceInEntry(quoted.id, `citat: ${quote.citat}\n`, `citat: ${oneWordChanged(quote.citat).changed}\n`)(text),
      ),
  });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.equal(errors.length, 2, output);
  assert.match(output, new RegExp(`content/ordlista\\.yaml → ${quoted.id}, fältet forklaring\\[${quoteIndex + 1}\\]\\.citat: citatet står inte ordagrant i rutinen "${quote.dokument}"`));
  assert.match(output, new RegExp(`content/ordlista\\.yaml → ${expanded.id}, fältet utskrivning: "${escapeRegExp(wrongExpansion)}" står inte i något avsnitt av rutinerna tillsammans med termen`));
});
