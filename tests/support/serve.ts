import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A build served by the site's own server (scripts/serve.mjs), as a test of ours started it. */
export interface RunningServer {
  /** Where it listens, without a path: http://127.0.0.1:41234 */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts scripts/serve.mjs on `dir` with `args` (e.g. --base) on a
 * port the system picks (--port 0), and resolves once it says where it
 * listens; rejects with its output if it exits or stays silent first.
 */
export function serveBuild(dir: string, args: string[] = []): Promise<RunningServer> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      server.kill();
      reject(new Error(`${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`The server for ${dir} did not start`), 10_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (origin) {
        clearTimeout(timer);
        resolve({ origin, stop: () => stop(server) });
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    server.once('exit', (code) => fail(`The server for ${dir} exited (${code})`));
  });
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill();
  });
}

/** A port free at the moment of asking, for a server that cannot pick its own (astro dev). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
