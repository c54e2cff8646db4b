import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/** A change to one content file: its new text, from the current one. */
export type Edits = Record<string, (text: string) => string>;

/** New files for the copy, by path, with their text. */
export type NewFiles = Record<string, string>;

export interface Copy {
  dir: string;
  /** Runs a command of the project's own Node in the copy; returns what a document owner would see. */
  run(args: string[], env?: Record<string, string>): { ok: boolean; output: string };
  remove(): void;
}

/** A copy of the project in a temporary folder, with `edits` applied and `files` added. */
export function copyProject(edits: Edits, files: NewFiles = {}): Copy {
  const dir = mkdtempSync(join(tmpdir(), 'insluss-content-'));
  for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
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
      return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Validates the content of a copy of the project with `edits` applied, the
 * way `npm run build` does first (`astro sync`, which runs the content
 * check), and returns what a document owner would see. Checks that need
 * every page rendered run only in a full build: pass "build".
 */
export function syncWith(edits: Edits, command: 'sync' | 'build' = 'sync', files: NewFiles = {}): { ok: boolean; output: string } {
  return inProjectCopy(edits, (run) => run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), command]), files);
}

export type Run = (args: string[]) => { ok: boolean; output: string };

/**
 * A copy of the project with `edits` applied, in which `use` runs Node
 * commands (`run([script, ...args])`, from the copy's folder) as a
 * document owner would; the copy is removed afterwards.
 */
export function inProjectCopy<T>(edits: Edits, use: (run: Run) => T, files: NewFiles = {}): T {
  const copy = copyProject(edits, files);
  try {
    return use((args) => copy.run(args));
  } finally {
    copy.remove();
  }
}

/** `npm run kontrollera` in a copy of the project with `edits` applied. */
export function kontrolleraWith(edits: Edits, files: NewFiles = {}): { ok: boolean; output: string } {
  const copy = copyProject(edits, files);
  try {
    return copy.run([join(ROOT, 'scripts/kontrollera.mjs')]);
  } finally {
    copy.remove();
  }
}

/** Replaces exactly one line that starts with `start`. */
export function replaceLine(start: string, replacement: string) {
  return (text: string) => text.replace(new RegExp(`^${escape(start)}.*$`, 'm'), replacement);
}

/** Replaces the first occurrence of `from`. */
export function replace(from: string, to: string) {
  return (text: string) => text.replace(from, to);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
