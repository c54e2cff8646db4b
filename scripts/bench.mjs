#!/usr/bin/env node
// `npm run bench`: how fast and how small the site is, against the budgets
// in bench/budgets.json. Times the content check (npm run kontrollera) and
// the build, serves the site with the intranet's headers, and for every
// page the build emits prints what a first visit loads before any
// interaction (HTML, CSS, JS: raw and gzip, and the request count) and
// Lighthouse's mobile scores (and desktop ones for the pages
// budgets.lighthouse.desktopPages names); then the Pagefind
// bytes of a first search, the time until the flowchart is drawn, and which
// pages load Mermaid; and, apart from the pages' own loads, the service
// worker's own file and what it saves after a first visit. Exits 1 when a budget is exceeded or could not be
// measured. Not part of `npm test`: figures, not pass/fail of behaviour.
//
//   npm run bench            (BENCH_PORT=4330 by default; Chromium's debugging port is BENCH_PORT + 1)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForPort } from './lib/ports.mjs';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { builtPages } from '../tests/support/site.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.mjs';
import { growthScenario } from './bench-growth.mjs';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const PORT = Number(process.env.BENCH_PORT ?? 4330);
const DEBUG_PORT = PORT + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? budgets.lighthouse.runs ?? 3);
/** Pages Lighthouse also measures as on a desktop (its desktop preset). */
const DESKTOP_PAGES = (budgets.lighthouse.desktopPages ?? []).map((pattern) => new RegExp(pattern));
const onDesktop = (path) => DESKTOP_PAGES.some((pattern) => pattern.test(path));
// Types nginx compresses (deploy/nginx.conf); Pagefind's index files are
// compressed already and go as they are.
const COMPRESSED_TYPES = /^(text\/|application\/(javascript|json)|image\/svg\+xml)/;
/** The same types, by the built files' extensions. */
const COMPRESSED_FILES = /\.(html|css|js|mjs|json|svg|txt)$/;
/** Where the bench serves the build from: a copy, with the gzip files nginx would send. */
const SERVED = '.cache/bench-site';
// A string from Mermaid's core, which every page that draws a diagram loads.
const MERMAID_MARKER = 'No diagram type detected';

const browserPath = findChromium().path;
if (!browserPath) fail('The bench needs Chromium: run `npm test` once (it installs one) or set CHROMIUM_PATH.');
// `npm run bench -- --growth`: only the growth scenario (scripts/bench-growth.mjs), which the full bench runs last.
if (process.argv.includes('--growth')) process.exit((await growthScenario({ port: PORT, browserPath })).length ? 1 : 0);

/** @type {string[]} */
const exceeded = [];

const loadAtStart = loadavg()[0];

// 1. The content check, the whole command as the document owner types it
// before publishing (npm's own start included).
console.log('Checking the content (npm run kontrollera) …');
const check = timedNpmRun('kontrollera');
if (check.status !== 0) fail(`The content check found mistakes:\n${check.output}`);

// 2. Build, as `npm run build` does it (astro build, with the Pagefind index).
console.log('Building (npm run build) …');
// DIAGRAM_CACHE=0: the build a fresh clone makes, drawing the chart, not one that finds it drawn already.
const build = timedNpmRun('build', { BASE_PATH: '/', OUT_DIR: './dist', DIAGRAM_CACHE: '0' });
if (build.status !== 0) fail(`The build failed:\n${build.output}`);
// BENCH_PAGES (a pattern): only the pages it matches, to measure a change to one of them without the whole run.
const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : undefined;
const pages = builtPages('dist').filter((path) => !only || only.test(`/${path}`));
compressedCopy('dist', SERVED);

// Served as the intranet serves it: its headers, and text compressed (so
// Lighthouse, too, sees the bytes nginx sends, not the files on disk).
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', SERVED, '--port', String(PORT), '--gzip'], { stdio: 'ignore' });
try {
  await waitForPort(PORT, { what: "The site's server" });
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  /** @type {Map<string, Load>} */
  const loads = new Map();
  let search, flowchart, worker;
  try {
    for (const path of pages) loads.set(path, await measureLoad(browser, path));
    worker = await measureWorker(browser);
    search = await measureSearch(browser, budgets.search.page);
    flowchart = pages.includes(budgets.flowchart.page) ? await measureFlowchart(browser, budgets.flowchart.page) : undefined;
  } finally {
    await browser.close();
  }
  const desktopCount = pages.filter(onDesktop).length;
  console.log(`Lighthouse (mobile), ${LIGHTHOUSE_RUNS} runs on each of ${pages.length} pages${desktopCount ? `, and desktop on ${desktopCount}` : ''} …`);
  const scores = await runLighthouse(pages);
  report({ loads, search, flowchart, worker, scores });
} finally {
  server.kill();
}
// The growth scenario measures the whole site: not for a few pages.
if (!only) exceeded.push(...(await growthScenario({ port: PORT, browserPath })));

process.exit(exceeded.length ? 1 : 0);

/**
 * @typedef {{ raw: number, gzip: number }} Bytes
 * @typedef {{ html: Bytes, css: Bytes, js: Bytes, other: Bytes, total: Bytes, requests: number, mermaid: boolean }} Load
 * @typedef {{ performance: number, range: string, accessibility: number, cls: number } | { error: string }} Score
 * @typedef {{ mobile: Score, desktop?: Score }} Scores
 */

/**
 * What a first visit (empty cache) loads until the network is idle, before
 * anyone touches the page.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} path
 * @returns {Promise<Load>}
 */
async function measureLoad(browser, path) {
  const { responses, close, page } = await recordingPage(browser);
  await page.goto(`${ORIGIN}/${path}`, { waitUntil: 'networkidle' });
  const all = await Promise.all(responses);
  await close();
  const kinds = { html: zero(), css: zero(), js: zero(), other: zero(), total: zero() };
  let mermaid = false;
  for (const response of all) {
    const kind = { document: 'html', stylesheet: 'css', script: 'js' }[response.type] ?? 'other';
    add(kinds[kind], response.bytes);
    add(kinds.total, response.bytes);
    if (response.type === 'script' && (/mermaid/i.test(response.url) || response.body.includes(MERMAID_MARKER))) mermaid = true;
  }
  return { ...kinds, requests: all.length, mermaid };
}

/**
 * What the service worker costs a first visit, after the page has loaded
 * and apart from it: its own file, and the files it saves when it is
 * installed (src/lib/offline-files.ts), as nginx would send them.
 * @param {import('@playwright/test').Browser} browser
 */
async function measureWorker(browser) {
  const context = await browser.newContext();
  /** @type {Promise<Bytes>[]} */
  const script = [];
  /** @type {Promise<Bytes>[]} */
  const saved = [];
  context.on('response', (response) => {
    const fromWorker = Boolean(response.request().serviceWorker());
    const isScript = new URL(response.url()).pathname.endsWith('/sw.js');
    if (fromWorker || isScript) (isScript ? script : saved).push(responseBytes(response));
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  try {
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('no worker within 60 s')), 60_000))]));
  } catch (error) {
    await context.close();
    return { error: error.message };
  }
  const worker = zero();
  for (const bytes of await Promise.all(script)) add(worker, bytes);
  const files = zero();
  const all = await Promise.all(saved);
  for (const bytes of all) add(files, bytes);
  await context.close();
  return { worker, files, count: all.length };
}

/**
 * A response's size, raw and as nginx would send it.
 * @param {import('@playwright/test').Response} response
 * @returns {Promise<Bytes>}
 */
async function responseBytes(response) {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return { raw: body.length, gzip: COMPRESSED_TYPES.test(type) && body.length > 0 ? gzipSync(body, { level: 6 }).length : body.length };
}

/**
 * The Pagefind files a first search fetches (its code, WebAssembly, index
 * and result fragments), and whether a hit is listed twice.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} path
 */
async function measureSearch(browser, path) {
  const { responses, close, page } = await recordingPage(browser);
  await page.goto(`${ORIGIN}/${path}`);
  // The results list of <site-search> (src/elements/site-search.ts).
  await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const fetched = (await Promise.all(responses)).filter((response) => response.url.includes('/pagefind/'));
  // The sections the hits lead to, without the words they carry to mark.
  const targets = await page.locator('.search-result a').evaluateAll((links) => links.map((a) => `${a.pathname}${a.hash}`));
  await close();
  const bytes = zero();
  for (const response of fetched) add(bytes, response.bytes);
  return { path, files: fetched.length, bytes, hits: targets.length, repeated: targets.length - new Set(targets).size };
}

/**
 * Milliseconds from the start of navigation until the diagram's <svg> is in
 * the page (on this machine, without throttling).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} path
 */
async function measureFlowchart(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        // @ts-ignore: a mark for the bench to read
        window.__diagramDrawnAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, budgets.flowchart.diagramSelector);
  await page.goto(`${ORIGIN}/${path}`);
  try {
    // @ts-ignore
    const handle = await page.waitForFunction(() => window.__diagramDrawnAt, null, { timeout: 30_000 });
    return { path, ms: Math.round(Number(await handle.jsonValue())) };
  } catch {
    return { path, ms: undefined };
  } finally {
    await context.close();
  }
}

/**
 * A page in a fresh context (nothing cached) that records every response
 * with its body and its size as raw and as nginx would send it.
 * @param {import('@playwright/test').Browser} browser
 */
async function recordingPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Promise<{ url: string, type: string, body: string, bytes: Bytes }>[]} */
  const responses = [];
  page.on('response', (response) => {
    // The browser fetches the favicon when it likes (sometimes after the
    // network is idle) and keeps it across pages: left out, so counts are stable.
    if (/\/favicon\.[a-z]+$/.test(new URL(response.url()).pathname)) return;
    // The service worker and what it saves come after the page, and are reported apart (measureWorker).
    if (new URL(response.url()).pathname.endsWith('/sw.js') || response.request().serviceWorker()) return;
    responses.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'] ?? '';
        const gzip = COMPRESSED_TYPES.test(type) && body.length > 0 ? gzipSync(body, { level: 6 }).length : body.length;
        return { url: response.url(), type: response.request().resourceType(), body: body.toString('latin1'), bytes: { raw: body.length, gzip } };
      })(),
    );
  });
  return { page, responses, close: () => context.close() };
}

/**
 * Lighthouse's mobile run of every page (and its desktop run of the pages
 * DESKTOP_PAGES names), in one Chromium of its own; the median of
 * LIGHTHOUSE_RUNS runs by performance score.
 * @param {string[]} paths
 * @returns {Promise<Map<string, Scores>>}
 */
async function runLighthouse(paths) {
  /** @type {Map<string, Scores>} */
  const scores = new Map();
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: browserPath, port: DEBUG_PORT, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
  } catch (error) {
    for (const path of paths) scores.set(path, { mobile: { error: `Chromium for Lighthouse did not start: ${error.message}` } });
    return scores;
  }
  try {
    for (const path of paths) {
      const mobile = await medianScore(path, 'mobile');
      scores.set(path, onDesktop(path) ? { mobile, desktop: await medianScore(path, 'desktop') } : { mobile });
    }
  } finally {
    chrome.kill();
  }
  if (process.stdout.isTTY) process.stdout.write(`${' '.repeat(60)}\r`);
  return scores;
}

/**
 * @param {string} path
 * @param {'mobile' | 'desktop'} formFactor
 * @returns {Promise<Score>}
 */
async function medianScore(path, formFactor) {
  if (process.stdout.isTTY) process.stdout.write(`Lighthouse (${formFactor}) /${path} …\r`);
  try {
    const runs = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouseRun(path, formFactor));
    runs.sort((a, b) => a.performance - b.performance);
    const range = `${runs[0].performance}–${runs[runs.length - 1].performance}`;
    return { ...runs[Math.floor(runs.length / 2)], range };
  } catch (error) {
    return { error: `Lighthouse could not run: ${error.message}` };
  }
}

/**
 * One Lighthouse run; tried again once when Lighthouse itself fails (it
 * sometimes loses the trace, NO_NAVSTART, when the machine is busy).
 * @param {string} path
 * @param {'mobile' | 'desktop'} formFactor
 */
async function lighthouseRun(path, formFactor, attempt = 1) {
  const result = await lighthouse(
    `${ORIGIN}/${path}`,
    { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  const problem = !lhr ? 'no result' : lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined;
  if (problem && attempt < 2) return lighthouseRun(path, formFactor, attempt + 1);
  if (problem) throw new Error(problem);
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

/**
 * Prints the figures and records what exceeds its budget.
 * @param {{ loads: Map<string, Load>, search: any, flowchart: any, worker: any, scores: Map<string, Scores> }} figures
 */
function report({ loads, search, flowchart, worker, scores }) {
  const reading = budgets.readingPages.match.map((pattern) => new RegExp(pattern));
  const isReading = (path) => reading.some((pattern) => pattern.test(path));
  const isFlowchart = (path) => budgets.flowchart.match.some((pattern) => new RegExp(pattern).test(path));
  const mermaidAllowed = budgets.mermaidOnlyOn.map((pattern) => new RegExp(pattern));

  console.log('');
  timing('Content check (npm run kontrollera)', 'the content check', check.seconds, budgets.maxKontrolleraSeconds);
  timing(`Build (npm run build: astro, Pagefind${pages.includes(budgets.flowchart.page) ? ', diagram' : ''})`, 'the build', build.seconds, budgets.maxBuildSeconds);

  const anyDesktop = [...scores.values()].some((score) => score.desktop);
  console.log(
    `\nFirst visit, before interaction (KB = 1024 bytes; gzip as nginx sends it). Lighthouse mobile${anyDesktop ? ' (and desktop, "dt", where measured)' : ''}: ${LIGHTHOUSE_RUNS > 1 ? `median of ${LIGHTHOUSE_RUNS} runs (performance's range in brackets)` : 'one run'}:`,
  );
  const header = ['page', 'HTML raw/gz', 'CSS raw/gz', 'JS raw/gz', 'total gz', 'req', 'perf', 'a11y', 'CLS', ...(anyDesktop ? ['perf dt', 'a11y dt', 'CLS dt'] : [])];
  const rows = [header];
  /** @param {Score | undefined} score */
  const cells = (score) =>
    score && !('error' in score)
      ? [`${score.performance}${LIGHTHOUSE_RUNS > 1 ? ` (${score.range})` : ''}`, String(score.accessibility), score.cls.toFixed(3)]
      : ['–', '–', '–'];
  for (const [path, load] of loads) {
    const score = scores.get(path);
    rows.push([
      `/${path}${isReading(path) ? ' (reading)' : isFlowchart(path) ? ' (flowchart)' : ''}`,
      pair(load.html),
      pair(load.css),
      pair(load.js),
      kb(load.total.gzip),
      String(load.requests),
      ...cells(score?.mobile),
      ...(anyDesktop ? cells(score?.desktop) : []),
    ]);
  }
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));

  const errors = new Set(
    [...scores.values()].flatMap((score) => [score.mobile, score.desktop]).filter((score) => score && 'error' in score).map((score) => score.error),
  );
  for (const error of errors) console.log(`Lighthouse: ${error}`);

  for (const [path, load] of loads) {
    if (isReading(path)) {
      if (load.total.gzip > budgets.readingPages.maxTotalGzipBytes)
        exceeded.push(`/${path} loads ${kb(load.total.gzip)} gzip, budget ${kb(budgets.readingPages.maxTotalGzipBytes)}`);
      if (load.js.gzip > budgets.readingPages.maxJsGzipBytes)
        exceeded.push(`/${path} loads ${kb(load.js.gzip)} of JavaScript (gzip), budget ${kb(budgets.readingPages.maxJsGzipBytes)}`);
    }
    if (isFlowchart(path)) {
      if (load.total.gzip > budgets.flowchart.maxTotalGzipBytes)
        exceeded.push(`/${path} loads ${kb(load.total.gzip)} gzip, budget ${kb(budgets.flowchart.maxTotalGzipBytes)}`);
      if (load.js.gzip > budgets.flowchart.maxJsGzipBytes)
        exceeded.push(`/${path} loads ${kb(load.js.gzip)} of JavaScript (gzip), budget ${kb(budgets.flowchart.maxJsGzipBytes)}`);
    }
    const limits = isFlowchart(path) ? budgets.flowchart : budgets.lighthouse;
    const measured = scores.get(path);
    for (const [formFactor, score] of Object.entries({ mobile: measured?.mobile, ...(onDesktop(path) ? { desktop: measured?.desktop } : {}) })) {
      if (!score || 'error' in score) {
        exceeded.push(`/${path}: Lighthouse scores (${formFactor}) not measured`);
        continue;
      }
      if (score.performance < limits.minPerformance) exceeded.push(`/${path}: Lighthouse performance (${formFactor}) ${score.performance}, budget ${limits.minPerformance}`);
      if (score.accessibility < limits.minAccessibility)
        exceeded.push(`/${path}: Lighthouse accessibility (${formFactor}) ${score.accessibility}, budget ${limits.minAccessibility}`);
      if (limits.maxCumulativeLayoutShift !== undefined && !(score.cls < limits.maxCumulativeLayoutShift))
        exceeded.push(`/${path}: layout shift (${formFactor}) ${score.cls.toFixed(3)}, budget < ${limits.maxCumulativeLayoutShift}`);
    }
  }

  console.log(
    `\nSearch, first query (/${search.path}): Pagefind fetched ${search.files} files, ${kb(search.bytes.raw)} raw, ${kb(search.bytes.gzip)} as sent with gzip (budget ${kb(budgets.search.maxGzipBytes)}); ${search.hits} hits shown, ${search.repeated} listed twice`,
  );
  if (search.bytes.gzip > budgets.search.maxGzipBytes) exceeded.push(`the first search fetches ${kb(search.bytes.gzip)} gzip, budget ${kb(budgets.search.maxGzipBytes)}`);
  if (search.repeated > 0) exceeded.push(`the first search lists ${search.repeated} hits twice`);

  if (flowchart) {
    console.log(`Flowchart (/${flowchart.path}): diagram drawn ${flowchart.ms === undefined ? 'never (no diagram <svg> within 30 s)' : `${flowchart.ms} ms after navigation started`}`);
    if (flowchart.ms === undefined) exceeded.push(`/${flowchart.path}: the diagram was not drawn`);
  } else console.log(`Flowchart (/${budgets.flowchart.page}): not in this build`);

  if ('error' in worker) {
    console.log(`Service worker: not measured (${worker.error})`);
    exceeded.push('the service worker was not measured');
  } else {
    console.log(
      `Service worker, after a first visit's load, apart from the figures above: its own file ${pair(worker.worker)} KB raw/gz; it saved ${worker.count} files, ${kb(worker.files.raw)} raw, ${kb(worker.files.gzip)} as sent with gzip`,
    );
  }

  const withMermaid = [...loads].filter(([, load]) => load.mermaid).map(([path]) => path);
  const wrongly = withMermaid.filter((path) => !mermaidAllowed.some((pattern) => pattern.test(path)));
  console.log(`Mermaid code loaded by: ${withMermaid.length ? withMermaid.map((path) => `/${path}`).join(', ') : 'no page'}`);
  for (const path of wrongly) exceeded.push(`/${path} loads Mermaid, which only the flowchart's pages may`);

  // Other work on the machine slows the build and adds Lighthouse's
  // blocking time: say so beside the figures.
  const cores = availableParallelism();
  const load = `${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  console.log(`Machine load (1-minute average) on ${cores} cores: ${load}${Math.max(loadAtStart, loadavg()[0]) > cores ? ': busy, so times and scores are worse and noisier than on an idle machine' : ''}`);

  console.log(exceeded.length ? `\nBudgets exceeded (${exceeded.length}):\n${exceeded.map((line) => `  - ${line}`).join('\n')}` : '\nAll budgets met.');
}

/**
 * `npm run <script>` in this folder, and how long it took.
 * @param {string} script
 * @param {Record<string, string>} [env]
 */
function timedNpmRun(script, env = {}) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - start) / 1000 };
}

/**
 * Prints a measured time beside its budget, and records it if it is over.
 * @param {string} label
 * @param {string} what
 * @param {number} seconds
 * @param {number} budget
 */
function timing(label, what, seconds, budget) {
  console.log(`${label}: ${seconds.toFixed(1)} s (budget ${budget} s)`);
  if (seconds > budget) exceeded.push(`${what} took ${seconds.toFixed(1)} s, budget ${budget} s`);
}

/**
 * A copy of the build with a `.gz` beside every file of a type nginx
 * compresses (zlib level 6, as the figures are counted).
 * @param {string} from
 * @param {string} to
 */
function compressedCopy(from, to) {
  rmSync(to, { recursive: true, force: true });
  // `from` is a link to the build (scripts/build.mjs): copy the build, not the link.
  cpSync(realpathSync(from), to, { recursive: true });
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSED_FILES.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 6 }));
    }
  };
  walk(to);
}

function zero() {
  return { raw: 0, gzip: 0 };
}

/** @param {Bytes} into @param {Bytes} bytes */
function add(into, bytes) {
  into.raw += bytes.raw;
  into.gzip += bytes.gzip;
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** @param {Bytes} bytes */
function pair({ raw, gzip }) {
  return raw ? `${(raw / 1024).toFixed(1)}/${(gzip / 1024).toFixed(1)}` : '0';
}


/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}
