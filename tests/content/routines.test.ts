import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replaceLine, syncWith } from './build-with.ts';

const NORDOST = 'content/rutiner/nordost.mdx';

/** Broken frontmatter, and what the message must name besides the file and the entry. */
const cases: Array<{ name: string; file: string; edit: (text: string) => string; says: RegExp[] }> = [
  {
    name: 'a missing field',
    file: NORDOST,
    edit: replaceLine('dokumentsort:', ''),
    says: [/dokumentsort: Fyll i dokumentsort\./],
  },
  {
    name: 'a date not written as YYYY-MM-DD',
    file: NORDOST,
    edit: replaceLine('senastReviderad:', 'senastReviderad: 26 september 2023'),
    says: [/senastReviderad: Skriv datumet som ÅÅÅÅ-MM-DD/],
  },
  {
    name: 'a misspelt field name',
    file: NORDOST,
    edit: replaceLine('giltighetstid:', 'giltighetstd: Tills vidare'),
    says: [/Okänt fält "giltighetstd"/, /giltighetstid: Fyll i giltighetstid\./],
  },
  {
    name: 'a supplemented routine that does not exist',
    file: NORDOST,
    edit: replaceLine('kompletterar:', 'kompletterar: goteborg'),
    says: [/kompletterar: Det finns ingen rutin som heter "goteborg"\. Skriv en av: goteborgs-stad, nordost\./],
  },
  {
    name: 'an e-mail address that is not one',
    file: 'content/sidor/tillganglighet.mdx',
    edit: replaceLine('kontaktEpost:', 'kontaktEpost: synpunkter på goteborg.se'),
    says: [/kontaktEpost: Skriv en e-postadress/],
  },
];

for (const { name, file, edit, says } of cases) {
  test(`${name} stops the build with a message naming file, entry and field`, () => {
    const { ok, output } = syncWith({ [file]: edit });
    assert.equal(ok, false, 'the build should have failed');
    const entry = file.split('/').at(-1)!.replace('.mdx', '');
    assert.match(output, new RegExp(file.replace(/\./g, '\\.')), 'names the file');
    assert.match(output, new RegExp(`→ ${entry}`), 'names the entry');
    for (const pattern of says) assert.match(output, pattern);
  });
}

test('the content as it is passes', () => {
  const { ok, output } = syncWith({ [NORDOST]: (text) => `${text}\n` });
  assert.equal(ok, true, output);
});
