import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../support/serve.ts';
import { join } from 'node:path';
import { parseSwedishPhone } from '../../src/lib/phone.ts';
import { aStepQuote, ASTRO, copyProject, englishLines, escapeRegExp, oneWordChanged, replaceInEntry, writtenContacts, type Copy } from './project.ts';

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
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
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

// The number edited is today's, read from the contact file, and shown as the site shows it.
const person = writtenContacts().personer.find((candidate) => candidate.telefon?.length)!;
const written = person.telefon![0]!;
const shown = new RegExp(escapeRegExp(parseSwedishPhone(written)!.display));
const notANumber = `${written.slice(0, -1)}X`;
const quoted = aStepQuote();

test('an edit saved in content/ shows on the page, without restarting the server', async () => {
  const good = read(CONTACTS);
  assert.match((await get('/kontakter/')).text, shown);
  // A fictitious number (PTS's series for fiction, 031-390 06 00–99).
  write(CONTACTS, replaceInEntry(person.id, written, '031-390 06 01')(good));
  await until(async () => /031-390 06 01/.test((await get('/kontakter/')).text), 'the page to show the new number');
  write(CONTACTS, good);
  await until(async () => shown.test((await get('/kontakter/')).text), 'the page to show the number again');
});

test('a broken contact file shows its mistake on the page in Swedish, not the old data, until it is fixed', async () => {
  const good = read(CONTACTS);
  write(CONTACTS, replaceInEntry(person.id, written, notANumber)(good));
  // Under load, Vite may answer its own bare error page first: wait for the Swedish one.
  const broken = await until(async () => {
    const page = await get('/kontakter/');
    return page.status === 500 && /Innehållet har/.test(page.text) && page;
  }, 'the page to show the mistake');
  assert.match(broken.text, /<h1>Innehållet har ett fel<\/h1>/);
  assert.match(broken.text, new RegExp(`content/kontakter\\.yaml → personer → ${person.id}, fältet telefon\\[1\\]: &quot;${escapeRegExp(notANumber)}&quot; är inte ett svenskt telefonnummer\\.`));
  assert.doesNotMatch(broken.text, shown, 'no old data');
  assert.match(broken.text, /@vite\/client/, 'the page reloads itself when the file is saved again');
  write(CONTACTS, good);
  await until(async () => shown.test((await get('/kontakter/')).text), 'the fixed page');
});

test('a mistake in the process model shows in Swedish on every page, instead of a code error', async () => {
  const good = read(STEPS);
  write(STEPS, good.replace(`citat: ${quoted.quote}\n`, `citat: ${oneWordChanged(quoted.quote).changed}\n`));
  const broken = await until(async () => {
    const page = await get('/flodesschema/');
    return page.status === 500 && /Innehållet har/.test(page.text) && page;
  }, 'the page to show the mistake');
  assert.match(broken.text, new RegExp(`content/process/steg\\.yaml → ${quoted.step}, fältet kallor\\[${quoted.source}\\]\\.citat: citatet står inte ordagrant i rutinen`));
  assert.doesNotMatch(broken.text, /\bat \w+ \(|Error:/, 'no stack trace');
  assert.equal((await get('/')).status, 500, 'the start page too');
  write(STEPS, good);
  await until(async () => (await get('/flodesschema/')).status === 200, 'the fixed page');
});

test('the dev server says in its terminal, in Swedish, where the site is and what is wrong, and nothing in English', () => {
  assert.match(log, /Webbplatsen visas på http:\/\/127\.0\.0\.1:\d+\/ medan du redigerar\./);
  assert.match(log, /Innehållet har ett fel\. Sidorna visar felen tills de är rättade/);
  assert.deepEqual(englishLines(log), []);
  assert.doesNotMatch(log, /@astrojs\/upgrade|Re-optimizing|optimized/);
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
