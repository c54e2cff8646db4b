/**
 * The shape of every file in content/, as zod schemas: the one description
 * of each field, its default and its Swedish message. The pipeline
 * (./index.ts) parses every file with these; the types the rest of the
 * code uses are inferred from them (z.infer) at the end of this file, so a
 * field added here is known everywhere at once.
 *
 * What one entry alone cannot say (that an id names something that
 * exists, that a quote stands in the routine) is checked across files by
 * the pipeline's other checks; a field whose value names a routine is
 * marked `routineRef` below and checked there.
 */
import { z } from 'astro/zod';
import { parseSwedishPhone, phoneProblem } from '../lib/phone.ts';
import { parseDay } from '../lib/opening-hours.ts';
import { dateProblem } from '../lib/iso-date.ts';

/**
 * A date written as in the documents, YYYY-MM-DD, checked as the text in
 * the file: the pipeline reads YAML so that a date stays text (YAML itself
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
        ? `Okänt fält ${issue.keys.map((key) => `"${key}"`).join(', ')}. Kontrollera stavningen: fälten beskrivs överst i filen och i content/README.md.`
        : undefined,
  });
}

const text = (what: string) => z.string({ error: `Fyll i ${what}.` }).trim().min(1, `Fyll i ${what}.`);

/**
 * A routine named by its file name without .mdx. Which names exist is
 * known only once content/rutiner/ is listed, so the pipeline checks these
 * fields against the files (ROUTINE_REFERENCES below).
 */
const routineId = z.string();

/** The document header of a routine, one field per field in the source. */
export const routineHeader = fields({
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
  /**
   * When the document owner means to review the routine next: the owner's
   * own date, shown in the header; the build reminds once it has passed.
   */
  nastaOversyn: isoDate.optional(),
});

/** Pages of the site's own text that document owners may edit (content/sidor/*.mdx). */
export const pageHeader = fields({
  title: text('sidans rubrik (title)'),
  beskrivning: text('en mening om sidan (beskrivning)'),
  /** When accessibility was last assessed. */
  bedomd: isoDate,
  /** When the statement was last updated. */
  uppdaterad: isoDate,
});

/** An id as used in addresses and references: lower case, digits and hyphens. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ett id skrivs med små bokstäver a–z, siffror och bindestreck, till exempel vuxen-mottag.');
/** Which routine a step or role comes from: the routine's id, checked like kompletterar. */
const scope = routineId;

/** The roles of the process (content/process/roller.yaml). */
export const role = fields({
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
});

/** The phases of the process, in time order (content/process/faser.yaml). */
export const phase = fields({
  id,
  namn: text('fasens namn (namn)'),
  ordning: z.number({ error: 'Ange ordning som ett heltal, till exempel 1.' }).int(),
});

const answer = z.string().min(1);

/** Where a step's rule, or a glossary entry's explanation, stands in a routine: checked word for word. */
const source = (what: string) => fields({ dokument: id, avsnitt: id, citat: text(what) });

/** The timing of a step, in the routine's words and as a distance from the release. */
const timing = fields({
  /** The timing in the routine's words. */
  text: text('tiden med rutinens ord (tid.text)'),
  manader: z.number().int().optional(),
  /** End of a range, e.g. -3 for "tre–fyra månader före". */
  tillManader: z.number().int().optional(),
  dagar: z.number().int().optional(),
  /**
   * tidigast (opens on the date), senast or fore (a deadline),
   * senast-cirka (an approximate deadline, never "passed"), cirka (a
   * window), samma-dag, kring-frigivningen (tied to the release, no
   * deadline: "i omedelbar anslutning till frigivningen (DATUM)"),
   * efter (lasts from the date) or utan-datum (the text only).
   */
  typ: z.enum(['tidigast', 'senast', 'fore', 'senast-cirka', 'cirka', 'samma-dag', 'kring-frigivningen', 'efter', 'utan-datum'], {
    error: 'Skriv tidigast, senast, fore, senast-cirka, cirka, samma-dag, kring-frigivningen, efter eller utan-datum.',
  }),
});

/** When a step applies: in words, and as answers to the guide's questions. */
const condition = fields({
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
});

/** The steps of the process and the arrows between them (content/process/steg.yaml). */
export const step = fields({
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
  /** Other roles the step concerns, shown to them as context. */
  berorda: z.array(id).default([]),
  /**
   * Roles the step tells its role to contact, where the routine names them
   * (e.g. [forsorjningsstod] for "kontakta försörjningsstöd"): every view of
   * the step links their contacts (`kontakter` in roller.yaml).
   */
  kontaktar: z.array(id).default([]),
  fas: id,
  start: z.boolean().default(false),
  nasta: z.array(fields({ till: id, etikett: z.string().min(1).optional() })).default([]),
  /**
   * Only on a local routine's step that is the same as a step of the
   * city's (the site's reading): the city step's id. The guide then shows
   * this step instead of that one where the local routine applies.
   */
  ersatter: z.array(id).optional(),
  tid: timing.optional(),
  villkor: condition.optional(),
  /** The routine the step comes from, by its id, e.g. goteborgs-stad. */
  omfattning: scope,
  kallor: z
    .array(source('ett ordagrant citat ur rutinen (citat)'), { error: 'Ange minst en källa med ett ordagrant citat (kallor).' })
    .min(1, 'Ange minst en källa med ett ordagrant citat (kallor).'),
});

/**
 * The guide's questions, in the order it asks them (content/process/fragor.yaml),
 * and the groups that ask several yes/no questions on one page (`typ: grupp`).
 * Which roles, questions, answers and groups they name is checked against
 * the rest of the model (./process.ts).
 */
const questionShape = fields({
  /** The key in the guide's address and in steps' conditions, e.g. behov. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'Ett frågans id skrivs med bokstäver a–z och siffror, till exempel befintligKontakt.'),
  /**
   * roll: the answers are the roles; val: the answers under alternativ;
   * datum: the release date; forvaltning: the answers are the
   * administrations the routines apply to (their forvaltningar); grupp:
   * not a question but a page asking the questions that name it (`grupp`)
   * as one checkbox each.
   */
  typ: z.enum(['roll', 'val', 'datum', 'forvaltning', 'grupp'], { error: 'Skriv roll, val, datum, forvaltning eller grupp.' }),
  /** The question as asked; on a group, the heading of its page ("Vad stämmer om ärendet?"). */
  fraga: text('frågan (fraga)'),
  hjalp: text('en förklaring under frågan (hjalp)').optional(),
  /** How the answer is headed under "Dina svar". Every question has one; a group has none. */
  svarsrubrik: text('hur svaret rubriceras under Dina svar (svarsrubrik)').optional(),
  alternativ: z
    .array(
      fields({
        /** The value, as steps' conditions (`villkor.nar`) and the guide's address write it. */
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
  /** A yes/no question asked on its group's page: the group's id. */
  grupp: z.string().optional(),
  /** Only with grupp: the question as a statement beside its checkbox ("Den enskilde är 18–24 år"). Checked is ja. */
  kryssruta: text('påståendet vid kryssrutan (kryssruta)').optional(),
  /** Only on a group: the last, exclusive checkbox, which answers nej to every question of the page. */
  ingetAvDetta: text('kryssrutan för att inget av det stämmer (ingetAvDetta)').optional(),
});

/** Fields a group (typ: grupp) has, and fields only a question has. */
const GROUP_FIELDS = ['ingetAvDetta'] as const;
const QUESTION_FIELDS = ['svarsrubrik', 'forutsatter', 'foljerAvRollen', 'svarstext', 'svarshjalp', 'grupp', 'kryssruta'] as const;

/** The guide's questions and groups; the administration question's answers are the routines' administrations. */
export const question = questionShape.superRefine((question, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (question.typ === 'grupp') {
    for (const field of QUESTION_FIELDS) {
      if (question[field] !== undefined) issue(field, `En grupp (typ: grupp) har inget ${field}: det står på frågorna i gruppen. Ta bort fältet.`);
    }
    if (question.alternativ.length > 0) issue('alternativ', 'En grupp (typ: grupp) har inga egna svar: varje fråga i gruppen blir en kryssruta. Ta bort alternativ.');
    if (question.ingetAvDetta === undefined) {
      issue('ingetAvDetta', 'Skriv texten vid den sista kryssrutan, den som säger att inget av det stämmer, till exempel ingetAvDetta: Nej, inget av det här stämmer.');
    }
    return;
  }
  for (const field of GROUP_FIELDS) {
    if (question[field] !== undefined) issue(field, `Bara en grupp (typ: grupp) har ${field}. Ta bort fältet, eller skriv typ: grupp.`);
  }
  if (question.svarsrubrik === undefined) issue('svarsrubrik', 'Fyll i hur svaret rubriceras under Dina svar (svarsrubrik).');
  if (question.grupp !== undefined && question.kryssruta === undefined) {
    issue('kryssruta', 'En fråga i en grupp visas som ett påstående vid en kryssruta. Skriv påståendet, till exempel kryssruta: Den enskilde är 18–24 år.');
  }
  if (question.kryssruta !== undefined && question.grupp === undefined) issue('kryssruta', 'Bara en fråga i en grupp (grupp: …) har kryssruta. Ta bort fältet, eller ange gruppen.');
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

/**
 * A phone number as the routine writes it ("031-390 06 36", also
 * "031 – 365 22 36"). The written form is kept; the site shows and links
 * the normalised one.
 */
const phone = z.union([z.string(), z.number()], { error: 'Fyll i ett telefonnummer, till exempel 031-390 06 36.' }).transform((value, ctx) => {
  if (typeof value === 'number') {
    ctx.addIssue({
      code: 'custom',
      message: 'Skriv telefonnumret med bindestreck och mellanslag, till exempel 031-390 06 36. Utan dem läses det som ett tal och nollan först försvinner.',
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
 * The hours of a unit's phone lines. A day left out is a closed day; so are
 * public holidays, julafton, midsommarafton and nyårsafton (src/lib/holidays.ts)
 * and the days listed in stangdaDagar.
 */
const openingHours = fields({
  /** The routine's own sentence about the hours, shown word for word. */
  text: text('rutinens mening om öppettiderna (text)'),
  /** Where callers are sent when the lines are closed, e.g. "socialjouren". */
  ovrigTid: text('vart man hänvisas när linjen är stängd (ovrigTid), till exempel socialjouren'),
  mandag: day.optional(),
  tisdag: day.optional(),
  onsdag: day.optional(),
  torsdag: day.optional(),
  fredag: day.optional(),
  lordag: day.optional(),
  sondag: day.optional(),
  /** Further closed days besides holidays, as the owner writes them: [2026-12-28, 2027-01-05]. */
  stangdaDagar: z
    .array(isoDate, { error: 'Skriv de stängda dagarna som en lista, till exempel [2026-12-28, 2027-01-05].' })
    .default([])
    .transform((dates) => dates.map((date) => date.trim())),
}).transform(({ text, ovrigTid, stangdaDagar, ...veckan }) => ({ text, ovrigTid, stangdaDagar, veckan }));

/** Contact ids are checked for the whole file at once (form, uniqueness, a person's unit): ./contacts.ts. */
const contactId = z.string();

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
export const unit = fields({
  id: contactId,
  namn: text('enhetens namn (namn)'),
  forvaltning: text('förvaltningen (forvaltning)'),
  /** The routine whose contact section names the unit, by its id, e.g. nordost. Its people belong to it too. */
  rutin: routineId,
  /** A unit's numbers, areas and mailboxes belong to its lines, as in the routine. */
  linjer: z.array(line).default([]),
  /** The hours of the unit's lines; a unit without them has no open/closed status. */
  oppettider: openingHours.optional(),
  /** Other names the routines use for the unit, so the filter finds them. */
  sokord: z.array(z.string().min(1)).default([]),
  /**
   * When someone last checked the unit's data (numbers, people, hours)
   * against reality: shown on /kontakter/; with a limit in webbplats.yaml
   * the build reminds when it is older.
   */
  kontrollerad: isoDate.optional(),
});

/** content/kontakter.yaml, the list "personer". */
export const person = fields({
  id: contactId,
  namn: text('personens namn (namn)'),
  titel: text('titeln (titel)'),
  /** The person's unit, by its id; checked with the whole file (./contacts.ts). */
  enhet: z.string(),
  /** The person's part in Insluss where the routine names one. */
  roll: text('rollen i Insluss (roll)').optional(),
  telefon: z.array(phone, { error: 'Skriv telefonnumren som en lista, till exempel [031-390 06 59, 070-174 06 63].' }).default([]),
  epost: email('e-postadressen (epost)'),
});

/**
 * What each installation of the site fills in (content/webbplats.yaml).
 * Every field may be left out.
 */
export const siteSettings = fields({
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
   * How many months old the contact data may be (each unit's kontrollerad)
   * before the build reminds. The owner's own limit: without it, no reminder.
   */
  kontaktuppgifterManader: z.number({ error: 'Skriv antalet månader som ett heltal, till exempel 6.' }).int().positive('Skriv antalet månader som ett heltal större än 0, till exempel 6.').optional(),
  /**
   * The start page's opening: sentences quoted from the routines, in the
   * order shown, each checked word for word against the section it names.
   */
  startsidan: fields({
    citat: z.array(source('meningen ur rutinen, ordagrant (citat)'), { error: 'Skriv citaten som en lista med dokument, avsnitt och citat.' }).default([]),
  }).default({ citat: [] }),
});

/** The routines' terms and abbreviations (content/ordlista.yaml); quotes and uses are checked in ./glossary.ts. */
export const glossaryEntry = fields({
  id,
  /** As the routines write it, e.g. "SIG", "Insluss / Inkluss". */
  term: text('termen som rutinerna skriver den (term)'),
  /** The words that find the term in the routines' text; the term itself when not given. */
  former: z
    .array(z.string().trim().min(1, 'Skriv ingen tom form under former.'), { error: 'Skriv formerna som en lista, till exempel [Insluss, Inkluss].' })
    .default([]),
  /** What an abbreviation stands for, written as in the routines (checked). */
  utskrivning: text('vad förkortningen står för (utskrivning)').optional(),
  /** What it stands for, read by the site where the routines only imply it (shown as the site's). */
  utskrivningTolkning: text('webbplatsens läsning av förkortningen (utskrivningTolkning)').optional(),
  /** The routines' own explanation, word for word, with where it stands (checked). */
  forklaring: z.array(source('rutinens förklaring, ordagrant (citat)'), { error: 'Skriv forklaring som en lista med dokument, avsnitt och citat.' }).default([]),
  /** The document owner's explanation where the routines give none, shown as the site's text. */
  webbplatsensForklaring: text('webbplatsens förklaring (webbplatsensForklaring)').optional(),
  /** A unit or person in the contact data to link to. */
  kontakt: z.string().optional(),
});

/**
 * Fields whose value names a routine by its file name, per schema: the
 * pipeline checks them against content/rutiner/ (the schemas cannot list
 * the files).
 */
export const ROUTINE_REFERENCES = {
  routine: ['kompletterar'],
  role: ['omfattning'],
  step: ['omfattning'],
  unit: ['rutin'],
} as const;

/** A schema whose output is T, as the pipeline parses with it. */
export type Schema<T> = z.ZodType<T>;

// The types the rest of the code uses, each the output of its schema.
export type RoutineHeader = z.infer<typeof routineHeader>;
export type PageHeader = z.infer<typeof pageHeader>;
export type Role = z.infer<typeof role>;
export type Phase = z.infer<typeof phase>;
export type Step = z.infer<typeof step>;
export type Timing = z.infer<typeof timing>;
export type Condition = z.infer<typeof condition>;
export type Source = Step['kallor'][number];
export type Edge = Step['nasta'][number];
/** A question or group as content/process/fragor.yaml writes it (the administration question before its answers are filled in). */
export type QuestionEntry = z.infer<typeof question>;
export type Unit = z.infer<typeof unit>;
export type Person = z.infer<typeof person>;
export type Line = Unit['linjer'][number];
export type Phone = Line['telefon'];
export type OpeningHours = NonNullable<Unit['oppettider']>;
export type SiteSettings = z.infer<typeof siteSettings>;
export type GlossaryEntry = z.infer<typeof glossaryEntry>;
