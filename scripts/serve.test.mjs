// scripts/serve.mjs against a small folder of its own: requests that once
// stopped it or escaped the folder (the list tests/nginx.spec.ts holds nginx
// to), the redirects nginx makes, the error pages, the caching and security
// headers, a busy port, and a rebuild picked up without a restart. The
// server runs as its own process, as `npm start` runs it, so a fault that
// kills it shows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { IMMUTABLE, REVALIDATE } from './lib/static-server.mjs';
import { SECURITY_HEADERS } from './lib/security-headers.mjs';
import { errorPagePath, HTTP_ERROR_PAGES } from '../src/lib/http-errors.ts';
import { startServe } from '../tests/support/start-serve.mjs';
import { exchange, FORBIDDEN_TARGETS, parseResponses, pipelined, plantTraps, rawRequest as request, SECRET } from '../tests/support/hostile-requests.mjs';

const SERVE = new URL('./serve.mjs', import.meta.url).pathname;
const NOT_FOUND_PAGE = '<!doctype html><title>Sidan finns inte</title>';
/** The test site's page for an error status, as the build writes one per status in fel/. */
const errorPage = (status) => `<!doctype html><title>Fel ${status}</title>`;

/** A built site in miniature, and things beside it that must never be served. */
function makeSite() {
  const root = mkdtempSync(join(tmpdir(), 'insluss-serve-'));
  const site = join(root, 'dist');
  const files = {
    'index.html': '<!doctype html><title>Start</title>',
    '404.html': NOT_FOUND_PAGE,
    'rutiner/nordost/index.html': '<!doctype html><title>Nordost</title>',
    '_astro/app.1234.js': 'console.log("app");\n',
    'siffror.txt': '0123456789',
    'evil.example/index.html': '<!doctype html><title>En mapp med punkt</title>',
    'pagefind/pagefind-entry.json': '{}',
    'tom.txt': '',
    ...Object.fromEntries(HTTP_ERROR_PAGES.map(({ status }) => [`${errorPagePath(status).slice(1)}index.html`, errorPage(status)])),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(site, name, '..'), { recursive: true });
    writeFileSync(join(site, name), text);
  }
  plantTraps(site, join(root, 'utanfor'));
  symlinkSync(join(site, 'index.html'), join(site, 'alias.html'));
  spawnSync('mkfifo', [join(site, 'ror')]);
  return { root, site };
}

const startServer = startServe;

/** Still serving: the process lives and answers a plain request for the start page. */
async function assertStillServing(server, start = '/') {
  assert.equal(server.child.exitCode, null, `the server exited:\n${server.output()}`);
  const response = await request(server, start);
  assert.equal(response.status, 200);
  assert.match(response.body, /<title>Start<\/title>/);
}

describe('serve.mjs at the site root', () => {
  let site;
  let server;
  before(async () => {
    site = makeSite();
    server = await startServer(site.site);
  });
  after(() => {
    server?.child.kill();
    rmSync(site.root, { recursive: true, force: true });
  });

  /** [what, target, options, status, and what else to check] */
  const faults = [
    ['an inverted range (bytes=5-2)', '/siffror.txt', { headers: { Range: 'bytes=5-2' } }, 416, (r) => {
      assert.equal(r.body, errorPage(416));
      assert.equal(r.headers['content-range'], 'bytes */10');
    }],
    ['an inverted range on a page', '/', { headers: { Range: 'bytes=5-2' } }, 416],
    ['a range past the end', '/siffror.txt', { headers: { Range: 'bytes=10-' } }, 416],
    ['an empty suffix range', '/siffror.txt', { headers: { Range: 'bytes=-0' } }, 416],
    ['a range with a number too big for JavaScript', '/siffror.txt', { headers: { Range: 'bytes=99999999999999999999999-1' } }, 416],
    ['a range on an empty file', '/tom.txt', { headers: { Range: 'bytes=0-0' } }, 416],
    ['a range that is not bytes (ignored)', '/siffror.txt', { headers: { Range: 'rader=1-2' } }, 200, (r) => assert.equal(r.body, '0123456789')],
    ['a range that is not a range (ignored)', '/siffror.txt', { headers: { Range: 'bytes=abc' } }, 200, (r) => assert.equal(r.body, '0123456789')],
    ['several ranges (ignored, the whole file)', '/siffror.txt', { headers: { Range: 'bytes=0-1,4-5' } }, 200, (r) => assert.equal(r.body, '0123456789')],
    ['1,000 ranges (ignored, the whole file)', '/siffror.txt', { headers: { Range: `bytes=${Array.from({ length: 1000 }, (_, i) => `${(i % 5) * 2}-${(i % 5) * 2}`).join(',')}` } }, 200, (r) => assert.equal(r.body, '0123456789')],
    ['a good range', '/siffror.txt', { headers: { Range: 'bytes=2-4' } }, 206, (r) => {
      assert.equal(r.body, '234');
      assert.equal(r.headers['content-range'], 'bytes 2-4/10');
    }],
    ['a suffix range', '/siffror.txt', { headers: { Range: 'bytes=-3' } }, 206, (r) => assert.equal(r.body, '789')],
    ['a precondition that fails (If-Match)', '/siffror.txt', { headers: { 'If-Match': '"annan"' } }, 412, (r) => assert.equal(r.body, errorPage(412))],
    ['HEAD of a page', '/', { method: 'HEAD' }, 200, (r) => {
      assert.equal(r.body, '');
      assert.equal(r.headers['content-length'], String('<!doctype html><title>Start</title>'.length));
    }],
    ['HEAD of a missing page', '/finns-inte/', { method: 'HEAD' }, 404, (r) => assert.equal(r.body, '')],
    ['HEAD with an inverted range', '/siffror.txt', { method: 'HEAD', headers: { Range: 'bytes=5-2' } }, 200, (r) => assert.equal(r.body, '')],
    ['POST', '/', { method: 'POST' }, 405, (r) => {
      assert.equal(r.headers.allow, 'GET, HEAD');
      assert.equal(r.body, errorPage(405));
    }],
    ['OPTIONS *', '*', { method: 'OPTIONS' }, 405],
    ['doubled slashes', '//rutiner//nordost///', {}, 200, (r) => assert.match(r.body, /Nordost/)],
    ['an encoded slash', '/rutiner%2Fnordost/', {}, 200, (r) => assert.match(r.body, /Nordost/)],
    ['encoded letters', '/rutiner/%6eordost/', {}, 200, (r) => assert.match(r.body, /Nordost/)],
    ['dot segments inside the site', '/rutiner/./x/../nordost/', {}, 200, (r) => assert.match(r.body, /Nordost/)],
    ['dot segments above the root', '/../../etc/passwd', {}, 400, (r) => assert.equal(r.body, errorPage(400))],
    ['encoded dot segments above the root', '/%2e%2e/%2e%2e/etc/passwd', {}, 400],
    ['an encoded slash and dots above the root', '/rutiner/..%2F..%2F..%2Fetc%2Fpasswd', {}, 400],
    ['a malformed percent-encoding', '/%E0%A4%A/', {}, 400],
    ['a percent sign alone', '/100%/', {}, 400],
    ['a NUL byte', '/index.html%00.txt', {}, 400],
    ['a URL of 10 000 characters', `/${'a'.repeat(10_000)}`, {}, 414, (r) => assert.equal(r.body, errorPage(414))],
    ['a URL of 100 000 characters (Node refuses the header; the page for 400)', `/${'a'.repeat(100_000)}`, {}, 431, (r) => assert.equal(r.body, errorPage(400))],
    ['a long file name under the limit', `/${'a'.repeat(8000)}`, {}, 404],
    // As nginx's disable_symlinks: no link below the folder is followed, not even one that stays inside.
    ['a symbolic link inside the folder', '/alias.html', {}, 404, (r) => assert.equal(r.body, NOT_FOUND_PAGE)],
    ['a named pipe (would block)', '/ror', {}, 404],
    ['a file with a trailing slash', '/index.html/', {}, 404],
    ['the absolute form of a target', 'http://localhost/rutiner/nordost/', {}, 200, (r) => assert.match(r.body, /Nordost/)],
    ['a request line that is not HTTP', '', { raw: 'NONSENSE\r\n\r\n' }, 400, (r) => assert.equal(r.body, errorPage(400))],
    ['a header without a colon', '/', { raw: 'GET / HTTP/1.1\r\nHost: x\r\nBroken header\r\n\r\n' }, 400, (r) => assert.equal(r.body, errorPage(400))],
  ];

  test(`${faults.length} malformed or hostile requests are answered, and the server still serves`, async () => {
    assert.ok(faults.length >= 20);
    for (const [what, target, options, status, check] of faults) {
      const response = await request(server, target, options);
      assert.equal(response.status, status, `${what}: ${target.slice(0, 80)}`);
      if (response.status >= 400) assert.notEqual(response.headers['cache-control'], IMMUTABLE, what);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers[name], value, `${name}: ${what}`);
      check?.(response);
    }
    await assertStillServing(server);
  });

  test(`${FORBIDDEN_TARGETS.length} requests for what is not the site get the 404 page and no byte of it, as from nginx`, async () => {
    for (const [what, target] of FORBIDDEN_TARGETS) {
      const response = await request(server, `/${target}`);
      assert.equal(response.status, 404, `${what}: ${target}`);
      assert.equal(response.body, NOT_FOUND_PAGE, `${what}: ${target}`);
    }
    const { targets, raw } = pipelined('/');
    const bytes = await exchange(server, raw);
    assert.ok(!bytes.includes(SECRET), 'a secret in a pipelined answer');
    assert.deepEqual(
      parseResponses(bytes).map((response) => response.status),
      targets.map((_, i) => (i === 0 ? 200 : 404)),
    );
    await assertStillServing(server);
  });

  test('a client that leaves in the middle of a file, or before sending its request, stops nothing', async () => {
    writeFileSync(join(site.site, 'stor.txt'), 'x'.repeat(5_000_000));
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => {
        const socket = connect(server.port, server.host);
        socket.once('data', () => socket.destroy());
        socket.once('close', resolve);
        socket.write('GET /stor.txt HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      await new Promise((resolve) => {
        const socket = connect(server.port, server.host, () => socket.end('GET / HT'));
        socket.once('close', resolve);
        socket.resume();
      });
    }
    await assertStillServing(server);
  });

  test('a folder without its trailing slash is redirected, as nginx does, keeping the query', async () => {
    assert.deepEqual(pick(await request(server, '/rutiner/nordost')), [301, '/rutiner/nordost/']);
    assert.deepEqual(pick(await request(server, '/rutiner/nordost?q=insluss')), [301, '/rutiner/nordost/?q=insluss']);
    assert.deepEqual(pick(await request(server, '/rutiner//nordost', { method: 'HEAD' })), [301, '/rutiner/nordost/']);
    // A path that looks like a host is never sent back as one ("//evil.example/").
    assert.deepEqual(pick(await request(server, '//evil.example')), [301, '/evil.example/']);
  });

  test('caching as nginx: a whole hashed asset or its 304 a year; a part of one, an error and the rest revalidated', async () => {
    const whole = await request(server, '/_astro/app.1234.js');
    assert.equal(whole.headers['cache-control'], IMMUTABLE);
    const revalidated = await request(server, '/_astro/app.1234.js', { headers: { 'If-None-Match': whole.headers.etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers['cache-control'], IMMUTABLE);
    const part = await request(server, '/_astro/app.1234.js', { headers: { Range: 'bytes=0-6' } });
    assert.equal(part.status, 206);
    assert.equal(part.body, 'console');
    assert.equal(part.headers['cache-control'], REVALIDATE);
    assert.equal((await request(server, '/')).headers['cache-control'], REVALIDATE);
    assert.equal((await request(server, '/rutiner/nordost/')).headers['cache-control'], REVALIDATE);
    for (const [target, headers, status] of [
      ['/_astro/', {}, 404],
      ['/_astro', {}, 301],
      ['/_astro/saknas.js', {}, 404],
      ['/_astro/app.1234.js', { Range: 'bytes=5-2' }, 416],
    ]) {
      const response = await request(server, target, { headers });
      assert.equal(response.status, status, target);
      assert.equal(response.headers['cache-control'], REVALIDATE, target);
    }
    const missing = await request(server, '/finns-inte/');
    assert.equal(missing.body, NOT_FOUND_PAGE);
    assert.equal(missing.headers['content-type'], 'text/html; charset=utf-8');
  });

  test('a page is revalidated with its ETag or date', async () => {
    const first = await request(server, '/rutiner/nordost/');
    assert.ok(first.headers.etag);
    assert.equal((await request(server, '/rutiner/nordost/', { headers: { 'If-None-Match': first.headers.etag } })).status, 304);
    assert.equal((await request(server, '/rutiner/nordost/', { headers: { 'If-Modified-Since': first.headers['last-modified'] } })).status, 304);
    assert.equal((await request(server, '/rutiner/nordost/', { headers: { 'If-None-Match': '"annan"' } })).status, 200);
  });

  test('a new build is served at once: changed, added and removed files, without a restart', async () => {
    const before = await request(server, '/rutiner/nordost/');
    assert.match(before.body, /Nordost/);
    // As a build does: the whole folder replaced, a page longer than before.
    const next = join(site.root, 'dist-ny');
    mkdirSync(join(next, 'rutiner', 'nordost'), { recursive: true });
    mkdirSync(join(next, 'rutiner', 'ny'), { recursive: true });
    writeFileSync(join(next, 'index.html'), '<!doctype html><title>Start</title>');
    writeFileSync(join(next, '404.html'), '<!doctype html><title>Ny 404</title>');
    const revised = `<!doctype html><title>Nordost, reviderad</title><p>${'Ny text. '.repeat(500)}</p>`;
    writeFileSync(join(next, 'rutiner', 'nordost', 'index.html'), revised);
    writeFileSync(join(next, 'rutiner', 'ny', 'index.html'), '<!doctype html><title>Ny sida</title>');
    rmSync(site.site, { recursive: true });
    renameSync(next, site.site);

    const after = await request(server, '/rutiner/nordost/', { headers: { 'If-None-Match': before.headers.etag } });
    assert.equal(after.status, 200);
    assert.equal(after.body, revised);
    assert.equal(after.headers['content-length'], String(Buffer.byteLength(revised)));
    assert.match((await request(server, '/rutiner/ny/')).body, /Ny sida/);
    const gone = await request(server, '/siffror.txt');
    assert.equal(gone.status, 404);
    assert.match(gone.body, /Ny 404/);

    // And a file rewritten in place, shorter than before.
    writeFileSync(join(site.site, 'rutiner', 'nordost', 'index.html'), 'kort');
    assert.equal((await request(server, '/rutiner/nordost/')).body, 'kort');
  });
});

describe('serve.mjs under a sub-path', () => {
  let site;
  let server;
  before(async () => {
    site = makeSite();
    server = await startServer(site.site, ['--base', '/rutiner/insluss/']);
  });
  after(() => {
    server?.child.kill();
    rmSync(site.root, { recursive: true, force: true });
  });

  test('the sub-path and its folders without a trailing slash redirect; the host root leads to the site', async () => {
    assert.deepEqual(pick(await request(server, '/rutiner/insluss')), [301, '/rutiner/insluss/']);
    assert.deepEqual(pick(await request(server, '/rutiner/insluss/rutiner/nordost')), [301, '/rutiner/insluss/rutiner/nordost/']);
    assert.deepEqual(pick(await request(server, '/')), [302, '/rutiner/insluss/']);
    assert.equal((await request(server, '/rutiner/insluss/rutiner/nordost/')).status, 200);
    assert.equal((await request(server, '/rutiner/nordost/')).status, 404);
    assert.equal((await request(server, '/rutiner/insluss/../../rutiner/insluss/')).status, 200);
  });

  test('every response carries the security headers of deploy/nginx.conf, errors and redirects too', async () => {
    for (const [target, options] of [
      ['/rutiner/insluss/', {}],
      ['/rutiner/insluss/finns-inte/', {}],
      ['/rutiner/insluss', {}],
      ['/rutiner/insluss/siffror.txt', { headers: { Range: 'bytes=5-2' } }],
      ['/%zz', {}],
      ['/rutiner/insluss/', { method: 'DELETE' }],
      ['(not HTTP)', { raw: 'NONSENSE\r\n\r\n' }],
    ]) {
      const response = await request(server, target, options);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers[name], value, `${name} on ${target}`);
    }
  });

  test('what is not the site is not served under the sub-path either', async () => {
    for (const [what, target] of FORBIDDEN_TARGETS) {
      const response = await request(server, `/rutiner/insluss/${target}`);
      assert.equal(response.status, 404, `${what}: ${target}`);
      assert.equal(response.body, NOT_FOUND_PAGE, `${what}: ${target}`);
    }
    const bytes = await exchange(server, pipelined('/rutiner/insluss/').raw);
    assert.ok(!bytes.includes(SECRET), 'a secret in a pipelined answer');
    await assertStillServing(server, '/rutiner/insluss/');
  });
});

describe('serve.mjs with --gzip', () => {
  let site;
  let server;
  before(async () => {
    site = makeSite();
    writeFileSync(join(site.site, 'index.html.gz'), gzipSync('<!doctype html><title>Start</title>'));
    // A twin that leads out of the folder is never sent.
    symlinkSync(join(site.root, 'utanfor', 'index.html'), join(site.site, 'rutiner', 'nordost', 'index.html.gz'));
    server = await startServer(site.site, ['--gzip']);
  });
  after(() => {
    server?.child.kill();
    rmSync(site.root, { recursive: true, force: true });
  });

  test('a reader that accepts gzip gets the compressed twin, as the same type; others get the file itself', async () => {
    const compressed = await request(server, '/', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    assert.equal(compressed.status, 200);
    assert.equal(compressed.headers['content-encoding'], 'gzip');
    assert.equal(compressed.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(compressed.headers.vary, 'Accept-Encoding');
    assert.equal(gunzipSync(compressed.bytes).toString(), '<!doctype html><title>Start</title>');
    const plain = await request(server, '/');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.body, /<title>Start<\/title>/);
  });

  test('a byte range, or a twin outside the folder, gets the file itself', async () => {
    const ranged = await request(server, '/', { headers: { 'Accept-Encoding': 'gzip', Range: 'bytes=0-8' } });
    assert.equal(ranged.status, 206);
    assert.equal(ranged.headers['content-encoding'], undefined);
    assert.equal(ranged.body, '<!doctype');
    const outside = await request(server, '/rutiner/nordost/', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(outside.headers['content-encoding'], undefined);
    assert.match(outside.body, /<title>Nordost<\/title>/);
  });
});

describe('serve.mjs on a port that is taken', () => {
  let site;
  let taken;
  before(async () => {
    site = makeSite();
    taken = createServer();
    await new Promise((resolve) => taken.listen(0, '127.0.0.1', resolve));
  });
  after(() => {
    taken?.close();
    rmSync(site.root, { recursive: true, force: true });
  });

  test('a port asked for with PORT that is taken: the next free one, and it says which, in Swedish', async () => {
    const busy = taken.address().port;
    const server = await startServer(site.site, [], { PORT: String(busy) });
    try {
      assert.notEqual(server.port, busy);
      assert.ok(server.port > busy);
      assert.match(server.output(), new RegExp(`Port ${busy} är upptagen, så webbplatsen använder port ${server.port} i stället\\.`));
      await assertStillServing(server);
    } finally {
      server.child.kill();
    }
  });

  test('a fixed --port that is taken: one Swedish sentence and exit 1, no stack trace', () => {
    const busy = taken.address().port;
    const result = spawnSync(process.execPath, [SERVE, '--dir', site.site, '--port', String(busy)], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`^Port ${busy} är upptagen: .* ange en annan port med --port\\.\\n$`));
    assert.doesNotMatch(result.stderr, /EADDRINUSE|\n\s+at |node:/);
  });
});

function pick(response) {
  return [response.status, response.headers.location];
}
