import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuild, type RunningServer } from './serve';

/**
 * A copy of a build, served by the site's own server (scripts/serve.mjs) on
 * a free port, for tests that break the copy (delete part of the search
 * index) without touching the build other tests read.
 */
export interface ServedCopy {
  /** The copy's folder, to break. */
  dir: string;
  /** The site's address, with its base path, e.g. http://127.0.0.1:41234/rutiner/insluss/. */
  url: string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The build a project serves: the sub-path build for a base path, else the root build (see playwright.config.ts). */
export function buildFor(baseURL: string): { dist: string; base: string } {
  const base = new URL(baseURL).pathname;
  return { dist: base === '/' ? 'dist' : 'dist-undermapp', base };
}

export async function serveCopy(baseURL: string): Promise<ServedCopy> {
  const { dist, base } = buildFor(baseURL);
  const dir = mkdtempSync(join(tmpdir(), 'insluss-kopia-'));
  // The output path is a link to the build (scripts/build.mjs): copy the build, not the link.
  cpSync(realpathSync(dist), dir, { recursive: true });
  let server: RunningServer | undefined;
  const copy: ServedCopy = {
    dir,
    url: '',
    restart: async () => {
      await server?.stop();
      server = await serveBuild(dir, ['--base', base]);
      copy.url = `${server.origin}${base}`;
    },
    close: async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await copy.restart();
  return copy;
}
