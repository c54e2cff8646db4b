import { createServer } from 'node:net';
import { startServe } from './start-serve.mjs';

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
export async function serveBuild(dir: string, args: string[] = []): Promise<RunningServer> {
  const { origin, stop } = await startServe(dir, args);
  return { origin, stop };
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
