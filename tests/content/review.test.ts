import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContent } from '../../src/content-pipeline/index.ts';
import { FILES } from '../../src/content-pipeline/files.ts';
import { quotedParagraphs, paragraphsOf } from '../../src/lib/process/review.ts';
import { slugify } from '../../src/lib/slug.ts';
import { sentences, words } from '../../src/lib/routine-text/words.ts';
import { checkWith, copyProject, escapeRegExp, ROOT, type Edits } from './project.ts';

const GRANSKA = join(ROOT, 'scripts/granska.ts');
const content = loadContent({ root: ROOT }).content!;

/**
 * A revision of one word in one sentence of a routine, made where an owner
 * makes it: the routine's page and its decided document. The sentence is
 * one a step quotes, in a section whose other paragraphs other steps quote.
 */
function oneWordRevision(routine: string, sentence: string, from: string, to: string): Edits {
  const edit = (text: string) => {
    const after = text.replace(sentence, sentence.replace(` ${from} `, ` ${to} `));
    if (after === text) throw new Error(`"${sentence}" is not in the text`);
    return after;
  };
  const edits: Edits = { [`content/rutiner/${routine}.mdx`]: edit, [`content/rutiner/${routine}/beslutat-dokument.txt`]: edit };
  // A step quoting the sentence quotes it as it now reads: the owner's part of the revision, which the check asks for.
  if (content.process.steps.some((step) => step.kallor.some((source) => source.citat.includes(sentence)))) edits[FILES.steps] = edit;
  return edits;
}

// The longest section the steps quote, and in it a sentence of a paragraph fewer steps quote than the section.
const routine = content.routines.find((candidate) => candidate.id === 'goteborgs-stad')!;
const paragraphs = new Map(content.routines.map((candidate) => [candidate.id, paragraphsOf(candidate.body)]));
const bySection = (section: string) => content.process.steps.filter((step) => step.kallor.some((source) => source.dokument === routine.id && source.avsnitt === section));
const section = [...new Set(content.process.steps.flatMap((step) => step.kallor.map((source) => source.avsnitt)))].sort((a, b) => bySection(b).length - bySection(a).length)[0]!;
const quotedBy = (paragraph: string) => content.process.steps.filter((step) => quotedParagraphs(step, paragraphs).some((quoted) => quoted.text === paragraph));
const paragraph = paragraphs
  .get(routine.id)!
  .filter((candidate) => candidate.section === section && quotedBy(candidate.text).length > 0)
  .sort((a, b) => quotedBy(a.text).length - quotedBy(b.text).length)[0]!;
const sentence = sentences(paragraph.text).find((candidate) => words(candidate).length > 6)!;
const [from, to] = [words(sentence)[3]!, 'ändrat'];
const REVISION = oneWordRevision(routine.id, sentence, from, to);
const readAgain = quotedBy(paragraph.text).map((step) => step.id);

test('the fixture is what the acceptance asks: a section many steps quote, a paragraph fewer steps quote', () => {
  assert.ok(bySection(section).length > readAgain.length, `${section}: ${bySection(section).length} steps, the paragraph ${readAgain.length}`);
});

test('one word changed in one sentence asks to read again only the steps quoting that sentence or its paragraph, showing the word removed and added', () => {
  const { errors, nextSteps, output } = checkWith(REVISION);
  const change = errors.filter((error) => error.includes('ändring 1'));
  assert.equal(change.length, 1, output);
  assert.match(change[0]!, new RegExp(`^content/rutiner/${routine.id}\\.mdx → ${routine.id}, i texten: ändring 1 i avsnittet ”[^”]+” \\(rutinen "${routine.id}"\\) sedan stegen granskades: meningen ”[^”]+” \\(borttaget: ”${from}”; tillagt: ”${to}”\\)\\.`));
  const named = /Steg som citerar meningen eller dess stycke och behöver läsas om: (.*)\. Läs dem/.exec(change[0]!)![1]!.split(', ').map((step) => step.split(' ')[0]);
  assert.deepEqual(named, readAgain);
  // No other step is named anywhere, and the steps quoting the changed sentence are told to fix their quote in the same run.
  const others = content.process.steps.filter((step) => !readAgain.includes(step.id)).map((step) => step.id);
  for (const id of others) assert.doesNotMatch(output, new RegExp(`→ ${id}[,:]|\\b${id} \\(`), id);
  assert.deepEqual(nextSteps, [`Att granska (se content/README.md, "När en rutin ändras"): läs det som har ändrats och stegen som nämns, ändra stegen om det behövs och kör sedan\n  npm run granska -- ändring 1`]);
});

test("a step's own words sharpened with its quote untouched must be read again, showing the words", () => {
  const step = content.process.steps.find((candidate) => candidate.beskrivning.split(' ').length > 4)!;
  const [word] = step.beskrivning.split(' ').slice(2);
  const { errors } = checkWith({ [FILES.steps]: (text) => text.replace(step.beskrivning, step.beskrivning.replace(` ${word} `, ' alltid ')) });
  assert.deepEqual(errors, [
    `${FILES.steps} → ${step.id}, fältet beskrivning: stegets egna ord har ändrats sedan steget granskades (borttaget: ”${word}”; tillagt: ”alltid”). Läs meningarna som steget citerar och kontrollera att steget fortfarande säger det som rutinen säger. Kör sedan: npm run granska -- ${step.id}`,
  ]);
});

test('npm run granska shows the change and its steps, accepts them all at once, and the content passes again', () => {
  const copy = copyProject(REVISION, {}, { contentOnly: true });
  try {
    const list = copy.run([GRANSKA]);
    assert.equal(list.ok, true, list.output);
    assert.match(list.output, new RegExp(`Ändring 1: avsnittet ”[^”]+” i rutinen "${routine.id}"\\n {2}Förut: .*\\n {2}Nu: {4}.*\\n {9}\\(borttaget: ”${from}”; tillagt: ”${to}”\\)\\n {2}Steg som citerar meningen eller dess stycke:\\n`));
    for (const id of readAgain) assert.match(list.output, new RegExp(`^ {4}${id} {2}\\(`, 'm'));
    assert.match(list.output, / {2}När du har läst: npm run granska -- ändring 1\n/);
    const recorded = copy.run([GRANSKA, 'ändring', '1']);
    assert.equal(recorded.ok, true, recorded.output);
    assert.match(recorded.output, /^Granskat: ändring 1 /m);
    assert.match(recorded.output, /Alla steg är granskade\. Kör npm run kontrollera\./);
    assert.deepEqual(loadContent({ root: copy.dir }).errors, []);
  } finally {
    copy.remove();
  }
});

test('npm run granska refuses a step or a change that does not exist, in Swedish', () => {
  const copy = copyProject({}, {}, { contentOnly: true });
  try {
    const result = copy.run([GRANSKA, 'nybesk', 'ändring', '3']);
    assert.equal(result.ok, false);
    assert.match(result.output, /Det finns inget steg som heter "nybesk" i content\/process\/steg\.yaml\./);
    assert.match(result.output, /Det finns ingen ändring 3: ingen text har ändrats sedan stegen granskades, så det finns inget att godkänna\./);
  } finally {
    copy.remove();
  }
});

test('new text no step quotes is listed, and is accepted with its change', () => {
  const last = paragraphs.get(routine.id)!.filter((candidate) => quotedBy(candidate.text).length === 0 && candidate.text.endsWith('.')).at(-1)!;
  const addition = 'En helt ny mening som inget steg citerar.';
  const edit = (text: string) => text.replace(last.text, `${last.text} ${addition}`);
  const { errors } = checkWith({ [`content/rutiner/${routine.id}.mdx`]: edit, [`content/rutiner/${routine.id}/beslutat-dokument.txt`]: edit });
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, new RegExp(`ny mening ”${addition}”\\. Det är ny text som inget steg citerar: behövs ett nytt steg\\? Lägg i så fall till det i content/process/steg\\.yaml\\. Kör sedan: npm run granska -- ändring 1$`));
});

test('a granskning.yaml of the earlier format is named, and npm run granska carries it over', () => {
  const old = 'nybesok:\n  nordost#arbetsatt-forsorjningsstod: "0000000000"\n';
  const { errors } = checkWith({ [FILES.reviews]: () => old });
  assert.deepEqual(errors, [`${FILES.reviews}: filen är skriven i ett äldre format, som bara visar att ett avsnitt har ändrats och inte vad. Kör npm run granska en gång, så skrivs den om (steg som var granskade förblir granskade).`]);
  const copy = copyProject({ [FILES.reviews]: () => old }, {}, { contentOnly: true });
  try {
    const carried = copy.run([GRANSKA]);
    assert.match(carried.output, /content\/process\/granskning\.yaml är omskriven i det nya formatet\./);
    // The made-up fingerprint matched no section: that step is to be reviewed, and the file is of the new format.
    const after = loadContent({ root: copy.dir });
    assert.ok(after.errors.some((error) => error.startsWith(`${FILES.steps} → nybesok: steget har inte granskats`)), after.errors.join('\n'));
  } finally {
    copy.remove();
  }
});

test('a renamed heading is named a heading, and asks for no new step', () => {
  // A heading no step's section is named by, so that only the review speaks.
  const cited = new Set(content.process.steps.flatMap((step) => step.kallor.map((source) => `${source.dokument}#${source.avsnitt}`)));
  const heading = paragraphs
    .get(routine.id)!
    .map((paragraph) => /^#{2,6} (.+)$/.exec(paragraph.text)?.[1])
    .find((text) => text && !cited.has(`${routine.id}#${slugify(text)}`))!;
  const edit = (text: string) => text.replace(new RegExp(`^(#{2,6}) ${escapeRegExp(heading)}$`, 'm'), `$1 ${heading} och mer`);
  const { errors } = checkWith({ [`content/rutiner/${routine.id}.mdx`]: edit, [`content/rutiner/${routine.id}/beslutat-dokument.txt`]: (text) => text.replace(heading, `${heading} och mer`) });
  const review = errors.find((error) => error.includes('ändring 1'));
  assert.ok(review, errors.join('\n'));
  assert.match(review, new RegExp(`rubriken ”${escapeRegExp(heading)} och mer” \\(tillagt: ”och mer”\\)\\. Ingen mening under rubriken har ändrats, så inget steg behöver läsas om\\. Kör: npm run granska -- ändring 1$`));
});
