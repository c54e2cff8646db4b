import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/content-pipeline/index.ts';
import { FILES } from '../../src/content-pipeline/files.ts';
import { quotedParagraphs, paragraphsOf } from '../../src/lib/process/review.ts';
import { sentences, words } from '../../src/lib/routine-text/words.ts';
import { copyProject, replaceLine, ROOT, type Copy, type Edits } from './project.ts';

/**
 * A copy of the project after a revision made the way the editing guide
 * (content/README.md) tells a document owner, in content/ only:
 *
 * - in kontakter.yaml, one person's number changed and another person
 *   replaced by a new one (name, title kept, address), and the unit's
 *   `kontrollerad` set to the day the owner checked it;
 * - one sentence of the city routine reworded (one word) in the routine
 *   and in its decided document, with the published text kept as the
 *   earlier version content/rutiner/goteborgs-stad/<date>.mdx, a new
 *   senastReviderad and what changed (andringar); the step quoting the
 *   sentence quotes its new words;
 * - the steps re-read with `npm run granska -- ändring 1` (with `reviewed`);
 * - a guide question reworded in process/fragor.yaml.
 *
 * Every value is read from content/ and changed, never written here.
 * tests/content/owner-revision.test.ts builds it into dist-agare/, where the
 * browser tests can be run against it.
 */
const content = loadContent({ root: ROOT }).content!;
const routine = content.routines.find((candidate) => candidate.id === 'goteborgs-stad')!;
const paragraphs = new Map(content.routines.map((candidate) => [candidate.id, paragraphsOf(candidate.body)]));

// The sentence: one a single step quotes whole, in the city routine.
const quoting = content.process.steps.filter((step) => step.omfattning === routine.id && step.kallor.length === 1 && sentences(step.kallor[0]!.citat).length === 1);
const sentence = quoting.map((step) => step.kallor[0]!.citat).find((citat) => words(citat).length > 8)!;
const word = words(sentence)[4]!;
const reworded = sentence.replace(` ${word} `, ' omformulerat ');
const paragraph = paragraphs.get(routine.id)!.find((candidate) => candidate.text.includes(sentence))!;

// The contacts: the first person with a number gets a new one; the next person is replaced.
const [renumbered, replaced] = content.contacts.people.filter((person) => person.telefon.length > 0);
// The owner checked the units whose people changed, and says so.
const units = [renumbered!.enhet, replaced!.enhet];
const question = content.process.questions.find((candidate) => candidate.typ === 'val')!;

export const OWNER = {
  routine: routine.id,
  earlier: routine.data.senastReviderad,
  current: '2026-02-02',
  checked: '2026-02-02',
  sentence,
  reworded,
  removed: word,
  added: 'omformulerat',
  /** The steps quoting the sentence or its paragraph: the ones to read again. */
  steps: content.process.steps.filter((step) => quotedParagraphs(step, paragraphs).includes(paragraph)).map((step) => step.id),
  /** PTS's series for fiction (031-390 06 00–99). */
  phone: { person: renumbered!.id, before: renumbered!.telefon[0]!.written, after: '031-390 06 01' },
  person: { id: replaced!.id, before: replaced!.namn, name: 'Kim Exempelsson', email: 'kim.exempelsson@goteborg.se' },
  question: { id: question.id, before: question.fraga, after: `${question.fraga.replace(/\?$/, '')}, enligt rutinen?` },
  dist: join(ROOT, 'dist-agare'),
  /** The copy's content/, kept beside its build for the browser tests run over both (scripts/test.mjs). */
  content: join(ROOT, 'dist-agare-innehall'),
} as const;

const EDITS: Edits = {
  [`content/rutiner/${OWNER.routine}.mdx`]: (text) =>
    replaceLine('senastReviderad:', `senastReviderad: ${OWNER.current}\nandringar: "En mening omformulerad: ”${OWNER.added}”."`)(text).replace(sentence, reworded),
  [`content/rutiner/${OWNER.routine}/beslutat-dokument.txt`]: (text) => text.replace(sentence, reworded).replace(`Senast reviderad:\n${OWNER.earlier}`, `Senast reviderad:\n${OWNER.current}`),
  [FILES.steps]: (text) => text.replace(`citat: ${sentence}`, `citat: ${reworded}`),
  [FILES.contacts]: (text) =>
    text
      .replace(`telefon: [${OWNER.phone.before}]`, `telefon: [${OWNER.phone.after}]`)
      .replace(`- id: ${replaced!.id}\n    namn: ${replaced!.namn}`, `- id: ${replaced!.id}\n    namn: ${OWNER.person.name}`)
      .replace(`epost: ${replaced!.epost}`, `epost: ${OWNER.person.email}`)
      .replace(/^ {2}- id: (\S+)\n/gm, (line, id: string) => (units.includes(id) ? `${line}    kontrollerad: ${OWNER.checked}\n` : line)),
  [FILES.questions]: (text) => text.replace(`fraga: ${question.fraga}`, `fraga: ${OWNER.question.after}`),
};

/** The copy; with `reviewed`, after `npm run granska -- ändring 1` as the owner runs it. */
export function ownerRevision({ reviewed = true, contentOnly = false } = {}): Copy {
  const published = readFileSync(join(ROOT, `content/rutiner/${OWNER.routine}.mdx`), 'utf8');
  const copy = copyProject(EDITS, { [`content/rutiner/${OWNER.routine}/${OWNER.earlier}.mdx`]: published }, { contentOnly });
  if (reviewed) {
    const review = copy.run([join(ROOT, 'scripts/granska.ts'), 'ändring', '1']);
    if (!review.ok) throw new Error(`npm run granska failed in the copy:\n${review.output}`);
  }
  return copy;
}
