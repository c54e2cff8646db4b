import { readdirSync } from 'node:fs';
// Not from 'astro:content' (the same function): this file is also read by
// `npm run kontrollera` and the build's content check (src/checks/), in
// plain Node, where Astro's virtual modules do not exist. Imports here
// therefore name their .ts files.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contactsLoader } from './loaders/kontakter.ts';
import { datesAsWritten, keepServing, mayBeEmpty, yamlObjectLoader } from './loaders/content.ts';
import { parseSwedishPhone, phoneProblem } from './lib/phone.ts';
import { parseDay } from './lib/opening-hours.ts';
import { dateProblem } from './lib/iso-date.ts';

/**
 * A date written as in the documents, YYYY-MM-DD, checked as the text in
 * the file: the loaders read YAML so that a date stays text (YAML itself
 * would make 2023-02-30 the Date 2023-03-02), and a date that is not in
 * the calendar is refused.
 */
const isoDate = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'Fyll i ett datum, skrivet ÅÅÅÅ-MM-DD, till exempel 2024-03-13.'
        : 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-13.',
  })
  .superRefine((text, ctx) => {
    const problem = dateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

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
const routineHeader = fields({
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
    .array(fields({ datum: isoDate, av: z.string().min(1).optional() }), {
      error: 'Skriv besluten som en lista, en rad per beslut: "- datum: 2023-01-11" (och "av:" på raden under, om dokumentet anger vem).',
    })
    .min(1, 'Ange minst ett beslutsdatum under beslut.'),
  giltighetstid: text('giltighetstid'),
  senastReviderad: isoDate,
  dokumentansvarig: text('dokumentansvarig'),
  /** Only where the document's header has the field at all. */
  bilagor: unfilled.optional(),
  /** The routine this one supplements, by file name without .mdx: set on a local routine. */
  kompletterar: routineId.optional(),
  /**
   * The social services administrations the routine applies to, as the
   * site reads "Gäller för", e.g. [Centrum, Hisingen, Nordost, Sydväst]
   * for the city's routine and [Nordost] for a local one. A local routine
   * names some of the administrations of the routine it supplements (the
   * content check compares them); the guide asks which one handles the case.
   */
  forvaltningar: z
    .array(text('en förvaltning'), { error: 'Skriv förvaltningarna som en lista, med namnen som i stadens rutin: [namn, namn].' })
    .min(1, 'Ange minst en förvaltning som rutinen gäller för, med namnet som i stadens rutin.'),
  /**
   * Other spellings of the model, so that a search for any of them
   * finds this routine (search has no synonyms of its own).
   */
  sokord: z.array(z.string().min(1)).default([]),
  /** Order on the start page and in the menu. */
  ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
  /**
   * "Ändringar i denna version": what changed since the version before,
   * in a sentence or two. Needed once an earlier version is kept as a
   * file; the site never writes one of its own.
   */
  andringar: text('vad som ändrades i den här versionen (andringar)').optional(),
});

/** The current text of each routine: content/rutiner/<id>.mdx. */
const rutiner = defineCollection({
  loader: keepServing(datesAsWritten(glob({ pattern: '*.{md,mdx}', base: ROUTINE_DIR }))),
  schema: routineHeader,
});

/**
 * Earlier versions a document owner keeps: content/rutiner/<id>/<date>.mdx,
 * a copy of the routine as it was, named by the date it took effect. The
 * entry id is "<id>/<date>".
 */
const versioner = defineCollection({
  loader: keepServing(datesAsWritten(mayBeEmpty(glob({ pattern: '*/*.{md,mdx}', base: ROUTINE_DIR })))),
  schema: routineHeader,
});

/** Pages of the site's own text that document owners may edit. */
const sidor = defineCollection({
  loader: keepServing(datesAsWritten(glob({ pattern: '**/*.{md,mdx}', base: './content/sidor' }))),
  schema: fields({
    title: text('sidans rubrik (title)'),
    beskrivning: text('en mening om sidan (beskrivning)'),
    /** When accessibility was last assessed. */
    bedomd: isoDate,
    /** When the statement was last updated. */
    uppdaterad: isoDate,
  }),
});

/** An id as used in addresses and references: lower case, digits and hyphens. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ett id skrivs med små bokstäver a–z, siffror och bindestreck, till exempel vuxen-mottag.');
/** Which routine a step or role comes from: the routine's id, checked like kompletterar. */
const scope = routineId;

/** The roles of the process (content/process/roller.yaml). */
const roller = defineCollection({
  loader: keepServing(file('content/process/roller.yaml')),
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
    /** Set where the role exists in a local routine only: that routine's id. */
    omfattning: scope.optional(),
    ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
  }),
});

/** The phases of the process, in time order (content/process/faser.yaml). */
const faser = defineCollection({
  loader: keepServing(file('content/process/faser.yaml')),
  schema: fields({
    id,
    namn: text('fasens namn (namn)'),
    ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
  }),
});

const answer = z.string().min(1);

/** The steps of the process and the arrows between them (content/process/steg.yaml). */
const steg = defineCollection({
  loader: keepServing(file('content/process/steg.yaml')),
  schema: fields({
    id,
    /** An outcome ends the process, e.g. no consent. */
    typ: z.enum(['steg', 'utfall'], { error: 'Skriv steg eller utfall.' }).default('steg'),
    titel: text('stegets rubrik (titel)'),
    beskrivning: text('en kort beskrivning (beskrivning)'),
    /** Who does the step; where `vem` is set, the site's reading of the routine. */
    roller: z.array(id).min(1, 'Ange minst en roll som gör steget (roller).'),
    /**
     * Set only where the routine does not name who does the step by a
     * role: `rutinenAnger: nej` when it names no one (a passive "ska …
     * hållas"), or the routine's own words when it names only an
     * organisation or a group (`rutinenAnger: socialtjänsten`). Every view
     * then shows "Rutinen anger inte vem" (or those words) before the
     * roles in `roller`, which are the site's reading.
     */
    vem: fields({
      rutinenAnger: text('rutinens ord om vem som gör steget, eller nej om rutinen inte anger vem (vem.rutinenAnger)'),
    }).optional(),
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
      /**
       * tidigast (opens on the date), senast or fore (a deadline), cirka (a
       * window), samma-dag, kring-frigivningen (tied to the release, no
       * deadline: "i omedelbar anslutning till frigivningen (DATUM)"),
       * efter (lasts from the date) or utan-datum (the text only).
       */
      typ: z.enum(['tidigast', 'senast', 'fore', 'cirka', 'samma-dag', 'kring-frigivningen', 'efter', 'utan-datum'], {
        error: 'Skriv tidigast, senast, fore, cirka, samma-dag, kring-frigivningen, efter eller utan-datum.',
      }),
    }).optional(),
    villkor: fields({
      text: text('villkoret med rutinens ord (villkor.text)'),
      /**
       * Answers in the guide under which the step applies, e.g. { behov: ja },
       * or a list of answers any of which will do, e.g. { samtycke: [ja, inte-annu] }.
       */
      nar: z.record(z.string(), z.union([answer, z.array(answer).min(1)])).optional(),
      /**
       * The part of the condition the guide does not ask about, in the
       * routine's words, e.g. "den enskilde saknar ID-kort". The guide shows
       * the step apart under "Gäller om …", never among the steps that apply.
       */
      gallerOm: text('villkoret som guiden inte frågar om (villkor.gallerOm)').optional(),
    }).optional(),
    /** The routine the step comes from, by its id, e.g. goteborgs-stad. */
    omfattning: scope,
    kallor: z
      .array(fields({ dokument: id, avsnitt: id, citat: text('ett ordagrant citat ur rutinen (citat)') }), {
        error: 'Ange minst en källa med ett ordagrant citat (kallor).',
      })
      .min(1, 'Ange minst en källa med ett ordagrant citat (kallor).'),
  }),
});


/**
 * The guide's questions, in the order it asks them (content/process/fragor.yaml).
 * Which roles, questions and answers they name is checked against the
 * rest of the model when the model is loaded (src/lib/process/validate.ts).
 */
const questionShape = fields({
  /** The key in the guide's address and in steps' conditions, e.g. behov. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'Ett frågans id skrivs med bokstäver a–z och siffror, till exempel befintligKontakt.'),
  /**
   * roll: the answers are the roles; val: the answers under alternativ;
   * datum: the release date; forvaltning: the answers are the
   * administrations the routines apply to (their forvaltningar).
   */
  typ: z.enum(['roll', 'val', 'datum', 'forvaltning'], { error: 'Skriv roll, val, datum eller forvaltning.' }),
  fraga: text('frågan (fraga)'),
  hjalp: text('en förklaring under frågan (hjalp)').optional(),
  svarsrubrik: text('hur svaret rubriceras under Dina svar (svarsrubrik)'),
  alternativ: z
    .array(
      fields({
        svar: id,
        text: text('svaret som det visas (text)'),
        hjalp: text('en förklaring under svaret (hjalp)').optional(),
      }),
    )
    .default([]),
  /** The answer every Insluss case presupposes (consent). */
  forutsatter: id.optional(),
  /** Only on the role question: role id → { question: answer } that follow from the role. */
  foljerAvRollen: z.record(z.string(), z.record(z.string(), id)).optional(),
  /** Only on the administration question: each answer as shown, "Socialförvaltningen {forvaltning}". */
  svarstext: text('hur varje förvaltning visas som svar (svarstext), till exempel Socialförvaltningen {forvaltning}').optional(),
  /** Only on the administration question: the hint under each answer, "{rutiner} gäller." */
  svarshjalp: text('förklaringen under varje svar (svarshjalp), till exempel {rutiner} gäller.').optional(),
});

/** The guide's questions; the administration question's answers are the routines' administrations. */
const questionSchema = questionShape.superRefine((question, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (question.typ === 'forvaltning') {
    if (question.alternativ.length > 0) {
      issue('alternativ', 'Svaren på frågan om förvaltning är förvaltningarna som rutinerna gäller för (forvaltningar i content/rutiner/). Ta bort alternativ.');
    }
    if (!question.svarstext?.includes('{forvaltning}')) {
      issue('svarstext', 'Skriv hur en förvaltning visas som svar, med {forvaltning} där namnet ska stå, till exempel svarstext: Socialförvaltningen {forvaltning}.');
    }
    if (question.svarshjalp !== undefined && !question.svarshjalp.includes('{rutiner}')) {
      issue('svarshjalp', 'Skriv {rutiner} där rutinerna som gäller i förvaltningen ska stå, till exempel svarshjalp: "{rutiner} gäller."');
    }
  } else {
    if (question.svarstext !== undefined) issue('svarstext', 'Bara frågan om förvaltning (typ: forvaltning) har svarstext.');
    if (question.svarshjalp !== undefined) issue('svarshjalp', 'Bara frågan om förvaltning (typ: forvaltning) har svarshjalp.');
  }
});

const fragor = defineCollection({
  loader: keepServing(file('content/process/fragor.yaml')),
  schema: questionSchema,
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
    ctx.addIssue({ code: 'custom', message: phoneProblem(value)! });
    return z.NEVER;
  }
  return { written: value, ...parsed };
});

const email = (what: string) =>
  z.email({
    error: (issue) =>
      typeof issue.input === 'string' && issue.input.trim()
        ? `"${issue.input}" ser inte ut som en e-postadress. Skriv till exempel fornamn.efternamn@goteborg.se.`
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
 * A day the lines are closed besides holidays, as the owner writes it
 * (2026-12-28). The loader reads dates as text, so 2026-02-30 is caught
 * here instead of becoming 2 March.
 */
/**
 * The hours of a unit's phone lines. A day left out is a closed day; so are
 * public holidays, julafton, midsommarafton and nyårsafton (src/lib/holidays.ts)
 * and the days listed in stangdaDagar.
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
  /** Further closed days: [2026-12-28, 2027-01-05]. */
  stangdaDagar: z
    .array(isoDate, { error: 'Skriv de stängda dagarna som en lista, till exempel [2026-12-28, 2027-01-05].' })
    .default([])
    .transform((dates) => dates.map((date) => date.trim())),
}).transform(({ text, ovrigTid, stangdaDagar, ...veckan }) => ({ text, ovrigTid, stangdaDagar, veckan }));

/** Contact ids are checked for the whole file by the loader (form, uniqueness, units). */
const contactId = z.string();

/** The entry's place in the file, set by the loader: the page keeps the file's order. */
const ordning = z.number().int();

/** A reception line of a unit, with its own area, number and mailbox. */
const line = fields({
  id: contactId,
  /** As the routine names it: "Mottag med upptagningsområde Kortedala". */
  namn: text('linjens namn (namn)'),
  upptagningsomrade: text('upptagningsområdet (upptagningsomrade)').optional(),
  telefon: phone,
  funktionsbrevlada: email('funktionsbrevlådans e-postadress (funktionsbrevlada)').optional(),
});

/** content/kontakter.yaml, the list "enheter". */
const enheter = defineCollection({
  loader: keepServing(contactsLoader('enheter')),
  schema: fields({
    id: contactId,
    ordning,
    namn: text('enhetens namn (namn)'),
    forvaltning: text('förvaltningen (forvaltning)'),
    /** The routine whose contact section names the unit, by its id, e.g. nordost. Its people belong to it too. */
    rutin: routineId,
    /** A unit's numbers, areas and mailboxes belong to its lines, as in the routine. */
    linjer: z.array(line).default([]),
    oppettider: openingHours.optional(),
    /** Other names the routines use for the unit, so the filter finds them. */
    sokord: z.array(z.string().min(1)).default([]),
  }),
});

/** content/kontakter.yaml, the list "personer". */
const personer = defineCollection({
  loader: keepServing(contactsLoader('personer')),
  schema: fields({
    id: contactId,
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

/**
 * What each installation of the site fills in (content/webbplats.yaml).
 * Every field may be left out.
 */
const webbplats = defineCollection({
  loader: keepServing(yamlObjectLoader('content/webbplats.yaml', 'webbplats')),
  schema: fields({
    /** Shown in the header above the site's name. */
    organisation: text('organisationens namn (organisation)').default('Göteborgs Stad'),
    /** A link back to the intranet's start page, shown in the header. */
    intranat: fields({
      adress: z.url({ protocol: /^https?$/, error: 'Skriv intranätets adress, till exempel https://intranat.goteborg.se/.' }),
      text: text('länkens text (intranat.text), till exempel Intranätets startsida').default('Intranätets startsida'),
    })
      .nullable()
      .default(null),
    /** Where readers send feedback on accessibility; until it is filled in, the statement names the document owners. */
    tillganglighetEpost: z.email('Skriv en e-postadress, till exempel namn@goteborg.se.').nullable().default(null),
    /** Where "Har du hittat ett fel?" at the end of every page writes to; until it is filled in, the footer names the document owners. */
    dokumentansvarigEpost: z.email('Skriv en e-postadress, till exempel namn@goteborg.se.').nullable().default(null),
    /**
     * The start page's opening: sentences quoted from the routines, in the
     * order shown, each checked word for word against the section it names
     * (src/checks/content.ts).
     */
    startsidan: fields({
      citat: z
        .array(fields({ dokument: id, avsnitt: id, citat: text('meningen ur rutinen, ordagrant (citat)') }), {
          error: 'Skriv citaten som en lista med dokument, avsnitt och citat.',
        })
        .default([]),
    }).default({ citat: [] }),
  }),
});


/** The routines' terms and abbreviations (content/ordlista.yaml); quotes and uses are checked in src/data/ordlista.ts. */
const ordlista = defineCollection({
  loader: keepServing(file('content/ordlista.yaml')),
  schema: fields({
    id,
    term: text('termen som rutinerna skriver den (term)'),
    former: z.array(z.string().trim().min(1, 'Skriv ingen tom form under former.'), { error: 'Skriv formerna som en lista, till exempel [Insluss, Inkluss].' }).default([]),
    utskrivning: text('vad förkortningen står för (utskrivning)').optional(),
    utskrivningTolkning: text('webbplatsens läsning av förkortningen (utskrivningTolkning)').optional(),
    forklaring: z
      .array(fields({ dokument: id, avsnitt: id, citat: text('rutinens förklaring, ordagrant (citat)') }), {
        error: 'Skriv forklaring som en lista med dokument, avsnitt och citat.',
      })
      .default([]),
    webbplatsensForklaring: text('webbplatsens förklaring (webbplatsensForklaring)').optional(),
    kontakt: z.string().optional(),
  }),
});

export const collections = { rutiner, versioner, sidor, enheter, personer, roller, faser, steg, fragor, webbplats, ordlista };
