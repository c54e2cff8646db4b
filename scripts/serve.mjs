#!/usr/bin/env node
// Serves a built site (dist/) the way the intranet would: under its base
// path, with the 404 page for unknown addresses. Used by `npm start` and by
// the end-to-end tests. With --csp it also sends the Content-Security-Policy
// and the other security headers the intranet's server sends (see
// deploy/nginx.conf), so the site can be tried out under them. With --gzip
// it sends the gzip files it finds beside the built ones (`page.html.gz`)
// to browsers that accept them, as nginx compresses text on the way out
// (`npm run bench` writes them into a copy of the build).
//
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /rutiner/insluss/] [--host 127.0.0.1] [--csp] [--gzip]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
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

const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const notFound = readFileSync(join(dir, '404.html'));
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: values.gzip });

const server = createServer((req, res) => {
  if (values.csp) for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    if (url.pathname === '/' && base !== '/') {
      res.writeHead(302, { location: base }).end();
      return;
    }
    sendNotFound(res);
    return;
  }
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  files(req, res, () => sendNotFound(res));
});

/** @param {import('node:http').ServerResponse} res */
function sendNotFound(res) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
}

server.listen(Number(values.port), values.host, () => {
  const headers = values.csp ? ' (med Content-Security-Policy)' : '';
  console.log(`Webbplatsen finns på http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}${headers}`);
});
