import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '../../content-pipeline/problems.ts';
import { comparisons, revisionHistory, versionProblems, versionsOf, type VersionHeader } from './history.ts';

/** Nordost's header as published: two decisions, one revision. */
const NORDOST: VersionHeader = {
  beslutadAv: 'Respektive ledningsgrupp inom socialförvaltning Nordost och FFS Nordost',
  beslut: [
    { datum: '2023-01-10', av: 'FFS Nordost' },
    { datum: '2023-01-11', av: 'Social Nordost' },
  ],
  senastReviderad: '2023-09-26',
};
const CITY: VersionHeader = { beslutadAv: 'AC-nätverket vuxen och försörjningsstöd', beslut: [{ datum: '2022-05-19' }], senastReviderad: '2024-03-13' };
const REVISED: VersionHeader = { ...NORDOST, senastReviderad: '2024-05-02', andringar: 'Syftet förtydligat.' };

test('with one version, the history is the header’s dates, and only the current text is on the site', () => {
  assert.deepEqual(revisionHistory(versionsOf(NORDOST, [])), [
    { date: '2023-09-26', event: 'reviderad', by: undefined, summary: undefined, text: 'current', comparedWith: undefined },
    { date: '2023-01-11', event: 'beslutad', by: 'Social Nordost', text: 'not-published' },
    { date: '2023-01-10', event: 'beslutad', by: 'FFS Nordost', text: 'not-published' },
  ]);
  assert.deepEqual(
    revisionHistory(versionsOf(CITY, [])).map((e) => [e.date, e.event, e.by, e.text]),
    [
      ['2024-03-13', 'reviderad', undefined, 'current'],
      ['2022-05-19', 'beslutad', 'AC-nätverket vuxen och försörjningsstöd', 'not-published'],
    ],
  );
});

test('a kept earlier version is published and compared with the next', () => {
  const versions = versionsOf(REVISED, [{ date: '2023-09-26', header: NORDOST }]);
  assert.deepEqual(versions.map((v) => [v.date, v.current]), [['2023-09-26', false], ['2024-05-02', true]]);
  assert.deepEqual(comparisons(versions).map((c) => [c.from.date, c.to.date]), [['2023-09-26', '2024-05-02']]);
  assert.deepEqual(
    revisionHistory(versions).map((e) => [e.date, e.text, e.summary, e.comparedWith]),
    [
      ['2024-05-02', 'current', 'Syftet förtydligat.', '2023-09-26'],
      ['2023-09-26', 'published', undefined, undefined],
      ['2023-01-11', 'not-published', undefined, undefined],
      ['2023-01-10', 'not-published', undefined, undefined],
    ],
  );
});

test('a first version named by its decision date is a decision', () => {
  const original = { ...NORDOST, senastReviderad: '2023-01-11' };
  const history = revisionHistory(versionsOf({ ...NORDOST, andringar: 'Reviderad.' }, [{ date: '2023-01-11', header: original }]));
  assert.deepEqual(history.map((e) => [e.date, e.event, e.text]), [
    ['2023-09-26', 'reviderad', 'current'],
    ['2023-01-11', 'beslutad', 'published'],
    ['2023-01-10', 'beslutad', 'not-published'],
  ]);
});

const earlier = (date: string, header: VersionHeader) => ({ file: `content/rutiner/nordost/${date}.mdx`, date, header });

test('versions in order, each revision with its summary, pass', () => {
  assert.deepEqual(versionProblems('nordost', 'content/rutiner/nordost.mdx', REVISED, [earlier('2023-09-26', NORDOST)]), []);
});

test('mistakes in versions name the file, the version and the field', () => {
  const problems = (current: VersionHeader, files: ReturnType<typeof earlier>[]) =>
    versionProblems('nordost', 'content/rutiner/nordost.mdx', current, files).map(formatProblem);
  assert.deepEqual(problems(REVISED, [earlier('2023-09-25', NORDOST)]), [
    'content/rutiner/nordost/2023-09-25.mdx → nordost/2023-09-25: filnamnet ska vara versionens datum: dess senastReviderad (2023-09-26), eller beslutsdatumet för den första versionen. Döp om filen till 2023-09-26.mdx.',
  ]);
  assert.deepEqual(problems({ ...NORDOST, andringar: 'x' }, [earlier('2023-09-26', NORDOST)]), [
    'content/rutiner/nordost.mdx → nordost, fältet senastReviderad: 2023-09-26 ska vara senare än den tidigare versionen 2023-09-26 (content/rutiner/nordost/2023-09-26.mdx). Ändra senastReviderad till dagen då den nya versionen gäller från.',
  ]);
  assert.deepEqual(problems({ ...REVISED, andringar: undefined }, [earlier('2023-09-26', NORDOST)]), [
    'content/rutiner/nordost.mdx → nordost, fältet andringar: skriv kort vad som ändrades sedan versionen 2023-09-26, till exempel "Nytt avsnitt om SIP; telefonnummer till Vuxen Mottag ändrat."',
  ]);
});
