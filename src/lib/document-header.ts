/** The header fields of a routine, as the content schema delivers them. */
export interface RoutineHeader {
  title: string;
  dokumentsort: string;
  beslutadAv: string;
  gallerFor: string;
  diarienummer: string | null;
  beslut: Array<{ datum: string; av?: string | undefined }>;
  giltighetstid: string;
  senastReviderad: string;
  dokumentansvarig: string;
  bilagor?: string | null | undefined;
  /** The document owner's own date for the next review; not a field of the document. */
  nastaOversyn?: string | undefined;
}

export interface HeaderRow {
  term: string;
  /** One line each; most fields have one. */
  values: string[];
  /** The document left this field unfilled. */
  missing?: boolean;
}

export const MISSING_IN_SOURCE = 'Saknas i källdokumentet';

/**
 * The document header as label/value rows, with the labels the documents
 * themselves use, in their order. A field the document has but left as a
 * template placeholder reads "Saknas i källdokumentet"; a field the document
 * does not have at all (bilagor in the Nordost routine) is left out.
 */
export function documentHeaderRows(header: RoutineHeader): HeaderRow[] {
  const rows: HeaderRow[] = [
    { term: 'Dokumentnamn', values: [header.title] },
    { term: 'Dokumentsort', values: [header.dokumentsort] },
    { term: 'Beslutad av', values: [header.beslutadAv] },
    { term: 'Gäller för', values: [header.gallerFor] },
    optional('Diarienummer', header.diarienummer),
    {
      term: 'Datum och paragraf för beslutet',
      values: header.beslut.map(({ datum, av }) => (av ? `${datum} ${av}` : datum)),
    },
    { term: 'Giltighetstid', values: [header.giltighetstid] },
    { term: 'Senast reviderad', values: [header.senastReviderad] },
    { term: 'Dokumentansvarig', values: [header.dokumentansvarig] },
  ];
  if (header.bilagor !== undefined) rows.push(optional('Bilagor', header.bilagor));
  // After the document's own fields: the owner's date, where the owner has set one.
  if (header.nastaOversyn) rows.push({ term: 'Nästa översyn', values: [header.nastaOversyn] });
  return rows;
}

function optional(term: string, value: string | null): HeaderRow {
  return value === null ? { term, values: [MISSING_IN_SOURCE], missing: true } : { term, values: [value] };
}
