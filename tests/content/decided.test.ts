import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOnDisk, loadContent } from '../../src/content-pipeline/index.ts';
import { withChanges } from '../../src/content-pipeline/files.ts';
import { decidedParagraphs } from '../../src/lib/routine-text/decided.ts';
import { sentences } from '../../src/lib/routine-text/words.ts';
import { checkWith, copyProject, ROOT } from './project.ts';

/**
 * The page against its decided document (content/rutiner/<id>/beslutat-dokument.*),
 * sentence by sentence: a sentence of the document missing from the page,
 * or one on the page the document does not have, stops the check, naming it.
 */
const KONTROLLERA = join(ROOT, 'scripts/kontrollera.mjs');
const content = loadContent({ root: ROOT }).content!;
const routine = content.routines.find((candidate) => candidate.id === 'nordost')!;
const DECIDED = `content/rutiner/${routine.id}/beslutat-dokument.txt`;
// A sentence of the routine's own text, in the middle of a paragraph of several.
const paragraph = decidedParagraphs(routine.body).find((candidate) => sentences(candidate).length >= 3)!;
const sentence = sentences(paragraph)[1]!;
const missing = { [routine.file]: (text: string) => text.replace(` ${sentence}`, '') };
/** The check's own errors; the same edit also asks for the steps to be re-read (tests/content/review.test.ts). */
const decidedErrors = (errors: string[]) => errors.filter((error) => !error.includes('ändring 1'));

test('a sentence of the decided document missing from the page is named, whole, with where it stands on the page', () => {
  const errors = decidedErrors(checkWith(missing).errors);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.ok(errors[0]!.startsWith(`${routine.file}, rad `), errors[0]);
  assert.ok(errors[0]!.includes(`i texten: det beslutade dokumentet (${DECIDED}) har text som saknas på sidan: ”${sentence}”. På sidan står närmast: ”${sentences(paragraph)[0]}”.`), errors[0]);
});

test('a sentence on the page that the decided document does not have is named', () => {
  const added = 'Denna mening står inte i det beslutade dokumentet.';
  const errors = decidedErrors(checkWith({ [routine.file]: (text) => text.replace(sentence, `${sentence} ${added}`) }).errors);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.ok(errors[0]!.includes(`sidan har text som inte står i det beslutade dokumentet (${DECIDED}): ”${added}”. I dokumentet står närmast: ”${sentence}”.`), errors[0]);
});

test('a word changed on the page names the sentence on both sides and the words', () => {
  const [first] = sentence.split(' ');
  const errors = decidedErrors(checkWith({ [routine.file]: (text) => text.replace(sentence, sentence.replace(/ (\S+) /, ' ordet ')) }).errors);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, new RegExp(`meningen står inte som i det beslutade dokumentet \\(${DECIDED}\\)\\. Dokumentet: ”${escape(sentence)}”\\. Sidan: ”${escape(first!)} ordet .*”\\. Skillnad mot dokumentet: borttaget: ”[^”]+”; tillagt: ”ordet”\\.`));
});

test('a routine without its decided document, and a document not named as the check reads it, are named', () => {
  const { errors } = loadContent({ root: ROOT, files: withChanges(filesOnDisk(ROOT), { [DECIDED]: null, [`content/rutiner/${routine.id}/Beslut 2023.pdf`]: '%PDF' }) });
  assert.ok(errors.some((error) => error.startsWith(`${routine.file} → ${routine.id}: rutinens beslutade dokument saknas.`)), errors.join('\n'));
  assert.ok(errors.includes(`content/rutiner/${routine.id}/Beslut 2023.pdf: rutinens beslutade dokument ska heta beslutat-dokument.pdf (eller beslutat-dokument.txt, om det är sparat som text). Byt namn på filen.`), errors.join('\n'));
});

test('a text saved by Windows (Windows-1252) reads as the same text', () => {
  const copy = copyProject({}, {}, { contentOnly: true });
  try {
    const path = join(copy.dir, DECIDED);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, Buffer.from([...text].map((char) => { const code = char.charCodeAt(0); return code < 256 ? code : 0x3f; })));
    const { errors } = loadContent({ root: copy.dir });
    // Characters Windows-1252 lacks became "?": only sentences with them may differ, never å, ä or ö.
    assert.ok(errors.every((error) => !/[åäö]/.test(error.match(/borttaget: ”([^”]*)”/)?.[1] ?? '')), errors.join('\n'));
  } finally {
    copy.remove();
  }
});

test('npm run kontrollera stops on a missing sentence in under 10 s, naming it', () => {
  const copy = copyProject(missing, {}, { contentOnly: true });
  try {
    const started = performance.now();
    const { ok, output } = copy.run([KONTROLLERA]);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(ok, false, output);
    assert.ok(output.includes(`”${sentence}”`), output);
    assert.ok(seconds < 10, `${seconds} s`);
  } finally {
    copy.remove();
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
