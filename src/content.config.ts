import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contactsLoader } from './loaders/kontakter.ts';
import { parseSwedishPhone } from './lib/phone.ts';
import { parseDay } from './lib/opening-hours.ts';

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

/**
 * A phone number as the routine writes it ("031-365 22 36", also
 * "031 – 365 22 36"). The written form is kept; the site shows and links
 * the normalised one.
 */
const phone = z.union([z.string(), z.number()], { error: 'Fyll i ett telefonnummer, till exempel 031-365 22 36.' }).transform((value, ctx) => {
  if (typeof value === 'number') {
    ctx.addIssue({
      code: 'custom',
      message: 'Skriv telefonnumret med bindestreck och mellanslag, till exempel 031-365 22 36. Utan dem läses det som ett tal och nollan först försvinner.',
    });
    return z.NEVER;
  }
  const parsed = parseSwedishPhone(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" är inte ett svenskt telefonnummer. Skriv riktnummer och nummer, till exempel 031-365 22 36 eller 070-785 59 63.`,
    });
    return z.NEVER;
  }
  return { written: value, ...parsed };
});

const email = (what: string) =>
  z.email({
    error: (issue) =>
      typeof issue.input === 'string' && issue.input.trim()
        ? `"${issue.input}" ser inte ut som en e-postadress. Skriv till exempel fornamn.efternamn@socialnordost.goteborg.se.`
        : `Fyll i ${what}.`,
  });

/** One day's opening hours: "08:00-12:00", or a list of such ranges in order. */
const day = z
  .union([z.string(), z.array(z.string())], { error: 'Skriv tiderna som en lista, till exempel [08:00-12:00, 13:00-16:00].' })
  .transform((value, ctx) => {
    const parsed = parseDay(typeof value === 'string' ? [value] : value);
    if (!('errors' in parsed)) return parsed;
    for (const message of parsed.errors) ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });

/**
 * The hours of a unit's phone lines. A day left out is a closed day.
 * Public holidays cannot be written here; the site says so.
 */
const openingHours = fields({
  /** The routine's own sentence about the hours, shown word for word. */
  text: text('rutinens mening om öppettiderna (text)'),
  /** Where callers are sent when the lines are closed. */
  ovrigTid: text('vart man hänvisas när linjen är stängd (ovrigTid), till exempel socialjouren'),
  mandag: day.optional(),
  tisdag: day.optional(),
  onsdag: day.optional(),
  torsdag: day.optional(),
  fredag: day.optional(),
  lordag: day.optional(),
  sondag: day.optional(),
}).transform(({ text, ovrigTid, ...veckan }) => ({ text, ovrigTid, veckan }));

/** Ids are checked for the whole file by the loader (form, uniqueness, units). */
const id = z.string();

/** The entry's place in the file, set by the loader: the page keeps the file's order. */
const ordning = z.number().int();

/** A reception line of a unit, with its own area, number and mailbox. */
const line = fields({
  id,
  /** As the routine names it: "Mottag med upptagningsområde Kortedala". */
  namn: text('linjens namn (namn)'),
  upptagningsomrade: text('upptagningsområdet (upptagningsomrade)').optional(),
  telefon: phone,
  funktionsbrevlada: email('funktionsbrevlådans e-postadress (funktionsbrevlada)').optional(),
});

/** content/kontakter.yaml, the list "enheter". */
const enheter = defineCollection({
  loader: contactsLoader('enheter'),
  schema: fields({
    id,
    ordning,
    namn: text('enhetens namn (namn)'),
    forvaltning: text('förvaltningen (forvaltning)'),
    /** A unit's numbers, areas and mailboxes belong to its lines, as in the routine. */
    linjer: z.array(line).default([]),
    oppettider: openingHours.optional(),
    /** Other names the routines use for the unit, so the filter finds them. */
    sokord: z.array(z.string().min(1)).default([]),
  }),
});

/** content/kontakter.yaml, the list "personer". */
const personer = defineCollection({
  loader: contactsLoader('personer'),
  schema: fields({
    id,
    ordning,
    namn: text('personens namn (namn)'),
    titel: text('titeln (titel)'),
    /** The person's unit, by its id; checked by the loader. */
    enhet: z.string(),
    /** The person's part in Insluss where the routine names one. */
    roll: text('rollen i Insluss (roll)').optional(),
    telefon: z.array(phone, { error: 'Skriv telefonnumren som en lista, till exempel [031-365 33 59, 070-785 59 63].' }).default([]),
    epost: email('e-postadressen (epost)'),
  }),
});

export const collections = { rutiner, sidor, enheter, personer };
