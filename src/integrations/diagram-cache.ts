import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Charts already drawn, by everything that decides the drawing: a build
 * starts Chromium only for a chart it has not drawn before
 * (docs/adr/0001-flowchart-drawn-at-build-time.md). The sub-path build, a
 * rebuild after an edit that leaves the chart alone and the test suite's
 * copies of the project then draw nothing.
 */
export interface DiagramCache {
  get(source: string): string | undefined;
  set(source: string, svg: string): void;
}

/** Where drawn charts are kept: beside the other tools' caches, gone with node_modules. */
export const DIAGRAM_CACHE_DIR = new URL('../../node_modules/.cache/insluss-diagrams/', import.meta.url).pathname;

/**
 * What a drawing depends on besides its Mermaid text: Mermaid's version,
 * its settings, the browser that measures the labels and the fonts it
 * measures them in. A change of any of them draws every chart again.
 */
export function drawingContext(browserPath: string, settings: unknown): string {
  const require = createRequire(import.meta.url);
  const mermaid = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version as string;
  const browser = realpathSync(browserPath);
  const { size, mtimeMs } = statSync(browser);
  const fonts = spawnSync('fc-list', ['--format', '%{file} %{family}\n'], { encoding: 'utf8' }).stdout ?? '';
  return JSON.stringify({ mermaid, browser, size, mtimeMs, fonts: [...fonts.split('\n')].sort(), settings });
}

export function diagramKey(context: string, source: string): string {
  return createHash('sha256').update(context).update('\0').update(source).digest('hex');
}

/** The cache in `dir` for drawings made in `context`; `undefined` when DIAGRAM_CACHE=0 asks for every chart to be drawn. */
export function diagramCache(context: string, dir = DIAGRAM_CACHE_DIR, env = process.env): DiagramCache | undefined {
  if (env.DIAGRAM_CACHE === '0') return undefined;
  const file = (source: string) => join(dir, `${diagramKey(context, source)}.svg`);
  return {
    get(source) {
      try {
        return readFileSync(file(source), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(source, svg) {
      // Written whole, then renamed: builds running side by side never read half a chart.
      const path = file(source);
      const partial = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(partial, svg);
      } catch {
        // A folder the build cannot write to (a read-only node_modules) only means the next build draws again.
        return;
      }
      try {
        renameSync(partial, path);
      } catch {
        rmSync(partial, { force: true });
      }
    },
  };
}
