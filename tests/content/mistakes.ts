import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { readContent } from '../../src/content-pipeline/index.ts';
import { slugify } from '../../src/lib/slug.ts';
import { escapeRegExp, oneWordChanged, replace, replaceInEntry, replaceLine, ROOT, writtenContacts, type Edits } from './project.ts';

/**
 * The mistakes a document owner can make that must stop the build (issue
 * 11, point 4), each with the Swedish message that names the file, the
 * entry and the field. tests/content/mistakes.test.ts checks each one alone
 * through the content pipeline (what the build, the dev server and `npm run
 * kontrollera` all run), tests/content/build.test.ts proves one through
 * `astro build`, and tests/content/kontrollera.test.ts makes them all at
 * once, so every edit here changes a different place.
 */
export interface Mistake {
  name: string;
  edits: Edits;
  says: RegExp;
}

const STATEMENT = 'content/sidor/tillganglighet.mdx';
const CONTACTS = 'content/kontakter.yaml';
const GLOSSARY = 'content/ordlista.yaml';
const SITE = 'content/webbplats.yaml';
const STEPS = 'content/process/steg.yaml';
const QUESTIONS = 'content/process/fragor.yaml';

// Every value a mistake edits is read from today's content, so that an owner's
// edit of a sentence, a number or a name never breaks these tests.
const content = readContent(ROOT);
const raw = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const routineIds = content.routines.map((routine) => routine.id).sort();
const local = content.routines.find((routine) => routine.data.kompletterar)!;
const city = content.routines.find((routine) => routine.id === local.data.kompletterar)!;
const LOCAL = local.file;
const CITY = city.file;

type Quote = { dokument: string; avsnitt: string; citat: string };
const sameSection = (a: Quote, b: Quote) => a.dokument === b.dokument && a.avsnitt === b.avsnitt;
/** Quotes written on one line, so that an edit of their text finds them. */
const onOneLine = (file: string) => (quote: Quote) => raw(file).includes(quote.citat);

// A heading the start page quotes from, to be renamed: every quote from its section is then named.
const siteQuotes = content.site.startsidan.citat;
const renamed = siteQuotes[0]!;
const renamedRoutine = content.routines.find((routine) => routine.id === renamed.dokument)!;
const heading = [...raw(renamedRoutine.file).matchAll(/^## (.+)$/gm)].map((match) => match[1]!).find((text) => slugify(text) === renamed.avsnitt)!;
const newHeading = `${heading} och mer`;
const missingSection = (where: string) => `${where}: avsnittet "${escapeRegExp(renamed.avsnitt)}" finns inte i rutinen "${escapeRegExp(renamed.dokument)}"`;
const sectionUsers = [
  ...siteQuotes.flatMap((quote, i) => (sameSection(quote, renamed) ? [`content/webbplats\\.yaml, fältet startsidan\\.citat\\[${i + 1}\\]\\.avsnitt`] : [])),
  ...content.glossary.flatMap((entry) =>
    entry.forklaring.flatMap((quote, i) => (sameSection(quote, renamed) ? [`content/ordlista\\.yaml → ${entry.id}, fältet forklaring\\[${i + 1}\\]\\.avsnitt`] : [])),
  ),
];

// A glossary explanation and a start-page quote from other sections, each with a word changed.
const glossaryEntry = content.glossary.find((entry) => entry.forklaring.some((quote) => !sameSection(quote, renamed) && onOneLine(GLOSSARY)(quote)))!;
const glossaryIndex = glossaryEntry.forklaring.findIndex((quote) => !sameSection(quote, renamed) && onOneLine(GLOSSARY)(quote));
const glossaryQuote = glossaryEntry.forklaring[glossaryIndex]!;
const siteIndex = siteQuotes.findLastIndex((quote) => !sameSection(quote, renamed) && onOneLine(SITE)(quote));
const siteQuote = siteQuotes[siteIndex]!;
const siteChange = oneWordChanged(siteQuote.citat);

const writtenSteps = load(raw(STEPS)) as Array<{ id: string; omfattning?: string }>;
const scoped = writtenSteps.find((step) => step.omfattning)!;
const writtenQuestions = load(raw(QUESTIONS)) as Array<{ id: string; typ?: string }>;
const administration = writtenQuestions.find((question) => question.typ === 'forvaltning')!;

const { enheter: units, personer: people } = writtenContacts();
const firstUnit = units[0]!;
const mobile = people.find((person) => person.telefon?.length)!;
const [twin, duplicate] = people.slice(-2) as [(typeof people)[number], (typeof people)[number]];
if (mobile === twin || mobile === duplicate) throw new Error('content/kontakter.yaml has too few people for these mistakes');
const cityHeading = slugify(/^## (.+)$/m.exec(city.body)![1]!);
const brokenAnchor = cityHeading.slice(0, -1);

/** Adds a paragraph at the end of an MDX file. */
const append = (text: string) => (before: string) => `${before.trimEnd()}\n\n${text}\n`;

export const MISTAKES: Mistake[] = [
  {
    name: 'a glossary explanation that is not word for word the routine',
    edits: { [GLOSSARY]: replaceInEntry(glossaryEntry.id, glossaryQuote.citat, oneWordChanged(glossaryQuote.citat).changed) },
    says: new RegExp(
      `content/ordlista\\.yaml → ${glossaryEntry.id}, fältet forklaring\\[${glossaryIndex + 1}\\]\\.citat: citatet står inte ordagrant i rutinen "${glossaryQuote.dokument}"`,
    ),
  },
  {
    name: 'a date that does not exist',
    edits: { [LOCAL]: replaceLine('senastReviderad:', 'senastReviderad: 2023-02-30') },
    says: new RegExp(`${escapeRegExp(LOCAL)} → ${local.id}, fältet senastReviderad: 2023-02-30 finns inte: februari 2023 har 28 dagar\\.`),
  },
  {
    name: 'a date in the wrong form',
    edits: { [CITY]: replaceLine('senastReviderad:', 'senastReviderad: 13 mars 2024') },
    says: new RegExp(`${escapeRegExp(CITY)} → ${city.id}, fältet senastReviderad: "13 mars 2024" är inte skrivet som ett datum\\. Skriv datumet som ÅÅÅÅ-MM-DD`),
  },
  {
    name: 'a missing date field',
    edits: { [STATEMENT]: replaceLine('bedomd:', '') },
    says: /content\/sidor\/tillganglighet\.mdx → tillganglighet, fältet bedomd: Fyll i ett datum, skrivet ÅÅÅÅ-MM-DD, till exempel 2024-03-13\./,
  },
  {
    name: 'a link to a page of the site that does not exist',
    edits: { [LOCAL]: append('Se [rutinen](/rutiner/finns-inte/).') },
    says: new RegExp(`${escapeRegExp(LOCAL)}, rad \\d+ → ${local.id}, i texten: länken "/rutiner/finns-inte/" går till en sida som inte finns på webbplatsen`),
  },
  {
    name: 'a link to an anchor that does not exist',
    edits: { [CITY]: append(`Se [avsnittet](#${brokenAnchor}).`) },
    says: new RegExp(
      `${escapeRegExp(CITY)}, rad \\d+ → ${city.id}, i texten: länken "#${brokenAnchor}" går till #${brokenAnchor}, som inte finns på /rutiner/${city.id}/\\. Rubrikerna i rutinen har adresserna: .*${cityHeading}`,
    ),
  },
  {
    // The start page and the glossary link to the section by its heading's address (a step's
    // sources do too, but a step's own mistake above comes first when all are made at once).
    name: 'a renamed heading that pages of ours link to',
    edits: { [renamedRoutine.file]: replace(`\n## ${heading}\n`, `\n## ${newHeading}\n`) },
    says: new RegExp(`^${sectionUsers.map((where) => `(?=[\\s\\S]*${missingSection(where)})`).join('')}[\\s\\S]*Avsnitten heter: [^\\n]*${slugify(newHeading)}`),
  },
  {
    name: 'a sentence the start page quotes that is not word for word the routine',
    edits: { [SITE]: replace(siteQuote.citat, siteChange.changed) },
    says: new RegExp(
      `content/webbplats\\.yaml, fältet startsidan\\.citat\\[${siteIndex + 1}\\]\\.citat: citatet står inte ordagrant i rutinen "${siteQuote.dokument}"\\. Rutinen säger nu: ”[^”]*${siteChange.word}[^”]*” Skillnad mot citatet: borttaget: ”${siteChange.by}”; tillagt: ”${siteChange.word}”\\. .* Startsidan visar meningen som rutinens ord\\.`,
    ),
  },
  {
    name: 'a step whose scope names no routine',
    edits: { [STEPS]: replaceInEntry(scoped.id, `omfattning: ${scoped.omfattning}`, 'omfattning: finns-inte') },
    says: new RegExp(`content/process/steg\\.yaml → ${scoped.id}, fältet omfattning: Det finns ingen rutin som heter "finns-inte"\\. Skriv en av: ${routineIds.join(', ')}\\.`),
  },
  {
    name: 'a local routine for an administration its city routine does not apply to',
    edits: { [LOCAL]: replaceLine('forvaltningar:', 'forvaltningar: [Provstaden]') },
    says: new RegExp(
      `${escapeRegExp(LOCAL)} → ${local.id}, fältet forvaltningar\\[1\\]: "Provstaden" är inte en av förvaltningarna som ${escapeRegExp(city.data.title)} gäller för\\. Skriv en av: ${escapeRegExp(city.data.forvaltningar.join(', '))}`,
    ),
  },
  {
    name: 'answers written under the administration question, whose answers come from the routines',
    edits: { [QUESTIONS]: replaceInEntry(administration.id, '  typ: forvaltning\n', '  typ: forvaltning\n  alternativ:\n    - svar: annan\n      text: Någon annan\n') },
    says: new RegExp(
      `content/process/fragor\\.yaml → ${administration.id}, fältet alternativ: Svaren på frågan om förvaltning är förvaltningarna som rutinerna gäller för \\(forvaltningar i content/rutiner/\\)\\. Ta bort alternativ\\.`,
    ),
  },
  {
    name: 'a contact unit whose routine does not exist',
    edits: { [CONTACTS]: replaceInEntry(firstUnit.id, `rutin: ${firstUnit.rutin}`, 'rutin: finns-inte') },
    says: new RegExp(`content/kontakter\\.yaml → enheter → ${firstUnit.id}, fältet rutin: Det finns ingen rutin som heter "finns-inte"\\. Skriv en av: ${routineIds.join(', ')}\\.`),
  },
  {
    name: 'a script',
    edits: { [CITY]: append('<script>alert(1)</script>') },
    says: new RegExp(`${escapeRegExp(CITY)}, rad \\d+ → ${city.id}, i texten: <script> kör kod i läsarens webbläsare`),
  },
  {
    name: 'an iframe',
    edits: { [LOCAL]: append('<iframe src="https://example.com/"></iframe>') },
    says: new RegExp(`${escapeRegExp(LOCAL)}, rad \\d+ → ${local.id}, i texten: <iframe> visar en annan webbplats inuti sidan`),
  },
  {
    name: 'a style element',
    edits: { [STATEMENT]: append('<style>{`main { display: none }`}</style>') },
    says: /content\/sidor\/tillganglighet\.mdx, rad \d+ → tillganglighet, i texten: <style> ändrar webbplatsens utseende/,
  },
  {
    name: 'an event-handler attribute',
    edits: { [CITY]: append('<p onmouseover="alert(1)">Håll musen här.</p>') },
    says: new RegExp(`${escapeRegExp(CITY)}, rad \\d+ → ${city.id}, i texten: onmouseover på <p> kör kod i läsarens webbläsare`),
  },
  {
    name: 'a javascript: URL',
    edits: { [LOCAL]: append('[Läs mer](javascript:alert(1))') },
    says: new RegExp(`${escapeRegExp(LOCAL)}, rad \\d+ → ${local.id}, i texten: länken "javascript:alert\\(1\\)" kör kod i läsarens webbläsare`),
  },
  {
    name: 'an import and an export',
    edits: { [STATEMENT]: replace('\n---\n\n', "\n---\n\nimport { readFileSync } from 'node:fs'\nexport const hemlig = 1\n\n") },
    says: /content\/sidor\/tillganglighet\.mdx, rad \d+ → tillganglighet, i texten: "import \{ readFileSync \} from 'node:fs'" kan inte användas: import och export kör kod när webbplatsen byggs\.[^\n]*\n[\s\S]*"export const hemlig = 1" kan inte användas/,
  },
  {
    // A fictitious number (PTS's series for fiction, 031-390 06 00–99), one digit short.
    name: 'a mobile number without ten digits',
    edits: { [CONTACTS]: replaceInEntry(mobile.id, mobile.telefon![0]!, '070-390 06 0') },
    says: new RegExp(`content/kontakter\\.yaml → personer → ${mobile.id}, fältet telefon\\[1\\]: "070-390 06 0" är ett mobilnummer \\(07…\\) men har 9 siffror\\. Ett mobilnummer har 10 siffror`),
  },
  {
    name: 'two entries with the same id',
    edits: { [CONTACTS]: replaceInEntry(duplicate.id, `id: ${duplicate.id}`, `id: ${twin.id}`) },
    says: new RegExp(
      `content/kontakter\\.yaml → personer → post nummer ${people.length} \\(${escapeRegExp(duplicate.namn)}\\), fältet id: id "${twin.id}" används också av personer → post nummer ${people.length - 1} \\(${escapeRegExp(twin.namn)}\\)\\.`,
    ),
  },
];

/** All the mistakes' edits at once, one file's edits applied in turn. */
export function allMistakes(): Edits {
  const byFile: Edits = {};
  for (const { edits } of MISTAKES) {
    for (const [file, edit] of Object.entries(edits)) {
      const previous = byFile[file];
      byFile[file] = previous ? (text) => edit(previous(text)) : edit;
    }
  }
  return byFile;
}
