import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/** A change to one content file: its new text, from the current one. */
export type Edits = Record<string, (text: string) => string>;

/**
 * Validates the content of a copy of the project with `edits` applied, the
 * way `npm run build` does first (`astro sync`), and returns what a
 * document owner would see. Checks that need every page's data (the
 * process model's cross-checks) run only in a full build: pass "build".
 */
export function syncWith(edits: Edits, command: 'sync' | 'build' = 'sync'): { ok: boolean; output: string } {
  return inProjectCopy(edits, (run) => run(['node_modules/astro/bin/astro.mjs', command]));
}

export type Run = (args: string[]) => { ok: boolean; output: string };

/**
 * A copy of the project with `edits` applied, in which `use` runs Node
 * commands (`run([script, ...args])`, from the copy's folder) as a
 * document owner would; the copy is removed afterwards.
 */
export function inProjectCopy<T>(edits: Edits, use: (run: Run) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'insluss-content-'));
  try {
    for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`The edit of ${file} changed nothing: the test would prove nothing`);
      writeFileSync(path, after);
    }
    return use((args) => {
      const result = spawnSync(process.execPath, args, {
        cwd: dir,
        encoding: 'utf8',
        // A build needs no diagram drawn to prove its content wrong.
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CHROMIUM_PATH: '/nonexistent' },
      });
      return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces exactly one line that starts with `start`. */
export function replaceLine(start: string, replacement: string) {
  return (text: string) => text.replace(new RegExp(`^${escape(start)}.*$`, 'm'), replacement);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
