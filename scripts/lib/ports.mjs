// Whether a local server listens: the bench's servers and nginx for the tests.
import { connect } from 'node:net';

/**
 * Whether something on 127.0.0.1 accepts a connection on `port`.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Waits until something listens on `port` (or, with `listening` false, until nothing does), for at most ten seconds.
 * @param {number} port
 * @param {{ listening?: boolean, what?: string }} [options] what: the server, named in the error
 */
export async function waitForPort(port, { listening = true, what = 'The server' } = {}) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await accepts(port)) === listening) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not ${listening ? 'start on' : 'let go of'} port ${port} (is the port in use? Set BENCH_PORT).`);
}
