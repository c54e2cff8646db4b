import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of a build, served by the site's own server (scripts/serve.mjs) on
 * a free port, for tests that break the copy (delete part of the search
 * index) without touching the build other tests read. The server reads the
 * folder's file list when it starts: restart it after changing the copy.
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
  cpSync(dist, dir, { recursive: true });
  let server: ChildProcess | undefined;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server || server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill();
    });
  const copy: ServedCopy = {
    dir,
    url: '',
    restart: async () => {
      await stop();
      const port = await freePort();
      server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base], { stdio: ['ignore', 'pipe', 'pipe'] });
      await started(server);
      copy.url = `http://127.0.0.1:${port}${base}`;
    },
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await copy.restart();
  return copy;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once the server says where it listens; rejects if it exits first. */
function started(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The copy's server did not start:\n${output}`)), 10_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The copy's server exited (${code}):\n${output}`));
    });
  });
}
