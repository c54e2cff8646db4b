// The local server's request handler: serves a built site the way the
// intranet's nginx does (deploy/nginx.conf), with `send` (the file server
// under Express's serve-static) doing the HTTP of a file: conditional
// requests (ETag, Last-Modified, 304), byte ranges (206, 416), HEAD,
// content types. docs/adr/0005-local-server.md says why send and not sirv
// or serve-handler.
//
// What this file adds, per request, with nothing cached (so a new build is
// served at once):
// - only GET and HEAD (405 otherwise); URLs longer than nginx's default
//   buffer (8 KB) get 414;
// - the path is percent-decoded (malformed → 400), doubled slashes merged
//   and `.`/`..` resolved as nginx does (above the root → 400);
// - as nginx's `disable_symlinks on`: no symbolic link below the site's
//   folder is followed (the folder itself may be one: the build's swap);
//   no path part may start with a dot; a folder's listing is never shown.
//   Each of these is the site's 404 page, as a missing file is;
// - a folder without its trailing slash is redirected (301) to the address
//   with it; a folder with it serves its index.html;
// - Cache-Control as deploy/nginx.conf: a whole file under _astro/ (content
//   hashed) or its 304 may be kept a year (`immutable`); everything else,
//   a part of a file (206), an error and a redirect included, is
//   revalidated (`no-cache`);
// - every error is answered with the build's own Swedish page for it
//   (fel/<status>/index.html, see src/lib/http-errors.ts) or its 404.html;
// - with `gzip`, a file's precompressed twin (`page.html.gz`, written by
//   `npm run bench` into its copy of the build) is sent to a browser that
//   accepts gzip, as nginx compresses text on the way out.
import { STATUS_CODES } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import mime from 'mime-types';
import send from 'send';
import { errorPagePath, HTTP_ERROR_PAGES } from '../../src/lib/http-errors.ts';

/** nginx's default large_client_header_buffers: a longer request line gets 414. */
export const MAX_URL_LENGTH = 8192;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * @param {{ dir: string, base?: string, headers?: Record<string, string>, gzip?: boolean }} options
 *   `dir`: the built folder (or a symbolic link to it); `base`: the path the
 *   site lives under ("/" or "/rutiner/insluss/"); `headers`: sent with
 *   every response; `gzip`: send a file's `.gz` twin where there is one
 *   and the reader accepts it.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 *   a request handler that never throws.
 */
export function createStaticHandler({ dir, base = '/', headers = {}, gzip = false }) {
  const basePath = normaliseBase(base);
  const pages = errorPages(dir, headers);
  return (req, res) => {
    handle(req, res).catch((error) => {
      // A bug or an unexpected file system error: this response fails, the server goes on.
      console.error(`Fel vid ${req.method} ${String(req.url).slice(0, 200)}: ${error?.stack ?? error}`);
      pages.send(req, res, 500).catch(() => res.destroy());
    });
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    let asset = false;
    cacheByStatus(res, () => asset);
    if (req.method !== 'GET' && req.method !== 'HEAD') return pages.send(req, res, 405);
    const raw = req.url ?? '/';
    if (raw.length > MAX_URL_LENGTH) return pages.send(req, res, 414);
    const target = parseTarget(raw);
    if (!target) return pages.send(req, res, 400);
    const { segments, trailingSlash, search } = target;
    const pathname = `/${segments.join('/')}${trailingSlash && segments.length ? '/' : ''}`;

    if (`${pathname}/` === basePath) return redirect(res, basePath, search, 301);
    if (!pathname.startsWith(basePath)) {
      // The local server's convenience: the host's root leads to the site.
      if (pathname === '/') return redirect(res, basePath, search, 302);
      return pages.send(req, res, 404);
    }
    const inSite = segments.slice(basePath.split('/').length - 2);
    if (inSite.some((segment) => segment.startsWith('.'))) return pages.send(req, res, 404);

    const root = await realpath(dir).catch(() => null);
    const found = root && (await exactly(root, join(root, ...inSite)));
    if (!found) return pages.send(req, res, 404);
    let file = found.path;
    if (found.stats.isDirectory()) {
      if (!trailingSlash) return redirect(res, `${encodePath(segments)}/`, search, 301);
      const index = await exactly(root, join(file, 'index.html'));
      if (!index?.stats.isFile()) return pages.send(req, res, 404);
      file = index.path;
    } else if (trailingSlash || !found.stats.isFile()) {
      // Not a FIFO or a device either: opening one could block, reading one never end.
      return pages.send(req, res, 404);
    }

    asset = inSite[0] === '_astro';
    const twin = gzip ? await compressedTwin(root, file, req) : null;
    if (gzip) res.setHeader('vary', 'Accept-Encoding');
    if (twin) res.setHeader('content-encoding', 'gzip');
    // The type of the file itself, also when its gzip twin is sent.
    res.setHeader('content-type', mime.contentType(extname(file)) || 'application/octet-stream');
    // RFC 9110 defines ranges for GET only; send would answer a HEAD's too.
    if (req.method !== 'GET') delete req.headers.range;
    send(req, encodePath((twin ?? file).slice(root.length + 1).split(sep)), {
      root,
      // Checked above, on the decoded path, as nginx checks it.
      dotfiles: 'allow',
      index: false,
      cacheControl: false,
    })
      .on('error', (/** @type {{ status?: number, headers?: Record<string, string> }} */ error) =>
        pages.send(req, res, error.status ?? 500, error.headers ?? {}).catch(() => res.destroy()),
      )
      .pipe(res);
  }
}

/**
 * Answers Node's own parse errors (a request line that is not HTTP, a
 * header without a colon, headers over Node's limit) with the site's page
 * for 400, where Node would send an empty English answer.
 *
 * @param {{ dir: string, headers?: Record<string, string> }} options
 * @returns {(error: Error & { code?: string }, socket: import('node:stream').Duplex) => void}
 */
export function createClientErrorHandler({ dir, headers = {} }) {
  const pages = errorPages(dir, headers);
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    pages
      .read(status)
      .then(({ type, body }) => {
        const lines = [
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
          ...Object.entries({ ...headers, 'content-type': type, 'content-length': body.length, 'cache-control': REVALIDATE, connection: 'close' }).map(
            ([name, value]) => `${name}: ${value}`,
          ),
        ];
        socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]));
      })
      .catch(() => socket.destroy());
  };
}

/**
 * The site's pages for errors, read afresh for each (a rebuild may have
 * changed them): fel/<status>/index.html, or 404.html; a short Swedish
 * text where the build has none.
 *
 * @param {string} dir
 * @param {Record<string, string>} headers the headers every response keeps
 */
function errorPages(dir, headers) {
  const keep = new Set(Object.keys(headers).map((name) => name.toLowerCase()));

  /** @param {number} status */
  async function read(status) {
    // Node's "headers too large" has no page of its own: nginx answers it with 400.
    const shown = status === 431 ? 400 : status;
    const root = await realpath(dir).catch(() => null);
    const path = shown === 404 ? ['404.html'] : [...errorPagePath(shown).split('/').filter(Boolean), 'index.html'];
    const found = root && (await exactly(root, join(root, ...path)));
    const page = found?.stats.isFile() ? await readFile(found.path).catch(() => null) : null;
    if (page) return { type: 'text/html; charset=utf-8', body: page };
    const title = shown === 404 ? 'Sidan finns inte.' : (HTTP_ERROR_PAGES.find((error) => error.status === shown)?.title ?? 'Fel i servern') + '.';
    return { type: 'text/plain; charset=utf-8', body: Buffer.from(`${title}\n`) };
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Record<string, string>} [extra] e.g. a 416's Content-Range
   */
  async function sendPage(req, res, status, extra = {}) {
    if (res.headersSent) return void res.destroy();
    const { type, body } = await read(status);
    // What send set for the file (its type, ETag, length) does not describe the page.
    for (const name of res.getHeaderNames()) if (!keep.has(name)) res.removeHeader(name);
    if (status === 405) res.setHeader('allow', 'GET, HEAD');
    res.writeHead(status, { ...extra, 'content-type': type, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return { read, send: sendPage };
}

/**
 * Sets Cache-Control from the status when the response's head is written,
 * as deploy/nginx.conf's `map` reads `$status`: `immutable` only for a whole
 * asset or its 304, so neither an error nor a part of a file is kept a year.
 *
 * @param {import('node:http').ServerResponse} res
 * @param {() => boolean} isAsset
 */
function cacheByStatus(res, isAsset) {
  const writeHead = res.writeHead;
  // @ts-ignore: the same function, with the header set first.
  res.writeHead = function (status, ...rest) {
    this.setHeader('cache-control', isAsset() && (status === 200 || status === 304) ? IMMUTABLE : REVALIDATE);
    return writeHead.call(this, status, ...rest);
  };
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
 * `path` and its stats when it exists and is reached from `root` (a real
 * path) without any symbolic link, else null: what nginx's
 * `disable_symlinks on from=$document_root` lets through.
 *
 * @param {string} root
 * @param {string} path
 */
async function exactly(root, path) {
  if (path !== root && !path.startsWith(root + sep)) return null;
  const real = await realpath(path).catch(() => null);
  if (real !== path) return null;
  const stats = await stat(path).catch(() => null);
  return stats && { path, stats };
}

/**
 * `file.gz` when it exists inside `root` and the reader accepts gzip, else
 * null. Never for a byte range: its offsets count the uncompressed file.
 */
async function compressedTwin(root, file, req) {
  if (req.headers.range || !/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) return null;
  const twin = await exactly(root, `${file}.gz`);
  return twin?.stats.isFile() ? twin.path : null;
}

/** @param {string[]} segments */
function encodePath(segments) {
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

function redirect(res, location, search, status) {
  // Relative, as nginx sends it with `absolute_redirect off`: the host and port the reader used.
  res.writeHead(status, { location: `${location}${search}`, 'content-length': 0 });
  res.end();
}
