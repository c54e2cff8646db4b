import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentHeaderRows, MISSING_IN_SOURCE, type RoutineHeader } from './document-header.ts';

const header: RoutineHeader = {
  title: 'Lokal rutin Insluss',
  dokumentsort: 'Rutin',
  beslutadAv: 'Respektive ledningsgrupp',
  gallerFor: 'Vuxna och försörjningsstöd Nordost',
  diarienummer: null,
  beslut: [
    { datum: '2023-01-10', av: 'FFS Nordost' },
    { datum: '2023-01-11', av: 'Social Nordost' },
  ],
  giltighetstid: 'Tills vidare',
  senastReviderad: '2023-09-26',
  dokumentansvarig: 'Verksamhetsutvecklare',
};

const row = (rows: ReturnType<typeof documentHeaderRows>, term: string) => rows.find((r) => r.term === term);

test('an unfilled field says it is missing in the source', () => {
  assert.deepEqual(row(documentHeaderRows(header), 'Diarienummer'), {
    term: 'Diarienummer',
    values: [MISSING_IN_SOURCE],
    missing: true,
  });
});

test('each decision is a line with its date and who decided', () => {
  assert.deepEqual(row(documentHeaderRows(header), 'Datum och paragraf för beslutet')?.values, [
    '2023-01-10 FFS Nordost',
    '2023-01-11 Social Nordost',
  ]);
});

test('a decision without a named decider shows the date alone', () => {
  const rows = documentHeaderRows({ ...header, beslut: [{ datum: '2022-05-19' }] });
  assert.deepEqual(row(rows, 'Datum och paragraf för beslutet')?.values, ['2022-05-19']);
});

test('bilagor appears only when the document has the field', () => {
  assert.equal(row(documentHeaderRows(header), 'Bilagor'), undefined);
  assert.deepEqual(row(documentHeaderRows({ ...header, bilagor: null }), 'Bilagor')?.values, [MISSING_IN_SOURCE]);
  assert.deepEqual(row(documentHeaderRows({ ...header, bilagor: 'Bilaga 1' }), 'Bilagor')?.values, ['Bilaga 1']);
});

test('the rows follow the order of the documents', () => {
  assert.deepEqual(
    documentHeaderRows({ ...header, bilagor: null }).map((r) => r.term),
    [
      'Dokumentnamn',
      'Dokumentsort',
      'Beslutad av',
      'Gäller för',
      'Diarienummer',
      'Datum och paragraf för beslutet',
      'Giltighetstid',
      'Senast reviderad',
      'Dokumentansvarig',
      'Bilagor',
    ],
  );
});

test("the owner's date of the next review comes last, only where it is set", () => {
  assert.ok(!documentHeaderRows(header).some((row) => row.term === 'Nästa översyn'));
  assert.deepEqual(documentHeaderRows({ ...header, nastaOversyn: '2026-03-13' }).at(-1), { term: 'Nästa översyn', values: ['2026-03-13'] });
});
