// What a server of the site must never serve, shared by the local server's
// test (scripts/serve.test.mjs) and the test of deploy/nginx.conf
// (tests/nginx.spec.ts), so both servers are held to one list: symbolic
// links that leave the site's folder, any path part that starts with a dot
// (written plainly, percent-encoded, behind `.` or `..` segments, inside
// pipelined requests), and the folders that have no page.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** Written into every planted file; no byte of a response may carry it. */
export const SECRET = 'HEMLIGT-3f9c2a';

/**
 * Plants the traps into a served folder `site`: hidden files and folders,
 * and symbolic links to `outside` (a folder of secrets beside the site) and
 * to /etc/passwd.
 *
 * @param {string} site
 * @param {string} outside
 */
export function plantTraps(site, outside) {
  const files = {
    [join(site, '.git', 'config')]: `[core] ${SECRET}`,
    [join(site, '.hidden.txt')]: SECRET,
    [join(site, 'sub', '.env')]: `TOKEN=${SECRET}`,
    [join(site, 'sub', 'synlig.txt')]: 'synlig',
    [join(outside, 'hemligt.txt')]: SECRET,
    [join(outside, 'index.html')]: SECRET,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  symlinkSync(join(outside, 'hemligt.txt'), join(site, 'hemligt.txt'));
  symlinkSync(outside, join(site, 'ut'));
  symlinkSync('/etc/passwd', join(site, 'passwd'));
}

/** [what, a request target below the site's base, without its leading slash] */
export const FORBIDDEN_TARGETS = [
  ['a hidden folder', '.git/config'],
  ['a hidden folder, listed', '.git/'],
  ['a hidden folder without its slash', '.git'],
  ['a hidden folder, a letter encoded', '.%67it/config'],
  ['a hidden folder, its dot encoded', '%2Egit/config'],
  ['a hidden file', '.hidden.txt'],
  ['a hidden file, its dot encoded', '%2ehidden.txt'],
  ['a hidden file in a folder', 'sub/.env'],
  ['a hidden file behind a dot segment', 'sub/./.env'],
  ['a hidden file behind a dot-dot segment', 'sub/x/../.env'],
  ['a hidden file, the slash encoded', 'sub%2F.env'],
  ['a hidden file, the dot encoded', 'sub/%2eenv'],
  ['a symbolic link to a file outside the folder', 'hemligt.txt'],
  ['a symbolic link to a folder outside', 'ut/hemligt.txt'],
  ['a symbolic link to a folder outside, its index', 'ut/'],
  ['a symbolic link to /etc/passwd', 'passwd'],
  ['the folder of hashed assets (no page)', '_astro/'],
  ['the folder of the search index (no page)', 'pagefind/'],
];

/**
 * One connection carrying several requests at once (HTTP pipelining): a
 * harmless one first, then forbidden ones, so a server that answers the
 * first correctly must keep its rules for the rest.
 *
 * @param {string} base the site's base path, "/" or "/rutiner/insluss/"
 * @returns {{ targets: string[], raw: string }}
 */
export function pipelined(base) {
  const targets = ['sub/synlig.txt', '.git/config', '%2ehidden.txt', 'sub/./.env', '.%67it/config', 'hemligt.txt'].map((target) => `${base}${target}`);
  const raw = targets.map((target, i) => `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${i === targets.length - 1 ? 'Connection: close\r\n' : ''}\r\n`).join('');
  return { targets, raw };
}

/**
 * @typedef {{ status: number, headers: Record<string, string>, body: string, bytes: Buffer }} RawResponse
 *   `body` is the body read as UTF-8, `bytes` the body as sent.
 */

/**
 * Sends `raw` bytes on one connection, as written (nothing normalises the
 * path or the headers on the way), and resolves with everything the server
 * sent until it closed the connection.
 *
 * @param {{ host: string, port: number }} server
 * @param {string} raw
 * @returns {Promise<Buffer>}
 */
export function exchange(server, raw) {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, server.host);
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server that refuses a huge request may reset the connection once it has answered.
    socket.on('error', (error) => (chunks.length ? undefined : reject(error)));
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    // Written, not ended: Node drops the response to a client that half-closes first.
    socket.write(raw);
  });
}

/**
 * One request written by hand; the connection closes after the response.
 *
 * @param {{ host: string, port: number }} server
 * @param {string} target
 * @param {{ method?: string, headers?: Record<string, string>, raw?: string }} [options]
 * @returns {Promise<RawResponse>}
 */
export async function rawRequest(server, target, { method = 'GET', headers = {}, raw } = {}) {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  const [response] = parseResponses(await exchange(server, raw ?? `${lines.join('\r\n')}\r\n\r\n`), method === 'HEAD');
  return response ?? { status: 0, headers: {}, body: '', bytes: Buffer.alloc(0) };
}

/**
 * Splits what a server sent on one connection into its responses, by their
 * Content-Length (the servers of this site send no chunked bodies for
 * files). Bodies are read as UTF-8.
 *
 * @param {Buffer} bytes
 * @param {boolean} [head] whether the requests were HEAD (no bodies)
 * @returns {RawResponse[]}
 */
export function parseResponses(bytes, head = false) {
  const responses = [];
  let at = 0;
  while (at < bytes.length) {
    const split = bytes.indexOf('\r\n\r\n', at);
    const [statusLine = '', ...lines] = bytes.subarray(at, split >= 0 ? split : bytes.length).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const status = Number(statusLine.split(' ')[1]);
    if (split < 0) {
      responses.push({ status, headers, body: '', bytes: Buffer.alloc(0) });
      break;
    }
    const declared = headers['content-length'];
    const length = head ? 0 : declared === undefined ? bytes.length - split - 4 : Number(declared);
    const body = bytes.subarray(split + 4, split + 4 + length);
    responses.push({ status, headers, body: body.toString('utf8'), bytes: body });
    at = split + 4 + length;
  }
  return responses;
}
