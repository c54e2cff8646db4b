import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { copyProject, replace, replaceLine, ROOT, type Copy } from './project.ts';
import { loadContent } from '../../src/content-pipeline/index.ts';
import { paragraphsOf, quotedParagraphs } from '../../src/lib/process/review.ts';
import { sentences } from '../../src/lib/routine-text/words.ts';

/**
 * A copy of the project as a document owner leaves it after publishing a
 * revision by the editing guide: a routine's published text kept as
 * content/rutiner/<id>/<its senastReviderad>.mdx, and the current file
 * revised (one word changed in a paragraph that steps quote, outside
 * their quotes; a new date, a summary), the steps re-read as the editing
 * guide says (`npm run granska -- ändring 1`). The site's settings
 * are filled in too. Its build, in dist-versioner/, is read by
 * tests/content/revisions.test.ts and by the browser tests in
 * tests/revisions.spec.ts.
 *
 * The routine is the one in content/ with the longest title, so the pages
 * only a revision brings (the earlier version, what changed) are checked
 * with the longest name any of them carries. Everything the tests expect
 * is read from that routine's file: its title, its last revision, and the
 * word changed, the first long word that occurs once in the file, in a
 * plain paragraph under a heading.
 */
interface Header {
  title: string;
  kortnamn: string;
  senastReviderad: string;
}

const ROUTINE_DIR = join(ROOT, 'content/rutiner');

/** The routines in content/ (not their earlier versions), with their headers. */
function routines(): Array<{ id: string; text: string; header: Header }> {
  return readdirSync(ROUTINE_DIR)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(join(ROUTINE_DIR, file), 'utf8');
      const header = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: CORE_SCHEMA }) as Header;
      return { id: file.replace(/\.mdx?$/, ''), text, header };
    });
}

const longest = routines().sort((a, b) => b.header.title.length - a.header.title.length)[0]!;

/**
 * The content's data files, where a step or a glossary entry may quote the
 * routine (not the review's record, which keeps the whole text).
 */
const quoting = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml') && file !== join('process', 'granskning.yaml'))
  .map((file) => readFileSync(join(ROOT, 'content', file), 'utf8'))
  .join('\n');

const content = loadContent({ root: ROOT }).content!;
const paragraphs = paragraphsOf(content.routines.find((routine) => routine.id === longest.id)!.body);
/** The paragraphs of the routine that steps quote, with those steps. */
const quotedBy = new Map<(typeof paragraphs)[number], string[]>();
for (const step of content.process.steps) {
  for (const paragraph of quotedParagraphs(step, new Map([[longest.id, paragraphs]]))) quotedBy.set(paragraph, [...(quotedBy.get(paragraph) ?? []), step.id]);
}
const decided = readFileSync(join(ROUTINE_DIR, longest.id, 'beslutat-dokument.txt'), 'utf8');

/**
 * The word to change: in a plain paragraph (no markup) under a heading
 * that steps quote, long, once in the whole file, and quoted nowhere (so
 * no step's quote is touched by the edit, but the steps quoting the
 * paragraph are asked to be re-read), with the words after it as the
 * decided document has them.
 */
function wordToChange(text: string) {
  let section: string | undefined;
  for (const line of text.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    const heading = /^#{2,6} (.+)$/.exec(line);
    if (heading) section = heading[1]!.trim();
    if (!section || heading || !/^\p{L}/u.test(line) || /[*_`[\]<>|]/.test(line)) continue;
    const paragraph = [...quotedBy.keys()].find((candidate) => candidate.text === line.trim());
    if (!paragraph) continue;
    const words = line.split(/\s+/);
    const index = words.findIndex(
      (word, at) => /^\p{L}{8,}$/u.test(word) && text.split(word).length === 2 && !quoting.includes(word) && decided.includes(words.slice(at, at + 4).join(' ')),
    );
    if (index >= 0) {
      return {
        word: words[index]!,
        section,
        sectionId: paragraph.section,
        sentence: sentences(line).find((sentence) => sentence.split(/\s+/).includes(words[index]!))!,
        context: words.slice(index, index + 4).join(' '),
        steps: quotedBy.get(paragraph)!,
      };
    }
  }
  throw new Error(`${longest.id}: no word to change for the revision fixture`);
}

/** A date a year after `iso` (the 28th where the month is shorter). */
function yearAfter(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

const change = wordToChange(longest.text);
const ADDED = 'omformulerat';

export const FIXTURE = {
  routine: longest.id,
  title: longest.header.title,
  /** The owner's summary of the routine's last revision, if it has one: the kept copy carries it. */
  earlierSummary: content.routines.find((routine) => routine.id === longest.id)!.data.andringar,
  /** The versions of the routine content/ already keeps, newest first. */
  keptBefore: content.versions
    .filter((version) => version.routine === longest.id)
    .map((version) => ({ date: version.date, summary: version.data.andringar }))
    .reverse(),
  shortName: longest.header.kortnamn,
  earlier: longest.header.senastReviderad,
  current: yearAfter(longest.header.senastReviderad),
  removed: change.word,
  added: ADDED,
  /** The removed word and the few after it, as the earlier version has them word for word. */
  earlierText: change.context,
  /** The sentence the word is in, before the edit. */
  sentence: change.sentence,
  section: change.section,
  sectionId: change.sectionId,
  /** The steps quoting the changed paragraph: the ones the owner re-read, and the change line marks. */
  steps: change.steps,
  summary: `Ett ord ändrat: ”${ADDED}”.`,
  organisation: 'Göteborgs Stad',
  intranet: { adress: 'https://intranat.example.se/', text: 'Intranätets startsida' },
  email: 'synpunkter.insluss@goteborg.se',
  ownerEmail: 'dokumentansvarig.insluss@goteborg.se',
  dist: join(ROOT, 'dist-versioner'),
} as const;

export function revisionFixture(): Copy {
  const file = `content/rutiner/${FIXTURE.routine}.mdx`;
  const copy = copyProject(
    {
      [file]: (text) =>
        replace(FIXTURE.removed, FIXTURE.added)(
          // The summary of this revision replaces the owner's summary of the last one, if the routine has one.
          replaceLine('senastReviderad:', `senastReviderad: ${FIXTURE.current}\nandringar: "${FIXTURE.summary}"`)(replaceLine('andringar:', '')(text)),
        ),
      // The new decided document says the same.
      [`content/rutiner/${FIXTURE.routine}/beslutat-dokument.txt`]: replace(
        FIXTURE.earlierText,
        FIXTURE.earlierText.replace(FIXTURE.removed, FIXTURE.added),
      ),
      'content/webbplats.yaml': (text) =>
        replaceLine('intranat:', `intranat:\n  adress: ${FIXTURE.intranet.adress}\n  text: ${FIXTURE.intranet.text}`)(
          replaceLine('tillganglighetEpost:', `tillganglighetEpost: ${FIXTURE.email}`)(
            replaceLine('dokumentansvarigEpost:', `dokumentansvarigEpost: ${FIXTURE.ownerEmail}`)(text),
          ),
        ),
    },
    { [`content/rutiner/${FIXTURE.routine}/${FIXTURE.earlier}.mdx`]: longest.text },
  );
  // The steps quoting the changed paragraph are re-read as the owner does (npm run granska).
  const review = copy.run([join(ROOT, 'scripts/granska.ts'), 'ändring', '1']);
  if (!review.ok) throw new Error(`npm run granska failed in the copy:\n${review.output}`);
  return copy;
}

/** The steps quoting the paragraph the fixture's revision changed. */
export function revisedSteps(): string[] {
  return [...FIXTURE.steps];
}
