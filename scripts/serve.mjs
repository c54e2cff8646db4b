#!/usr/bin/env node
// Serves a built site (dist/) the way the intranet does: under its base
// path, with the security headers, caching and error pages of
// deploy/nginx.conf (scripts/lib/static-server.mjs). Used by `npm start`,
// `npm run preview`, the end-to-end tests and the bench. Files are looked
// up on each request, and `dist` may be the symbolic link a build swaps
// (scripts/build.mjs), so a new build is served at once without a restart.
// With --gzip it sends the gzip files it finds beside the built ones
// (`page.html.gz`) to browsers that accept them, as nginx compresses text
// on the way out (`npm run bench` writes them into a copy of the build).
//
// The port: PORT, else 4321; when it is taken, the next free one, and it
// says which. `--port` (the tests' fixed ports) is that port or none: when
// it is taken, a Swedish sentence says so and the server stops. `--port 0`
// takes any free port. The address is printed either way.
//
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /rutiner/insluss/] [--host 127.0.0.1] [--gzip]
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClientErrorHandler, createStaticHandler, normaliseBase } from './lib/static-server.mjs';
import { SECURITY_HEADERS } from './lib/security-headers.mjs';

const DEFAULT_PORT = 4321;
/** How many ports after the wished-for one to try when it is taken. */
const PORTS_TO_TRY = 20;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    gzip: { type: 'boolean', default: false },
  },
});

const dir = resolve(values.dir);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Hittar ingen byggd webbplats i ${dir}. Kör "npm run build" först.`);
  process.exit(1);
}

const fixed = values.port !== undefined;
const written = values.port ?? (process.env.PORT || String(DEFAULT_PORT));
const port = Number(written);
if (!/^\d+$/.test(written) || port > 65535) {
  console.error(`"${written}" är inget portnummer. Ange ett tal mellan 1 och 65535, till exempel PORT=${DEFAULT_PORT}.`);
  process.exit(1);
}

const base = normaliseBase(values.base);
const server = createServer(createStaticHandler({ dir, base, headers: SECURITY_HEADERS, gzip: values.gzip }));
// Node answers requests it cannot parse itself (400, 431); this gives them the site's page.
server.on('clientError', createClientErrorHandler({ dir, headers: SECURITY_HEADERS }));

const bound = await listen(port, fixed || port === 0 ? 0 : PORTS_TO_TRY);
const host = values.host === '0.0.0.0' ? 'localhost' : values.host;
if (bound !== port && port !== 0) console.log(`Port ${port} är upptagen, så webbplatsen använder port ${bound} i stället.`);
console.log(`Webbplatsen finns på http://${host}:${bound}${base}`);

/**
 * Listens on `first`, or on one of the `more` ports after it when it is
 * taken; a taken port with no other to try ends the process with a Swedish
 * sentence rather than Node's stack trace.
 *
 * @param {number} first
 * @param {number} more
 * @returns {Promise<number>} the port it listens on
 */
async function listen(first, more) {
  for (let candidate = first; ; candidate++) {
    const error = await new Promise((done) => {
      server.once('error', done);
      server.listen(candidate, values.host, () => {
        server.off('error', done);
        done(null);
      });
    });
    if (!error) {
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    }
    if (error.code === 'EADDRINUSE' && candidate < first + more) continue;
    console.error(unavailable(error, candidate));
    process.exit(1);
  }
}

/** @param {Error & { code?: string }} error @param {number} candidate */
function unavailable(error, candidate) {
  const script = values.dir === 'dist' ? 'npm start' : `node scripts/serve.mjs --dir ${values.dir}`;
  if (error.code === 'EADDRINUSE') {
    return fixed
      ? `Port ${candidate} är upptagen: ett annat program (kanske en tidigare "npm start" eller ett test som inte avslutades) använder den. Stäng det, eller ange en annan port med --port.`
      : `Portarna ${port}–${candidate} är upptagna. Välj en ledig port, till exempel: PORT=8080 ${script}`;
  }
  if (error.code === 'EACCES') return `Porten ${candidate} får bara användas av administratören. Välj en port över 1024, till exempel: PORT=${DEFAULT_PORT} ${script}`;
  if (error.code === 'EADDRNOTAVAIL') return `Adressen ${values.host} finns inte på den här datorn. Ange en annan med --host, till exempel --host 127.0.0.1.`;
  return `Servern kunde inte starta på port ${candidate} (${error.code ?? error.message}).`;
}
