// The build's swap (build-swap.mjs): the output path becomes a link to a
// finished build, the previous build lends its hashed files, older builds
// go; and, as the hardening probe tried it, a reader requesting pages in a
// loop while builds follow each other never gets a half-written or mixed
// page, nor a page naming a file that is not there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildsFolder, newBuildFolder, swapIn } from './build-swap.mjs';
import { startServe } from '../../tests/support/start-serve.mjs';

const PAGES = ['index.html', 'rutiner/a/index.html', 'rutiner/b/index.html', 'guide/index.html'];

/**
 * A build in miniature, written file by file as Astro writes one (assets
 * first, then the pages, with pauses between), each file large enough to
 * take a while to send, and marked with its build at both ends.
 */
async function fakeBuild(folder, n, pause = 0) {
  const assets = [`_astro/app.${n}.js`, `_astro/style.${n}.css`, `pagefind/fragment/sv_${n}.pf_fragment`];
  const filler = 'x'.repeat(200_000);
  const files = [
    ...assets.map((asset) => [asset, `/*bygge ${n}*/${filler}/*slut ${n}*/`]),
    ...PAGES.map((page) => [
      page,
      `<!doctype html><html data-bygge="${n}"><head>${assets
        .slice(0, 2)
        .map((asset) => `<link href="/${asset}">`)
        .join('')}</head><body>${filler}<p>bygge ${n}</p></body></html>`,
    ]),
    ['404.html', `<!doctype html><html data-bygge="${n}"><title>Sidan finns inte</title></html>`],
  ];
  for (const [name, text] of files) {
    mkdirSync(join(folder, dirname(name)), { recursive: true });
    await writeFile(join(folder, name), text);
    if (pause) await sleep(pause);
  }
}

describe('the swap of a finished build', () => {
  let root;
  before(() => (root = mkdtempSync(join(tmpdir(), 'insluss-bygge-'))));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('the output path becomes a link to the new build; the previous build stays, older ones go', async () => {
    const dist = join(root, 'dist');
    const folders = [];
    for (const n of [1, 2, 3]) {
      const folder = newBuildFolder(dist);
      await fakeBuild(folder, n);
      const { previous } = swapIn(dist, folder);
      assert.equal(previous, folders.at(-1) ?? null);
      folders.push(folder);
      assert.ok(lstatSync(dist).isSymbolicLink());
      assert.equal(realpathSync(dist), folder);
      assert.ok(!readlinkSync(dist).startsWith('/'), 'the link is relative, so the project folder can move');
    }
    assert.deepEqual(readdirSync(buildsFolder(dist)).filter((name) => !name.endsWith('.own')).sort(), folders.slice(-2).map((f) => f.split('/').at(-1)).sort());
  });

  test('the new build is lent the hashed files the previous made and it lacks, only those, and only for one build', async () => {
    const dist = join(root, 'utlan');
    for (const n of [1, 2, 3]) {
      const folder = newBuildFolder(dist);
      await fakeBuild(folder, n);
      swapIn(dist, folder);
    }
    const has = (file) => existsSync(join(dist, file));
    assert.ok(has('_astro/app.3.js') && has('_astro/app.2.js') && has('pagefind/fragment/sv_2.pf_fragment'));
    // Build 1's files were lent to build 2, which does not pass them on.
    assert.ok(!has('_astro/app.1.js'));
    // A page is never lent: a removed page is gone at once.
    assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /data-bygge="3"/);
  });

  test('a plain output folder from before becomes the previous build', async () => {
    const dist = join(root, 'gammal');
    await fakeBuild(dist, 1);
    const folder = newBuildFolder(dist);
    await fakeBuild(folder, 2);
    const { previous } = swapIn(dist, folder);
    assert.ok(lstatSync(dist).isSymbolicLink());
    assert.match(readFileSync(join(previous, 'index.html'), 'utf8'), /data-bygge="1"/);
    assert.ok(existsSync(join(dist, '_astro/app.1.js')));
  });
});

describe('a reader during rebuilds', () => {
  let root;
  let server;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'insluss-bygge-'));
    const first = newBuildFolder(join(root, 'dist'));
    await fakeBuild(first, 0);
    swapIn(join(root, 'dist'), first);
    server = await serve(join(root, 'dist'));
  });
  after(() => {
    server?.child.kill();
    rmSync(root, { recursive: true, force: true });
  });

  test('pages requested in a loop while builds follow each other are whole, of one build, and name files that are there', async () => {
    const problems = [];
    let requests = 0;
    let building = true;
    const builds = (async () => {
      for (const n of [1, 2, 3, 4]) {
        const folder = newBuildFolder(join(root, 'dist'));
        await fakeBuild(folder, n, 15);
        swapIn(join(root, 'dist'), folder);
      }
      building = false;
    })();
    const reader = async () => {
      while (building) {
        const page = PAGES[requests++ % PAGES.length].replace(/index\.html$/, '');
        const html = await fetchWhole(`${server.origin}/${page}`, problems);
        if (!html) continue;
        const builds = new Set([...html.matchAll(/bygge[= ]"?(\d+)/g)].map((match) => match[1]));
        if (!html.endsWith('</html>') || builds.size !== 1) problems.push(`/${page}: half-written or mixed (builds ${[...builds]})`);
        for (const [, asset] of html.matchAll(/href="\/([^"]+)"/g)) {
          requests++;
          const body = await fetchWhole(`${server.origin}/${asset}`, problems);
          const [, n] = /\/\*bygge (\d+)\*\//.exec(body ?? '') ?? [];
          if (body && !body.endsWith(`/*slut ${n}*/`)) problems.push(`/${asset}: incomplete`);
        }
      }
    };
    await Promise.all([builds, reader(), reader(), reader()]);
    assert.ok(requests > 20, `only ${requests} requests were made during the builds`);
    assert.deepEqual(problems, []);
  });
});

/** The whole body of a 200, or null with the problem noted (a missing file, a body cut short). */
async function fetchWhole(url, problems) {
  try {
    const response = await fetch(url);
    const body = await response.text();
    if (response.status !== 200) {
      problems.push(`${new URL(url).pathname}: ${response.status}`);
      return null;
    }
    return body;
  } catch (error) {
    problems.push(`${new URL(url).pathname}: ${error.cause?.message ?? error.message}`);
    return null;
  }
}

/** serve.mjs on `dir`, as `npm start` runs it, on a free port. */
const serve = (dir) => startServe(dir);
