import { decidedFile, readDecided } from '../../src/content-pipeline/decided.ts';
import { filesOnDisk } from '../../src/content-pipeline/index.ts';

// INSLUSS_CONTENT_ROOT: the owner's revision (tests/support/process.ts).
const ROOT = process.env.INSLUSS_CONTENT_ROOT ?? new URL('../../', import.meta.url).pathname;

/**
 * The lines of a routine's decided document, as the owner keeps it in
 * content/rutiner/<id>/beslutat-dokument.(pdf|txt) and the content check
 * reads it. The check compares the page's text with it sentence by
 * sentence (src/content-pipeline/decided.ts); the tests read the contact
 * section from it, to see the page's links against the document.
 */
function routineLines(id: string): string[] {
  const files = filesOnDisk(ROOT);
  const file = decidedFile(files.list(), id);
  if (!file) throw new Error(`content/rutiner/${id}/ has no decided document`);
  const read = readDecided(files, file);
  if ('problem' in read) throw new Error(read.problem.message);
  return read.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '---');
}

/** The lines of a "## heading" section, up to the next "## " heading. */
function sectionRange(lines: string[], heading: string): { start: number; end: number } {
  const start = lines.findIndex((line) => /^## /.test(line) && stripMarkdown(line) === heading);
  if (start < 0) throw new Error(`No section "${heading}" in the source`);
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line));
  return { start: start + 1, end: next < 0 ? lines.length : next };
}

export const CONTACT_SECTION = 'Kontaktuppgifter';

/**
 * What the Nordost routine's contact section holds, read from the source
 * text itself (not from content/kontakter.yaml), so the data is checked
 * against the document: people with their titles as written, phone numbers
 * as digits, e-mail addresses, the Vuxen Mottag lines, and the sentence on
 * the opening hours.
 */
export function sourceContacts() {
  const lines = routineLines('nordost');
  const { start, end } = sectionRange(lines, CONTACT_SECTION);
  const body = lines.slice(start, end).filter((line) => !line.startsWith('#'));
  const text = body.join('\n');
  return {
    people: body
      .map((line) => /^([A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)+), (.+)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, name, title]) => ({ name: name!, title: title!.trim() })),
    phones: [...text.matchAll(/0\d{1,3}\s*[–-]\s*\d{2,3}(?: \d{2})+/g)].map(([written]) => ({ written, digits: written.replace(/\D/g, '') })),
    emails: [...new Set([...text.matchAll(/[\w.]+@[\w.]+\.se/g)].map(([address]) => address))],
    lines: [...text.matchAll(/^(Mottag med upptagningsområde (\S+)):/gm)].map(([, name, area]) => ({ name: name!, area: area! })),
    hours: normalise(body.find((line) => line.startsWith('Jourtelefonerna'))!),
  };
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^#+\s*/, '')
    .replace(/^-\s+/, '')
    .replace(/\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/\\([()])/g, '$1')
    .replace(/\*+/g, '');
}

/** Whitespace aside, as the issue says: runs of any space become one. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
