import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { filesOnDisk, loadContent, readContent, type ContentResult } from '../../src/content-pipeline/index.ts';
import { withChanges } from '../../src/content-pipeline/files.ts';
import { load } from 'js-yaml';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** A change to one content file: its new text, from the current one. */
export type Edits = Record<string, (text: string) => string>;

/** New files, by path from the project's root, with their text. */
export type NewFiles = Record<string, string>;

export interface Checked extends ContentResult {
  /** Everything the owner would read, one message a line: errors, what to do, warnings. */
  output: string;
}

/**
 * The content pipeline over the project's content/ with `edits` applied
 * and `files` added, in this process and without copying anything: what
 * `npm run kontrollera`, the build and the dev server would all say.
 */
export function checkWith(edits: Edits, files: NewFiles = {}, root = ROOT): Checked {
  const disk = filesOnDisk(root);
  for (const [file, edit] of Object.entries(edits)) {
    const before = disk.read(file);
    if (before === undefined) throw new Error(`There is no ${file} to edit`);
    if (edit(before) === before) throw new Error(`The edit of ${file} changed nothing: the test would prove nothing`);
  }
  for (const file of Object.keys(files)) if (disk.read(file) !== undefined) throw new Error(`${file} is there already: use an edit`);
  const result = loadContent({ root, files: withChanges(disk, { ...edits, ...files }) });
  return { ...result, output: [...result.errors, ...result.nextSteps, ...result.warnings].join('\n') };
}

export interface Copy {
  dir: string;
  /** Runs a command of the project's own Node in the copy; returns what a document owner would see. */
  run(args: string[], env?: Record<string, string>): { ok: boolean; status: number | null; output: string };
  remove(): void;
}

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/**
 * A copy of the project in a temporary folder, with `edits` applied and
 * `files` added, for what only a copy can show: a build, the dev server.
 * With `contentOnly`, only content/ is copied and the rest is linked: enough
 * for `npm run kontrollera` and `npm run granska`, which read content/ and
 * the page files and write only into content/.
 */
export function copyProject(edits: Edits, files: NewFiles = {}, { contentOnly = false } = {}): Copy {
  const dir = mkdtempSync(join(tmpdir(), 'insluss-content-'));
  for (const file of PROJECT_FILES) {
    if (contentOnly && file !== 'content') symlinkSync(join(ROOT, file), join(dir, file));
    else cpSync(join(ROOT, file), join(dir, file), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`The edit of ${file} changed nothing: the test would prove nothing`);
    writeFileSync(path, after);
  }
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, file);
    if (existsSync(path)) throw new Error(`${file} is there already: use an edit`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return {
    dir,
    run(args, env = {}) {
      const result = spawnSync(process.execPath, args, {
        cwd: dir,
        encoding: 'utf8',
        // A build needs no diagram drawn to prove its content wrong.
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CHROMIUM_PATH: '/nonexistent', ...env },
      });
      return { ok: result.status === 0, status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Words of English messages (zod's, Astro's, Vite's, Node's) that must
 * never reach the document owner.
 */
export const ENGLISH = /\b(the|and|is|not|of|with|invalid|expected|received|undefined|error|does|match|must|should|unknown|cannot|failed|required|warning|built|building|completed|generating|chunks?|preserved|found)\b/i;

/** The lines of `output` an owner would read as English; quoted code and paths are the owner's own. */
export function englishLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .filter((line) => ENGLISH.test(line.replace(/"[^"]*"|<[^>]*>|#\S+|\S*\/\S*/g, '')));
}

/** Replaces exactly one line that starts with `start`. */
export function replaceLine(start: string, replacement: string) {
  return (text: string) => text.replace(new RegExp(`^${escape(start)}.*$`, 'm'), replacement);
}

/** Replaces the first occurrence of `from`. */
export function replace(from: string, to: string) {
  return (text: string) => text.replace(from, to);
}

/**
 * Replaces the first occurrence of `from` inside the entry `- id: <id>` of
 * a YAML list, so that an edit aimed at one entry never lands in another.
 * A string must be there; a pattern (with `$1` … in `to`) may match nothing.
 */
export function replaceInEntry(id: string, from: string | RegExp, to: string) {
  return (text: string) => {
    const found = new RegExp(`^( *)- id: ${escape(id)}$`, 'm').exec(text);
    if (!found) throw new Error(`No entry "${id}" to edit`);
    const start = found.index;
    // The entry ends where the next one of its list begins, or its list ends.
    const body = text.indexOf('\n', start) + 1;
    const next = text.slice(body).search(new RegExp(`^ {0,${found[1]!.length}}(- |\\S)`, 'm'));
    const end = next < 0 ? text.length : body + next;
    if (from instanceof RegExp) return text.slice(0, start) + text.slice(start, end).replace(from, to) + text.slice(end);
    const at = text.indexOf(from, start);
    if (at < 0 || at + from.length > end) throw new Error(`"${from}" is not in the entry "${id}"`);
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
}

/** content/kontakter.yaml as the owner wrote it (numbers and hours as typed), so tests edit today's values, never copies of them. */
export interface WrittenContacts {
  enheter: Array<{ id: string; namn: string; rutin: string; linjer?: Array<{ id: string; telefon: string }>; oppettider?: Record<string, unknown> }>;
  personer: Array<{ id: string; namn: string; titel: string; enhet: string; telefon?: string[]; epost: string }>;
}

export function writtenContacts(root = ROOT): WrittenContacts {
  return load(readFileSync(join(root, 'content/kontakter.yaml'), 'utf8')) as WrittenContacts;
}

/** A sentence with one of its words (letters only, not the first) replaced: `word` by `by`. */
export function oneWordChanged(sentence: string): { changed: string; word: string; by: string } {
  const words = sentence.split(' ');
  const index = words.findIndex((word, i) => i > 0 && /^\p{L}{4,}$/u.test(word));
  if (index < 0) throw new Error(`No word to change in "${sentence}"`);
  const by = 'annorlunda';
  return { changed: [...words.slice(0, index), by, ...words.slice(index + 1)].join(' '), word: words[index]!, by };
}

/**
 * A step's quote from today's content/process/steg.yaml, written on one line
 * there so that an edit finds it: the step, the source's place (from 1) and
 * the quote, for tests that make it differ from the routine.
 */
export function aStepQuote(root = ROOT): { step: string; source: number; routine: string; quote: string } {
  const written = readFileSync(join(root, 'content/process/steg.yaml'), 'utf8');
  for (const step of readContent(root).process.steps) {
    const index = step.kallor.findIndex((source) => written.includes(`citat: ${source.citat}\n`));
    if (index >= 0) return { step: step.id, source: index + 1, routine: step.kallor[index]!.dokument, quote: step.kallor[index]!.citat };
  }
  throw new Error('No step quote written on one line in content/process/steg.yaml');
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return escape(text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Files added and changed in `copy` against `original`, over what a copy holds (node_modules is a link). */
export function differences(original: string, copyDir: string): { added: string[]; edited: string[] } {
  const added: string[] = [];
  const edited: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const file = relative(copyDir, path);
      const there = join(original, file);
      if (!existsSync(there)) added.push(file);
      else if (hash(there) !== hash(path)) edited.push(file);
    }
  };
  walk(copyDir);
  return { added: added.sort(), edited: edited.sort() };
}

function hash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
