/**
 * Which files content/ holds, and how the pipeline reads them. Every kind
 * of file the site reads is one line of KINDS; a file in content/ that
 * matches none is reported, in Swedish, because an owner's edit to a file
 * the site never reads would otherwise vanish without a word
 * (`process/steg.yml` beside `steg.yaml`). Nothing here touches the disk:
 * pages import the file names from here too.
 */
import type { Problem } from './problems.ts';

export const CONTENT_DIR = 'content';

/** The files the pipeline reads by name, from the project's root. */
export const FILES = {
  contacts: 'content/kontakter.yaml',
  glossary: 'content/ordlista.yaml',
  site: 'content/webbplats.yaml',
  roles: 'content/process/roller.yaml',
  phases: 'content/process/faser.yaml',
  steps: 'content/process/steg.yaml',
  questions: 'content/process/fragor.yaml',
  reviews: 'content/process/granskning.yaml',
} as const;

export const ROUTINE_DIR = 'content/rutiner';
export const PAGE_DIR = 'content/sidor';

export interface Kind {
  /** Where the file lies in content/: `*` is any name within one folder, `{a,b}` either ending. */
  pattern: string;
  /** How the owner's message writes it, from content/: "rutiner/<rutin>.mdx". */
  shown: string;
  /** What the file is, in the owner's words. */
  is: string;
}

/** Every kind of file in content/: add a kind here, and read it in ./index.ts. */
export const KINDS: readonly Kind[] = [
  { pattern: '*.md', shown: '<namn>.md', is: 'vägledning för dig som redigerar, som webbplatsen inte visar' },
  { pattern: 'kontakter.yaml', shown: 'kontakter.yaml', is: 'kontaktuppgifterna' },
  { pattern: 'ordlista.yaml', shown: 'ordlista.yaml', is: 'ordlistan' },
  { pattern: 'webbplats.yaml', shown: 'webbplats.yaml', is: 'webbplatsens inställningar' },
  { pattern: 'process/roller.yaml', shown: 'process/roller.yaml', is: 'rollerna' },
  { pattern: 'process/faser.yaml', shown: 'process/faser.yaml', is: 'faserna' },
  { pattern: 'process/steg.yaml', shown: 'process/steg.yaml', is: 'stegen' },
  { pattern: 'process/fragor.yaml', shown: 'process/fragor.yaml', is: 'guidens frågor' },
  { pattern: 'process/granskning.yaml', shown: 'process/granskning.yaml', is: 'granskningen av stegen, som npm run granska skriver' },
  { pattern: 'rutiner/*.{md,mdx}', shown: 'rutiner/<rutin>.mdx', is: 'en rutin' },
  { pattern: 'rutiner/*/beslutat-dokument.{pdf,txt}', shown: 'rutiner/<rutin>/beslutat-dokument.pdf', is: 'rutinens beslutade dokument (eller dess text, .txt)' },
  // Any other file in a routine's folder is taken for an earlier version; a wrong name is reported there.
  { pattern: 'rutiner/*/*', shown: 'rutiner/<rutin>/<datum>.mdx', is: 'en tidigare version av en rutin' },
  { pattern: 'sidor/tillganglighet.{md,mdx}', shown: 'sidor/tillganglighet.mdx', is: 'tillgänglighetsredogörelsen' },
];

const patterns = new Map(KINDS.map((kind) => [kind, globToRegExp(kind.pattern)]));

/** The kind of a file, by its path from the project's root; undefined for a file the site does not read. */
export function kindOf(file: string): Kind | undefined {
  const inContent = file.slice(CONTENT_DIR.length + 1);
  return KINDS.find((kind) => patterns.get(kind)!.test(inContent));
}

/**
 * A problem for each file in content/ that the site does not read, naming
 * the files it reads in that folder and, where one differs only in its
 * ending, the file the owner most likely meant.
 */
export function unreadFiles(files: readonly string[]): Problem[] {
  return files
    .filter((file) => !kindOf(file))
    .map((file) => {
      const slash = file.lastIndexOf('/');
      const folder = file.slice(0, slash + 1);
      const name = file.slice(slash + 1);
      // The kinds of file in that folder and below it, as the owner finds them from there.
      const inFolder = folder.slice(CONTENT_DIR.length + 1);
      const here = KINDS.filter((kind) => kind.shown.startsWith(inFolder));
      const stem = name.replace(/\.[^.]*$/, '');
      const meant = files.find((other) => other !== file && other.startsWith(folder) && other.slice(folder.length).replace(/\.[^.]*$/, '') === stem && kindOf(other));
      const read =
        here.length > 0
          ? `I ${folder} läser webbplatsen: ${here.map((kind) => `${kind.shown.slice(inFolder.length)} (${kind.is})`).join(', ')}.`
          : `Webbplatsen läser inga filer i ${folder}.`;
      const todo = meant
        ? `Ändringarna ska stå i ${meant.slice(folder.length)}: för över dem dit och ta bort ${name}.`
        : here.length > 0
          ? 'Byt namn på filen så att den heter som webbplatsen läser den, eller ta bort den.'
          : 'Flytta filen dit den hör hemma (se content/README.md), eller ta bort den.';
      return { file, message: `webbplatsen läser inte filen, så inget av det som står i den syns. ${read} ${todo}` };
    });
}

/** A system's or an editor's file (.DS_Store, a swap file), or one in a hidden folder: never content, never read. */
export function isHidden(file: string): boolean {
  return file.split('/').some((part) => part.startsWith('.'));
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, options: string) => `(?:${options.split(',').join('|')})`)
    .replace(/\*/g, '[^/]+');
  return new RegExp(`^${source}$`);
}

/** Where the pipeline reads content from: the disk, or in the tests the disk with changes. */
export interface ContentFiles {
  /** Every file in content/, from the project's root ("content/kontakter.yaml"), sorted. */
  list(): string[];
  /** A file's text; undefined when there is no such file. */
  read(file: string): string | undefined;
  /** A file's bytes, for a file that may not be UTF-8 text (a PDF, a text saved by Windows). */
  bytes?(file: string): Uint8Array | undefined;
}

/** A file's new text, a function of its current text, or null to remove it. */
export type Change = string | ((text: string) => string) | null;

/** The files of `base`, with some changed, added or removed: content as an owner might leave it, without copying anything. */
export function withChanges(base: ContentFiles, changes: Readonly<Record<string, Change>>): ContentFiles {
  return {
    list: () => {
      const files = new Set(base.list());
      for (const [file, change] of Object.entries(changes)) {
        if (change === null) files.delete(file);
        else files.add(file);
      }
      return [...files].sort();
    },
    read: (file) => {
      if (!(file in changes)) return base.read(file);
      const change = changes[file];
      if (change === null || change === undefined) return undefined;
      if (typeof change === 'string') return change;
      const before = base.read(file);
      return before === undefined ? undefined : change(before);
    },
    bytes: (file) => {
      if (!(file in changes)) return base.bytes?.(file);
      const text = withChanges(base, changes).read(file);
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  };
}
