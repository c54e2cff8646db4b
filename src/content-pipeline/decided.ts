/**
 * The routine's page against its decided document (content/rutiner/<id>/
 * beslutat-dokument.pdf or .txt): every sentence of the document on the
 * page, in order, and nothing on the page that the document does not say.
 * The comparison itself is src/lib/routine-text/decided.ts; this file
 * reads the document and writes the owner's messages.
 */
import type { Block } from '../lib/routine-text/blocks.ts';
import { contactParagraphs } from '../lib/routine-text/contact-text.ts';
import { compareWithDecided, type Difference } from '../lib/routine-text/decided.ts';
import { describeChange, quoted } from '../lib/routine-text/words.ts';
import { ROUTINE_DIR, type ContentFiles } from './files.ts';
import { pdfText } from './pdf-text.ts';
import type { Problem } from './problems.ts';
import type { Person, Unit } from './schemas.ts';

/** The name of the decided document in a routine's folder, without its ending. */
export const DECIDED = 'beslutat-dokument';

/** How many differences of one routine are written out; the rest are counted. */
const SHOWN = 5;

/** The decided document of a routine: its file (the text one, where both are there) or undefined. */
export function decidedFile(files: readonly string[], routine: string): string | undefined {
  const base = `${ROUTINE_DIR}/${routine}/${DECIDED}`;
  return [`${base}.txt`, `${base}.pdf`].find((file) => files.includes(file));
}

/** The document's text: a PDF read with PDF.js; a text file as UTF-8, UTF-16 or, as Windows saves it, Windows-1252. */
export function readDecided(files: ContentFiles, file: string): { text: string } | { problem: Problem } {
  const bytes = files.bytes?.(file) ?? new TextEncoder().encode(files.read(file) ?? '');
  if (file.endsWith('.pdf')) {
    const read = pdfText(bytes);
    if ('error' in read) {
      return { problem: { file, message: `PDF-filen går inte att läsa. Spara dokumentet som text i stället, som ${DECIDED}.txt i samma mapp (se content/README.md, ”Det beslutade dokumentet”).` } };
    }
    if (!read.text.trim()) {
      return { problem: { file, message: `PDF-filen har ingen text att läsa (den är kanske inskannad som bild). Spara dokumentet som text i stället, som ${DECIDED}.txt i samma mapp.` } };
    }
    return read;
  }
  return { text: decode(bytes) };
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export interface DecidedCheck {
  routine: { id: string; file: string; blocks: readonly Block[]; senastReviderad: string | undefined };
  decided: { file: string; text: string };
  /** The parsed contact data, when it could be read; without it contacts are not compared. */
  contacts: { units: readonly Unit[]; people: readonly Person[] } | undefined;
}

/** Errors where the page and the document differ; warnings where the contact data differs from the document. */
export function decidedProblems({ routine, decided, contacts }: DecidedCheck): { problems: Problem[]; warnings: string[] } {
  const units = new Map(contacts?.units.map((unit) => [unit.id, unit]));
  const comparison = compareWithDecided(decided.text, routine.blocks, (id) => {
    const unit = units.get(id);
    return unit && contacts ? contactParagraphs(unit, contacts.people) : undefined;
  });
  if (!comparison.started) {
    return {
      problems: [
        {
          file: decided.file,
          message:
            `sidans text (${routine.file}) börjar med ${quoted(comparison.firstSentence)}, och de orden står inte i dokumentet, så sidan kan inte jämföras med det. ` +
            `Kontrollera att filen är det beslutade dokumentet för rutinen "${routine.id}" och att sidans första mening står som i dokumentet. ` +
            `Är texten ur en PDF trasig (ord som har gått sönder eller sidhuvuden mitt i texten): spara dokumentet som text i stället, som ${DECIDED}.txt (se content/README.md, ”Det beslutade dokumentet”).`,
        },
      ],
      warnings: [],
    };
  }
  const text = comparison.differences.filter((difference) => difference.kind === 'text');
  const problems: Problem[] = text.slice(0, SHOWN).map((difference) => ({
    file: routine.file,
    line: difference.block === undefined ? undefined : routine.blocks[difference.block]?.line,
    entry: routine.id,
    inText: true,
    message: textMessage(difference, decided.file, routine.file),
  }));
  if (text.length > SHOWN) {
    problems.push({
      file: routine.file,
      entry: routine.id,
      inText: true,
      message: `och ${text.length - SHOWN} skillnader till mot det beslutade dokumentet (${decided.file}). Rätta de första och kör npm run kontrollera igen.`,
    });
  }
  const warnings = comparison.differences
    .filter((difference) => difference.kind === 'contact')
    .filter((difference) => {
      const checked = units.get(difference.unit!)?.kontrollerad;
      // Data checked after the decision is newer than the document: that it differs is expected.
      return !(checked && routine.senastReviderad && checked >= routine.senastReviderad);
    })
    .map((difference) => contactMessage(difference, decided.file));
  return { problems, warnings };
}

function textMessage(difference: Difference, decidedFile: string, routineFile: string): string {
  const todo = `Skriv texten i ${routineFile} som dokumentet skriver den. Är det dokumentet som är det gamla: lägg det nya beslutade dokumentet i dess ställe (se content/README.md, ”När en rutin ändras”).`;
  if (difference.missingSentences) {
    return `det beslutade dokumentet (${decidedFile}) har text som saknas på sidan: ${list(difference.decided)}. På sidan står närmast: ${list(difference.page)}. ${todo}`;
  }
  if (difference.extraSentences) {
    return `sidan har text som inte står i det beslutade dokumentet (${decidedFile}): ${list(difference.page)}${
      difference.decidedNear ? `. I dokumentet står närmast: ${quoted(difference.decidedNear)}` : ''
    }. ${todo}`;
  }
  const decided = difference.decided.length ? difference.decided : difference.decidedNear ? [difference.decidedNear] : [];
  return `meningen står inte som i det beslutade dokumentet (${decidedFile}). Dokumentet: ${list(decided)}. Sidan: ${list(difference.page)}. Skillnad mot dokumentet: ${describeChange(difference.change)}. ${todo}`;
}

function contactMessage(difference: Difference, decidedFile: string): string {
  const words = describeChange(difference.change);
  return (
    `content/kontakter.yaml → enheter → ${difference.unit}: uppgifterna skiljer sig från rutinens beslutade dokument (${decidedFile}). ` +
    `Dokumentet: ${list(difference.decided.length ? difference.decided : difference.decidedNear ? [difference.decidedNear] : [])}. Webbplatsen: ${list(difference.page)}. Skillnad mot dokumentet: ${words}. ` +
    'Sidan visar uppgifterna i kontakter.yaml. Har de ändrats efter beslutet: skriv datumet då du kontrollerade dem i fältet kontrollerad för enheten, så visas detta inte förrän rutinen revideras nästa gång. Annars: rätta kontakter.yaml.'
  );
}

function list(sentences: readonly string[]): string {
  return sentences.length ? sentences.map(quoted).join(' ') : '(ingenting)';
}
