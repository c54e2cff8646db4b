import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CASE_FACTS } from './lib/process/questions';

/**
 * A date written as in the documents, YYYY-MM-DD. YAML turns an unquoted
 * date into a Date; both forms are accepted and kept as the ISO text.
 */
const isoDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-13.'));

/**
 * A header field the document has but left unfilled (the template's
 * "[Nummer]"): leave it empty in the frontmatter and the page shows
 * "Saknas i källdokumentet".
 */
const unfilled = z.string().min(1).nullable();

/**
 * An object that rejects unknown fields, so a misspelt field name is
 * reported instead of silently ignored, in words a document owner reads.
 */
function fields<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Okänt fält ${issue.keys.map((key) => `"${key}"`).join(', ')}. Kontrollera stavningen: fälten beskrivs i content/README.md.`
        : undefined,
  });
}

const text = (what: string) => z.string({ error: `Fyll i ${what}.` }).trim().min(1, `Fyll i ${what}.`);

const ROUTINE_DIR = './content/rutiner';

/**
 * A routine named by its file name without .mdx. Checked against the files
 * themselves, because Astro's own references are not checked until a page
 * asks for them, and then a wrong name only makes a link disappear.
 */
const routineId = z.string().superRefine((id, ctx) => {
  const known = readdirSync(ROUTINE_DIR)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, ''));
  if (!known.includes(id)) {
    ctx.addIssue({ code: 'custom', message: `Det finns ingen rutin som heter "${id}". Skriv en av: ${known.join(', ')}.` });
  }
});

/** The document header of a routine, one field per field in the source. */
const rutiner = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: ROUTINE_DIR }),
  schema: fields({
    /** Dokumentnamn, e.g. "Lokal rutin Insluss". */
    title: text('dokumentets namn (title)'),
    /** Short name for navigation, e.g. "Lokal rutin Nordost". */
    kortnamn: text('ett kort namn för menyn (kortnamn)'),
    /** One sentence for the start page and search results. */
    beskrivning: text('en mening om vad rutinen gäller (beskrivning)'),
    dokumentsort: text('dokumentsort'),
    beslutadAv: text('vem som beslutade dokumentet (beslutadAv)'),
    gallerFor: text('vilka dokumentet gäller för (gallerFor)'),
    diarienummer: unfilled,
    /** "Datum och paragraf för beslutet": one entry per decision. */
    beslut: z
      .array(fields({ datum: isoDate, av: z.string().min(1).optional() }))
      .min(1, 'Ange minst ett beslutsdatum under beslut.'),
    giltighetstid: text('giltighetstid'),
    senastReviderad: isoDate,
    dokumentansvarig: text('dokumentansvarig'),
    /** Only where the document's header has the field at all. */
    bilagor: unfilled.optional(),
    /** The routine this one supplements, by file name without .mdx. */
    kompletterar: routineId.optional(),
    /**
     * Other spellings of the model, so that a search for any of them
     * finds this routine (search has no synonyms of its own).
     */
    sokord: z.array(z.string().min(1)).default([]),
    /** Order on the start page and in the menu. */
    ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
  }),
});

/** Pages of the site's own text that document owners may edit. */
const sidor = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/sidor' }),
  schema: fields({
    title: text('sidans rubrik (title)'),
    beskrivning: text('en mening om sidan (beskrivning)'),
    /** Where users send feedback; left empty until the publisher decides, and the page then says so. */
    kontaktEpost: z.email('Skriv en e-postadress, till exempel namn@goteborg.se.').nullable(),
    /** When accessibility was last assessed. */
    bedomd: isoDate,
    /** When the statement was last updated. */
    uppdaterad: isoDate,
  }),
});

/** An id as used in addresses and references: lower case, digits and hyphens. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ett id skrivs med små bokstäver a–z, siffror och bindestreck, till exempel vuxen-mottag.');
const scope = z.enum(['stad', 'nordost'], { error: 'Skriv stad (stadens rutin) eller nordost (bara Nordost).' });

/** The roles of the process (content/process/roller.yaml). */
const roller = defineCollection({
  loader: file('content/process/roller.yaml'),
  schema: fields({
    id,
    /** Short name on the flowchart's nodes, e.g. "Frivården". */
    kortnamn: text('ett kort namn för flödesschemat (kortnamn)'),
    namn: text('rollens namn (namn)'),
    organisation: text('var rollen finns (organisation)'),
    /** One sentence, in the routines' terms. */
    beskrivning: text('en mening om rollen (beskrivning)'),
    /** Unit and person ids from content/kontakter.yaml. */
    kontakter: z.array(id).default([]),
    omfattning: scope.optional(),
    ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
  }),
});

/** The phases of the process, in time order (content/process/faser.yaml). */
const faser = defineCollection({
  loader: file('content/process/faser.yaml'),
  schema: fields({
    id,
    namn: text('fasens namn (namn)'),
    ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
  }),
});

const answer = z.string().min(1);

/** The steps of the process and the arrows between them (content/process/steg.yaml). */
const steg = defineCollection({
  loader: file('content/process/steg.yaml'),
  schema: fields({
    id,
    /** An outcome ends the process, e.g. no consent. */
    typ: z.enum(['steg', 'utfall'], { error: 'Skriv steg eller utfall.' }).default('steg'),
    titel: text('stegets rubrik (titel)'),
    beskrivning: text('en kort beskrivning (beskrivning)'),
    roller: z.array(id).min(1, 'Ange minst en roll som gör steget (roller).'),
    berorda: z.array(id).default([]),
    fas: id,
    start: z.boolean().default(false),
    nasta: z.array(fields({ till: id, etikett: z.string().min(1).optional() })).default([]),
    tid: fields({
      /** The timing in the routine's words. */
      text: text('tiden med rutinens ord (tid.text)'),
      manader: z.number().int().optional(),
      /** End of a range, e.g. -3 for "tre–fyra månader före". */
      tillManader: z.number().int().optional(),
      dagar: z.number().int().optional(),
      typ: z.enum(['tidigast', 'senast', 'cirka', 'samma-dag', 'efter', 'utan-datum'], {
        error: 'Skriv tidigast, senast, cirka, samma-dag, efter eller utan-datum.',
      }),
    }).optional(),
    villkor: fields({
      text: text('villkoret med rutinens ord (villkor.text)'),
      /** Answers in the guide under which the step applies, e.g. { behov: ja }. */
      nar: z.partialRecord(z.enum(Object.keys(CASE_FACTS) as [keyof typeof CASE_FACTS]), answer).optional(),
    }).optional(),
    omfattning: scope,
    kallor: z
      .array(fields({ dokument: id, avsnitt: id, citat: text('ett ordagrant citat ur rutinen (citat)') }))
      .min(1, 'Ange minst en källa med ett ordagrant citat (kallor).'),
  }),
});

export const collections = { rutiner, sidor, roller, faser, steg };
