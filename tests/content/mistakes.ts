import { replace, replaceLine, type Edits } from './project.ts';

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

const NORDOST = 'content/rutiner/nordost.mdx';
const CITY = 'content/rutiner/goteborgs-stad.mdx';
const STATEMENT = 'content/sidor/tillganglighet.mdx';
const CONTACTS = 'content/kontakter.yaml';
const GLOSSARY = 'content/ordlista.yaml';
const SITE = 'content/webbplats.yaml';
const STEPS = 'content/process/steg.yaml';
const QUESTIONS = 'content/process/fragor.yaml';

/** Adds a paragraph at the end of an MDX file. */
const append = (text: string) => (before: string) => `${before.trimEnd()}\n\n${text}\n`;

export const MISTAKES: Mistake[] = [
  {
    name: 'a glossary explanation that is not word for word the routine',
    edits: { [GLOSSARY]: replace('kan SIG (social insatsgrupp) vara en hjälpsam insats', 'kan SIG (social insatsgrupp) vara en bra insats') },
    says: /content\/ordlista\.yaml → sig, fältet forklaring\[1\]\.citat: citatet står inte ordagrant i rutinen "goteborgs-stad"/,
  },
  {
    name: 'a date that does not exist',
    edits: { [NORDOST]: replaceLine('senastReviderad:', 'senastReviderad: 2023-02-30') },
    says: /content\/rutiner\/nordost\.mdx → nordost, fältet senastReviderad: 2023-02-30 finns inte: februari 2023 har 28 dagar\./,
  },
  {
    name: 'a date in the wrong form',
    edits: { [CITY]: replaceLine('senastReviderad:', 'senastReviderad: 13 mars 2024') },
    says: /content\/rutiner\/goteborgs-stad\.mdx → goteborgs-stad, fältet senastReviderad: "13 mars 2024" är inte skrivet som ett datum\. Skriv datumet som ÅÅÅÅ-MM-DD/,
  },
  {
    name: 'a missing date field',
    edits: { [STATEMENT]: replaceLine('bedomd:', '') },
    says: /content\/sidor\/tillganglighet\.mdx → tillganglighet, fältet bedomd: Fyll i ett datum, skrivet ÅÅÅÅ-MM-DD, till exempel 2024-03-13\./,
  },
  {
    name: 'a link to a page of the site that does not exist',
    edits: { [NORDOST]: replace('[Insluss - rutin](/rutiner/goteborgs-stad/)', '[Insluss - rutin](/rutiner/goteborg/)') },
    says: /content\/rutiner\/nordost\.mdx, rad \d+ → nordost, i texten: länken "\/rutiner\/goteborg\/" går till en sida som inte finns på webbplatsen/,
  },
  {
    name: 'a link to an anchor that does not exist',
    edits: { [CITY]: append('Se [Målgrupp](#malgrup).') },
    says: /content\/rutiner\/goteborgs-stad\.mdx, rad \d+ → goteborgs-stad, i texten: länken "#malgrup" går till #malgrup, som inte finns på \/rutiner\/goteborgs-stad\/\. Rubrikerna i rutinen har adresserna: .*malgrupp/,
  },
  {
    // The start page and the glossary link to the section by its heading's address (a step's
    // sources do too, but a step's own mistake above comes first when all are made at once).
    name: 'a renamed heading that pages of ours link to',
    edits: { [NORDOST]: replace('\n## Bakgrund\n', '\n## Bakgrunden\n') },
    says: /^(?=[\s\S]*content\/webbplats\.yaml, fältet startsidan\.citat\[1\]\.avsnitt: avsnittet "bakgrund" finns inte i rutinen "nordost"\. Avsnitten heter: bakgrunden, )(?=[\s\S]*content\/ordlista\.yaml → insluss, fältet forklaring\[1\]\.avsnitt: avsnittet "bakgrund" finns inte i rutinen "nordost")/,
  },
  {
    name: 'a sentence the start page quotes that is not word for word the routine',
    edits: { [SITE]: replace('samordnas tidigt, redan under anstaltstiden', 'samordnas i god tid, redan under anstaltstiden') },
    says: /content\/webbplats\.yaml, fältet startsidan\.citat\[2\]\.citat: citatet står inte ordagrant i rutinen "goteborgs-stad"\. Rutinen säger nu: ”[^”]*samordnas tidigt[^”]*” Skillnad mot citatet: borttaget: ”i god tid,”; tillagt: ”tidigt,”\. .* Startsidan visar meningen som rutinens ord\./,
  },
  {
    name: 'a step whose scope names no routine',
    edits: { [STEPS]: replace('  omfattning: goteborgs-stad', '  omfattning: stad') },
    says: /content\/process\/steg\.yaml → informera-och-hanvisa, fältet omfattning: Det finns ingen rutin som heter "stad"\. Skriv en av: goteborgs-stad, nordost\./,
  },
  {
    name: 'a local routine for an administration its city routine does not apply to',
    edits: { [NORDOST]: replaceLine('forvaltningar:', 'forvaltningar: [Angered]') },
    says: /content\/rutiner\/nordost\.mdx → nordost, fältet forvaltningar\[1\]: "Angered" är inte en av förvaltningarna som Göteborgs Stads rutin för samverkan enligt insluss gäller för\. Skriv en av: Centrum, Hisingen, Nordost, Sydväst/,
  },
  {
    name: 'answers written under the administration question, whose answers come from the routines',
    edits: { [QUESTIONS]: replace('  svarstext: Socialförvaltningen {forvaltning}', '  alternativ:\n    - svar: annan\n      text: Någon annan\n  svarstext: Socialförvaltningen {forvaltning}') },
    says: /content\/process\/fragor\.yaml → forvaltning, fältet alternativ: Svaren på frågan om förvaltning är förvaltningarna som rutinerna gäller för \(forvaltningar i content\/rutiner\/\)\. Ta bort alternativ\./,
  },
  {
    name: 'a contact unit whose routine does not exist',
    edits: { [CONTACTS]: replace('    rutin: nordost', '    rutin: nordöst') },
    says: /content\/kontakter\.yaml → enheter → vuxen-mottag, fältet rutin: Det finns ingen rutin som heter "nordöst"\. Skriv en av: goteborgs-stad, nordost\./,
  },
  {
    name: 'a script',
    edits: { [CITY]: append('<script>alert(1)</script>') },
    says: /content\/rutiner\/goteborgs-stad\.mdx, rad \d+ → goteborgs-stad, i texten: <script> kör kod i läsarens webbläsare/,
  },
  {
    name: 'an iframe',
    edits: { [NORDOST]: append('<iframe src="https://example.com/"></iframe>') },
    says: /content\/rutiner\/nordost\.mdx, rad \d+ → nordost, i texten: <iframe> visar en annan webbplats inuti sidan/,
  },
  {
    name: 'a style element',
    edits: { [STATEMENT]: append('<style>{`main { display: none }`}</style>') },
    says: /content\/sidor\/tillganglighet\.mdx, rad \d+ → tillganglighet, i texten: <style> ändrar webbplatsens utseende/,
  },
  {
    name: 'an event-handler attribute',
    edits: { [CITY]: append('<p onmouseover="alert(1)">Håll musen här.</p>') },
    says: /content\/rutiner\/goteborgs-stad\.mdx, rad \d+ → goteborgs-stad, i texten: onmouseover på <p> kör kod i läsarens webbläsare/,
  },
  {
    name: 'a javascript: URL',
    edits: { [NORDOST]: append('[Läs mer](javascript:alert(1))') },
    says: /content\/rutiner\/nordost\.mdx, rad \d+ → nordost, i texten: länken "javascript:alert\(1\)" kör kod i läsarens webbläsare/,
  },
  {
    name: 'an import and an export',
    edits: { [STATEMENT]: replace('\n---\n\n', "\n---\n\nimport { readFileSync } from 'node:fs'\nexport const hemlig = 1\n\n") },
    says: /content\/sidor\/tillganglighet\.mdx, rad \d+ → tillganglighet, i texten: "import \{ readFileSync \} from 'node:fs'" kan inte användas: import och export kör kod när webbplatsen byggs\.[^\n]*\n[\s\S]*"export const hemlig = 1" kan inte användas/,
  },
  {
    name: 'a mobile number without ten digits',
    edits: { [CONTACTS]: replace('[031-365 37 14]', '[070-365 37 1]') },
    says: /content\/kontakter\.yaml → personer → gunilla-ericson, fältet telefon\[1\]: "070-365 37 1" är ett mobilnummer \(07…\) men har 9 siffror\. Ett mobilnummer har 10 siffror/,
  },
  {
    name: 'two entries with the same id',
    edits: { [CONTACTS]: replace('id: anna-eriksson', 'id: hamideh-daniali') },
    says: /content\/kontakter\.yaml → personer → post nummer 6 \(Anna Eriksson\), fältet id: id "hamideh-daniali" används också av personer → post nummer 5 \(Hamideh Daniali\)\./,
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
