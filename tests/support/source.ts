import { readFileSync } from 'node:fs';

const dir = new URL('../fixtures/source-documents/', import.meta.url);

/** Where each routine's own text starts in its source file. */
const ROUTINES = {
  'goteborgs-stad': { file: '000_42f1a4bf191f3563.txt', start: /\nInledning\n+Syftet med denna rutin\n/ },
  nordost: { file: '001_27c2cea8ce2e6e2e.txt', start: /\n# Lokal rutin Insluss\n/ },
} as const;

export type RoutineId = keyof typeof ROUTINES;
export const routineIds = Object.keys(ROUTINES) as RoutineId[];

/**
 * The sentences of a routine's own sections (the document template's text
 * about the city's governing documents and the converted table of contents
 * are left out), with the conversion's Markdown marks removed.
 */
export function sourceSentences(id: RoutineId, options: { without?: string } = {}): string[] {
  let lines = routineLines(id);
  if (options.without) {
    const section = sectionRange(lines, options.without);
    // The section's headings stay: only its body is checked another way.
    lines = lines.filter((line, i) => i < section.start || i >= section.end || line.startsWith('#'));
  }
  return joinBrokenLines(lines)
    .map(stripMarkdown)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/))
    .map(normalise)
    .filter((sentence) => sentence.length > 0);
}

function routineLines(id: RoutineId): string[] {
  const { file, start } = ROUTINES[id];
  const text = readFileSync(new URL(file, dir), 'utf8');
  const match = start.exec(text);
  if (!match) throw new Error(`${file}: the start of the routine's own text was not found`);
  return text
    .slice(match.index)
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

/**
 * A page break in the conversion splits one sentence over two lines
 * ("I de" / "fall behov finns …"); a line that stops without punctuation
 * before a line starting in lower case is one sentence.
 */
function joinBrokenLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous && !/[.:!?)\]*]$/.test(previous) && !previous.startsWith('#') && !line.startsWith('- ') && /^[a-zåäö]/.test(line)) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else joined.push(line);
  }
  return joined;
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
