// The one way tests start the site's own server (scripts/serve.mjs): the
// browser tests' served copies and fixtures (tests/support/serve.ts), the
// server's own tests (scripts/serve.test.mjs) and the build swap's
// (scripts/lib/build-swap.test.mjs). Plain JavaScript, so the .mjs tests
// can import it too.
import { spawn } from 'node:child_process';

const SERVE = new URL('../../scripts/serve.mjs', import.meta.url).pathname;

/**
 * @typedef {{
 *   child: import('node:child_process').ChildProcess,
 *   host: string, port: number,
 *   origin: string,
 *   output(): string,
 *   stop(): Promise<void>,
 * }} StartedServer
 *   `origin` is its address without a path (http://127.0.0.1:41234);
 *   `output` what it has printed so far, stdout and stderr.
 */

/**
 * Starts serve.mjs on `dir` with `args` (e.g. --base), on a port the system
 * picks unless `args` or `env` name one, and resolves once it says where it
 * listens; rejects with its output if it exits, or stays silent for 10 s.
 *
 * @param {string} dir
 * @param {string[]} [args]
 * @param {Record<string, string>} [env]
 * @returns {Promise<StartedServer>}
 */
export function startServe(dir, args = [], env = {}) {
  const port = args.includes('--port') || 'PORT' in env ? [] : ['--port', '0'];
  const child = spawn(process.execPath, [SERVE, '--dir', dir, ...port, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const fail = (why) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`serve.mjs on ${dir} did not start`), 10_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/(127\.0\.0\.1):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, host: match[1], port: Number(match[2]), origin: match[0], output: () => output, stop: () => stop(child) });
      }
    });
    child.once('exit', (code) => fail(`serve.mjs on ${dir} exited (${code})`));
  });
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}
