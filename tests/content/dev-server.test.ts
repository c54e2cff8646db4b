import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../support/serve.ts';
import { join } from 'node:path';
import { copyProject, ROOT, type Copy } from './build-with.ts';

/**
 * `npm run dev` as a document owner uses it: a mistake saved in content/
 * shows on the page, in Swedish, instead of the last good data or a code
 * error; fixed, the page is back. Run on a copy of the project, with a dev
 * server of its own on a free port.
 */
let copy: Copy;
let server: ChildProcess;
let url = '';
let log = '';

before(async () => {
  copy = copyProject({});
  const port = await freePort();
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: copy.dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  url = `http://127.0.0.1:${port}`;
  await until(async () => (await get('/kontakter/')).status === 200, 'the dev server to start');
});

after(() => {
  server?.kill();
  copy?.remove();
});

const CONTACTS = 'content/kontakter.yaml';
const STEPS = 'content/process/steg.yaml';

test('a broken contact file shows its mistake on the page in Swedish, not the old data, until it is fixed', async () => {
  const good = read(CONTACTS);
  assert.match((await get('/kontakter/')).text, /031-365 37 14/);
  write(CONTACTS, good.replace('[031-365 37 14]', '[031-365 37 1X]'));
  const broken = await until(async () => {
    const page = await get('/kontakter/');
    return page.status === 500 && page;
  }, 'the page to show the mistake');
  assert.match(broken.text, /<h1>Innehållet har ett fel<\/h1>/);
  assert.match(broken.text, /content\/kontakter\.yaml → personer → gunilla-ericson, fältet telefon\[1\]: &quot;031-365 37 1X&quot; är inte ett svenskt telefonnummer\./);
  assert.doesNotMatch(broken.text, /031-365 37 14/, 'no old data');
  assert.match(broken.text, /@vite\/client/, 'the page reloads itself when the file is saved again');
  write(CONTACTS, good);
  await until(async () => /031-365 37 14/.test((await get('/kontakter/')).text), 'the fixed page');
});

test('a mistake in the process model shows in Swedish on every page, instead of a code error', async () => {
  const good = read(STEPS);
  write(STEPS, good.replace('citat: Ett nybesök genomförs senast cirka två veckor före frigivning.', 'citat: Ett nybesök genomförs senast två veckor före frigivning.'));
  const broken = await until(async () => {
    const page = await get('/flodesschema/');
    return page.status === 500 && page;
  }, 'the page to show the mistake');
  assert.match(broken.text, /content\/process\/steg\.yaml, &quot;nybesok&quot;, fältet kallor\[1\]\.citat: citatet finns inte ordagrant i rutinen/);
  assert.doesNotMatch(broken.text, /\bat \w+ \(|Error:/, 'no stack trace');
  assert.equal((await get('/')).status, 500, 'the start page too');
  write(STEPS, good);
  await until(async () => (await get('/flodesschema/')).status === 200, 'the fixed page');
});

test('the dev server says in its terminal, in Swedish, what is wrong', () => {
  assert.match(log, /Innehållet har ett fel\. Sidorna visar felen tills de är rättade/);
});

function read(file: string): string {
  return readFileSync(join(copy.dir, file), 'utf8');
}

function write(file: string, text: string) {
  writeFileSync(join(copy.dir, file), text);
}

async function get(path: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(`${url}${path}`, { headers: { accept: 'text/html' } });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/** Polls until `check` gives something truthy; the dev server reacts to a saved file within a second or two. */
async function until<T>(check: () => Promise<T | false>, what: string, seconds = 90): Promise<T> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const result = await check();
    if (result) return result;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Timed out waiting for ${what}. Server log:\n${log}`);
}
