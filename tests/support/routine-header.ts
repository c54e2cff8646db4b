import { decidedFile, readDecided } from '../../src/content-pipeline/decided.ts';
import { filesOnDisk } from '../../src/content-pipeline/index.ts';
import type { RoutineHeader } from '../../src/content-pipeline/schemas.ts';
import { MISSING_IN_SOURCE } from '../../src/lib/document-header.ts';
import { siteContent } from './process.ts';

/**
 * A routine's document header as the owner wrote it in
 * content/rutiner/<id>.mdx, read by the same pipeline as the build (dates
 * stay the text written), so a test compares the page with the file and
 * never with a copy of its own.
 */
export function routineHeader(id: string): RoutineHeader {
  const routine = siteContent().routines.find((candidate) => candidate.id === id);
  if (!routine) throw new Error(`No routine content/rutiner/${id}.mdx`);
  return routine.data;
}

/**
 * The header's rows as the decided documents label them, in their order,
 * each with the value the frontmatter gives it (one line per decision). A
 * field the document left as a template placeholder (null) is said to be
 * missing; one the document does not have (bilagor, undefined) is no row.
 * `inDocument` says whether the decided document writes the value itself
 * (the owner's own date of the next review is not the document's).
 */
export function headerRows(id: string): Array<{ term: string; values: string[]; inDocument: boolean }> {
  const header = routineHeader(id);
  const field = (term: string, value: string | null | undefined) =>
    value === undefined ? [] : [{ term, values: [value ?? MISSING_IN_SOURCE], inDocument: value !== null }];
  return [
    ...field('Dokumentnamn', header.title),
    ...field('Dokumentsort', header.dokumentsort),
    ...field('Beslutad av', header.beslutadAv),
    ...field('Gäller för', header.gallerFor),
    ...field('Diarienummer', header.diarienummer),
    { term: 'Datum och paragraf för beslutet', values: header.beslut.map(({ datum, av }) => (av ? `${datum} ${av}` : datum)), inDocument: true },
    ...field('Giltighetstid', header.giltighetstid),
    ...field('Senast reviderad', header.senastReviderad),
    ...field('Dokumentansvarig', header.dokumentansvarig),
    ...field('Bilagor', header.bilagor),
    ...(header.nastaOversyn ? [{ term: 'Nästa översyn', values: [header.nastaOversyn], inDocument: false }] : []),
  ];
}

// INSLUSS_CONTENT_ROOT: the owner's revision (tests/support/process.ts).
const ROOT = process.env.INSLUSS_CONTENT_ROOT ?? new URL('../../', import.meta.url).pathname;

/**
 * The routine's decided document (content/rutiner/<id>/beslutat-dokument.*)
 * as one line of words, as the content check reads it: Markdown's bold
 * marks and line breaks aside, so "Senast reviderad:\n2023-09-26" and a
 * value broken over lines read as written.
 */
export function decidedWords(id: string): string {
  const files = filesOnDisk(ROOT);
  const file = decidedFile(files.list(), id);
  if (!file) throw new Error(`content/rutiner/${id}/ has no decided document`);
  const read = readDecided(files, file);
  if ('problem' in read) throw new Error(read.problem.message);
  return read.text.replace(/\*+/g, '').replace(/\s+/g, ' ');
}
