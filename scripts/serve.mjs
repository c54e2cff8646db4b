#!/usr/bin/env node
// Serves a built site (dist/) the way the intranet would: under its base
// path, with the 404 page for unknown addresses and the caching of
// deploy/nginx.conf. Used by `npm start`, `npm run preview`, the end-to-end
// tests and the bench. With --csp it also sends the Content-Security-Policy
// and the other security headers the intranet's server sends, so the site
// can be tried out under them. Files are looked up on each request, so a
// new build is served at once without a restart. `--port 0` takes a free
// port; the address is printed either way. With --gzip it sends the gzip
// files it finds beside the built ones (`page.html.gz`) to browsers that
// accept them, as nginx compresses text on the way out (`npm run bench`
// writes them into a copy of the build).
//
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /rutiner/insluss/] [--host 127.0.0.1] [--csp] [--gzip]
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticHandler, normaliseBase } from './lib/static-server.mjs';
import { SECURITY_HEADERS } from './lib/security-headers.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    csp: { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
  },
});

const dir = resolve(values.dir);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Hittar ingen byggd webbplats i ${dir}. Kör "npm run build" först.`);
  process.exit(1);
}

const base = normaliseBase(values.base);
// Node itself answers requests it cannot parse (400, 431 for huge headers) and closes those connections.
const server = createServer(createStaticHandler({ dir, base, headers: values.csp ? SECURITY_HEADERS : {}, gzip: values.gzip }));

server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  const headers = values.csp ? ' (med Content-Security-Policy)' : '';
  console.log(`Webbplatsen finns på http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${port}${base}${headers}`);
});
