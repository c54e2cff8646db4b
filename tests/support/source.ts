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
export function sourceSentences(id: RoutineId): string[] {
  const { file, start } = ROUTINES[id];
  const text = readFileSync(new URL(file, dir), 'utf8');
  const match = start.exec(text);
  if (!match) throw new Error(`${file}: the start of the routine's own text was not found`);
  const lines = text
    .slice(match.index)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '---');
  return joinBrokenLines(lines)
    .map(stripMarkdown)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/))
    .map(normalise)
    .filter((sentence) => sentence.length > 0);
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
