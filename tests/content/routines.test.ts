import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, replaceLine } from './project.ts';

const NORDOST = 'content/rutiner/nordost.mdx';

/** Broken frontmatter, and what the message must say, naming the file, the entry and the field. */
const cases: Array<{ name: string; file: string; edit: (text: string) => string; says: RegExp[] }> = [
  {
    name: 'a missing field',
    file: NORDOST,
    edit: replaceLine('dokumentsort:', ''),
    says: [/content\/rutiner\/nordost\.mdx → nordost, fältet dokumentsort: Fyll i dokumentsort\./],
  },
  {
    name: 'a misspelt field name',
    file: NORDOST,
    edit: replaceLine('giltighetstid:', 'giltighetstd: Tills vidare'),
    says: [/content\/rutiner\/nordost\.mdx → nordost: Okänt fält "giltighetstd"/, /nordost, fältet giltighetstid: Fyll i giltighetstid\./],
  },
  {
    name: 'a supplemented routine that does not exist',
    file: NORDOST,
    edit: replaceLine('kompletterar:', 'kompletterar: goteborg'),
    says: [/content\/rutiner\/nordost\.mdx → nordost, fältet kompletterar: Det finns ingen rutin som heter "goteborg"\. Skriv en av: goteborgs-stad, nordost\./],
  },
  {
    name: 'a decision date that does not exist, counted from 1 in its list',
    file: NORDOST,
    edit: replaceLine('  - datum: 2023-01-11', '  - datum: 2023-01-32'),
    says: [/content\/rutiner\/nordost\.mdx → nordost, fältet beslut\[2\]\.datum: 2023-01-32 finns inte: januari 2023 har 31 dagar\./],
  },
  {
    name: 'a feedback address that is not one',
    file: 'content/webbplats.yaml',
    edit: replaceLine('tillganglighetEpost:', 'tillganglighetEpost: synpunkter på goteborg.se'),
    says: [/content\/webbplats\.yaml, fältet tillganglighetEpost: Skriv en e-postadress/],
  },
  {
    name: 'a document owner’s address that is not one',
    file: 'content/webbplats.yaml',
    edit: replaceLine('dokumentansvarigEpost:', 'dokumentansvarigEpost: insluss på goteborg.se'),
    says: [/content\/webbplats\.yaml, fältet dokumentansvarigEpost: Skriv en e-postadress/],
  },
  {
    name: 'an intranet link that is not an address',
    file: 'content/webbplats.yaml',
    edit: replaceLine('intranat:', 'intranat:\n  adress: intranätet'),
    says: [/content\/webbplats\.yaml, fältet intranat\.adress: Skriv intranätets adress/],
  },
];

for (const { name, file, edit, says } of cases) {
  test(`${name} is refused with a message naming file, entry and field`, () => {
    const { errors, output } = checkWith({ [file]: edit });
    assert.ok(errors.length > 0, 'the content should have been refused');
    for (const pattern of says) assert.match(output, pattern);
  });
}

test('the content as it is passes', () => {
  const { errors, output } = checkWith({ [NORDOST]: (text) => `${text}\n` });
  assert.deepEqual(errors, [], output);
});

test('with the addresses left empty, the content passes with a reminder of each', () => {
  // YAML's null, as an owner leaves a field empty: a change of the file whatever content/ has there.
  const empty = (field: string) => replaceLine(`${field}:`, `${field}: null`);
  const { errors, output } = checkWith({ 'content/webbplats.yaml': (text) => empty('tillganglighetEpost')(empty('dokumentansvarigEpost')(text)) });
  assert.deepEqual(errors, [], output);
  assert.match(output, /content\/webbplats\.yaml, fältet tillganglighetEpost: adressen för synpunkter på tillgängligheten är inte ifylld\. Tillgänglighetsredogörelsen hänvisar till rutinernas dokumentansvariga/);
  assert.match(output, /content\/webbplats\.yaml, fältet dokumentansvarigEpost: adressen dit läsare skriver när de har hittat ett fel är inte ifylld\. Sidorna nämner rutinernas dokumentansvariga/);
});

test('earlier versions in a folder of no routine are named once, and one not named by its date is named', () => {
  const { errors } = checkWith(
    {},
    { 'content/rutiner/nordst/2023-09-26.mdx': '---\n---\n', 'content/rutiner/nordst/2023-09-27.mdx': '---\n---\n', 'content/rutiner/nordost/gammal.mdx': '---\n---\n' },
  );
  const stray = errors.filter((error) => error.startsWith('content/rutiner/nordst/'));
  assert.equal(stray.length, 1, errors.join('\n'));
  assert.match(stray[0]!, /^content\/rutiner\/nordst\/: mappen hör inte till någon rutin\. Tidigare versioner av en rutin ligger i en mapp med rutinens filnamn: .*content\/rutiner\/nordost\//);
  assert.ok(errors.includes('content/rutiner/nordost/gammal.mdx: en tidigare version ska heta som sitt datum, till exempel nordost/2023-09-26.mdx.'), errors.join('\n'));
});
