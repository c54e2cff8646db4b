// A small static file server for a built site, written to behave like the
// intranet's nginx (deploy/nginx.conf) and to survive whatever a client
// sends. Used by scripts/serve.mjs (`npm start`, `npm run preview`, the
// tests' servers and the bench).
//
// Why not sirv (used before): it read the file list once at start, so after
// a rebuild it sent the old lengths with the new files and pages hung; an
// inverted Range header (`bytes=5-2`) threw and stopped the process; it
// followed symbolic links out of the folder; and it served a folder without
// its trailing slash instead of redirecting, so relative URLs broke.
//
// What it does, per request, with nothing cached:
// - only GET and HEAD (405 otherwise); URLs longer than nginx's default
//   buffer (8 KB) get 414;
// - the path is percent-decoded (malformed → 400), doubled slashes are
//   merged and `.`/`..` resolved as nginx does (above the root → 400);
// - the file's real path (symbolic links resolved) must lie inside the real
//   path of the served folder, and no part of the path may start with a dot;
//   anything else is the site's 404 page;
// - a folder without its trailing slash is redirected (301) to the address
//   with it; a folder with it serves its index.html;
// - ETag/Last-Modified revalidation (304), one byte range (206; 416 when it
//   cannot be satisfied, including an inverted one); other Range headers
//   are ignored and the whole file is sent, as RFC 9110 allows;
// - Cache-Control as deploy/nginx.conf: the content-hashed files under
//   _astro/ may be kept a year (`immutable`), everything else is revalidated
//   (`no-cache`); an error or redirect is never `immutable`;
// - with `gzip`, a file's precompressed twin (`page.html.gz`, written by
//   `npm run bench` into its copy of the build) is sent to a browser that
//   accepts gzip, as nginx compresses text on the way out (`gzip_static`).
import { open, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { pipeline } from 'node:stream';

/** nginx's default large_client_header_buffers: a longer request line gets 414. */
export const MAX_URL_LENGTH = 8192;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

/**
 * @param {{ dir: string, base?: string, headers?: Record<string, string>, gzip?: boolean }} options
 *   `dir`: the built folder (absolute); `base`: the path the site lives
 *   under ("/" or "/rutiner/insluss/"); `headers`: sent with every response;
 *   `gzip`: send a file's `.gz` twin where there is one and the reader accepts it.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 *   a request handler that never throws.
 */
export function createStaticHandler({ dir, base = '/', headers = {}, gzip = false }) {
  const basePath = normaliseBase(base);
  return (req, res) => {
    handle(req, res).catch((error) => {
      // A bug or an unexpected file system error: this response fails, the server goes on.
      console.error(`Fel vid ${req.method} ${String(req.url).slice(0, 200)}: ${error?.stack ?? error}`);
      if (!res.headersSent) sendText(req, res, 500, 'Internt fel i servern.');
      else res.destroy();
    });
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendText(req, res, 405, 'Metoden stöds inte.');
    }
    const raw = req.url ?? '/';
    if (raw.length > MAX_URL_LENGTH) return sendText(req, res, 414, 'Adressen är för lång.');
    const target = parseTarget(raw);
    if (!target) return sendText(req, res, 400, 'Felaktig adress.');
    const { segments, trailingSlash, search } = target;
    const pathname = `/${segments.join('/')}${trailingSlash && segments.length ? '/' : ''}`;

    if (`${pathname}/` === basePath) return redirect(res, basePath, search, 301);
    if (!pathname.startsWith(basePath)) {
      // The local server's convenience: the host's root leads to the site.
      if (pathname === '/') return redirect(res, basePath, search, 302);
      return sendNotFound(req, res);
    }
    const inSite = segments.slice(basePath.split('/').length - 2);
    if (inSite.some((segment) => segment.startsWith('.'))) return sendNotFound(req, res);

    const root = await realpath(dir).catch(() => null);
    if (!root) return sendNotFound(req, res);
    let file = await resolveInside(root, join(root, ...inSite));
    let stats = file ? await stat(file).catch(() => null) : null;
    if (!file || !stats) return sendNotFound(req, res);
    if (stats.isDirectory()) {
      if (!trailingSlash) return redirect(res, `${encodePath(segments)}/`, search, 301);
      file = await resolveInside(root, join(file, 'index.html'));
      stats = file ? await stat(file).catch(() => null) : null;
      if (!file || !stats) return sendNotFound(req, res);
    } else if (trailingSlash) {
      return sendNotFound(req, res);
    }
    // Not a FIFO or a device: opening one could block, reading one never end.
    if (!stats.isFile()) return sendNotFound(req, res);
    const extension = extname(file).toLowerCase();
    const type = Object.hasOwn(TYPES, extension) ? TYPES[extension] : 'application/octet-stream';
    const compressed = gzip ? await compressedTwin(root, file, req) : null;
    if (gzip) res.setHeader('vary', 'Accept-Encoding');
    const opened = await open(compressed ?? file, 'r').catch(() => null);
    if (!opened) return sendNotFound(req, res);
    if (compressed) res.setHeader('content-encoding', 'gzip');
    await sendFile(req, res, opened, { type, asset: inSite[0] === '_astro' });
  }

  /** The site's own 404 page, read afresh: a rebuild may have changed it. */
  async function sendNotFound(req, res) {
    const root = await realpath(dir).catch(() => null);
    const file = root && (await resolveInside(root, join(root, '404.html')));
    const page = file && (await readFile(file).catch(() => null));
    if (!page) return sendText(req, res, 404, 'Sidan finns inte.');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length, 'cache-control': REVALIDATE });
    res.end(req.method === 'HEAD' ? undefined : page);
  }
}

/**
 * Splits a request target into the decoded, normalised path segments and
 * the query. Returns null for a target nginx would answer with 400: a
 * malformed percent-encoding, a NUL byte, or `..` above the root.
 *
 * @param {string} raw
 * @returns {{ segments: string[], trailingSlash: boolean, search: string } | null}
 */
export function parseTarget(raw) {
  let target = raw;
  // The absolute form ("GET http://host/path"), which HTTP/1.1 servers must accept.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    try {
      const url = new URL(target);
      target = `${url.pathname}${url.search}`;
    } catch {
      return null;
    }
  }
  if (!target.startsWith('/')) return null;
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  const query = target.indexOf('?');
  const search = query >= 0 ? target.slice(query) : '';
  let path;
  try {
    path = decodeURIComponent(query >= 0 ? target.slice(0, query) : target);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const segments = [];
  const parts = path.split('/');
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!segments.length) return null;
      segments.pop();
    } else segments.push(part);
  }
  const last = parts[parts.length - 1];
  return { segments, trailingSlash: last === '' || last === '.' || last === '..', search };
}

/** "/" or "/rutiner/insluss/", whatever slashes it was given with. */
export function normaliseBase(base) {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * `file.gz` when it exists inside `root` and the reader accepts gzip, else
 * null. Never for a byte range: its offsets count the uncompressed file.
 */
async function compressedTwin(root, file, req) {
  if (req.headers.range || !/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) return null;
  const twin = await resolveInside(root, `${file}.gz`);
  const stats = twin ? await stat(twin).catch(() => null) : null;
  return stats?.isFile() ? twin : null;
}

/** The real path of `path` if it exists and lies inside `root` (itself a real path), else null. */
async function resolveInside(root, path) {
  const real = await realpath(path).catch(() => null);
  if (!real) return null;
  return real === root || real.startsWith(root + sep) ? real : null;
}

function encodePath(segments) {
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

function redirect(res, location, search, status) {
  // Relative, as nginx sends it with `absolute_redirect off`: the host and port the reader used.
  res.writeHead(status, { location: `${location}${search}`, 'content-length': 0, 'cache-control': REVALIDATE });
  res.end();
}

function sendText(req, res, status, text) {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, 'cache-control': REVALIDATE });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Sends an open file, with lengths from the open file itself, so a file
 * replaced by a rebuild while it is sent is sent whole, old or new.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('node:fs/promises').FileHandle} handle
 * @param {{ type: string, asset: boolean }} options
 */
async function sendFile(req, res, handle, options) {
  let streaming = false;
  try {
    streaming = await respondWithFile(req, res, handle, options);
  } finally {
    if (!streaming) await handle.close().catch(() => {});
  }
}

/** Writes the response; true when a stream now reads (and will close) the file. */
async function respondWithFile(req, res, handle, { type, asset }) {
  const stats = await handle.stat();
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const lastModified = new Date(Math.floor(stats.mtimeMs / 1000) * 1000);
  const cacheControl = asset ? IMMUTABLE : REVALIDATE;
  const common = { etag, 'last-modified': lastModified.toUTCString(), 'cache-control': cacheControl, 'accept-ranges': 'bytes' };

  if (notModified(req, etag, lastModified)) {
    res.writeHead(304, common).end();
    return false;
  }

  let status = 200;
  let start = 0;
  let end = stats.size - 1;
  const range = req.headers.range;
  const ifRange = req.headers['if-range'];
  if (range && req.method === 'GET' && (ifRange === undefined || ifRange === etag)) {
    const parsed = parseRange(range, stats.size);
    if (parsed === 'unsatisfiable') {
      res.writeHead(416, { 'content-range': `bytes */${stats.size}`, 'content-length': 0, 'cache-control': REVALIDATE }).end();
      return false;
    }
    if (parsed) {
      status = 206;
      ({ start, end } = parsed);
      res.setHeader('content-range', `bytes ${start}-${end}/${stats.size}`);
    }
  }

  res.writeHead(status, { ...common, 'content-type': type, 'content-length': end - start + 1 });
  // Node destroys the response of a client that has half-closed its connection.
  if (req.method === 'HEAD' || end < start || res.destroyed) {
    res.end();
    return false;
  }
  // A client that goes away mid-file only ends its own response.
  pipeline(handle.createReadStream({ start, end, autoClose: true }), res, () => {});
  return true;
}

/** True when the reader's copy is current (If-None-Match first, as RFC 9110 says). */
function notModified(req, etag, lastModified) {
  const match = req.headers['if-none-match'];
  if (match !== undefined) {
    return match
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*');
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && lastModified.getTime() <= since;
}

/**
 * One byte range of a file of `size` bytes: `bytes=a-b`, `bytes=a-` or
 * `bytes=-n`. Returns null when the header is to be ignored (not bytes,
 * several ranges, not a range at all), 'unsatisfiable' when it cannot be
 * served (starts past the end, ends before it starts, an empty file).
 *
 * @param {string} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null}
 */
export function parseRange(header, size) {
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first, last] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || (last !== '' && Number(last) < start)) return 'unsatisfiable';
  return { start, end };
}
