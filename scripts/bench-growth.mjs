// The bench's growth scenario (issue 20, point 6): what the site costs when
// content/ grows. Two temporary copies of the project, one with today's
// content and one with the grown set (scripts/lib/grow-content.mjs: four
// local supplements in all, 150 steps, 40 contact units, two kept versions per
// routine, the new steps recorded as reviewed by the copy's own
// `npm run granska`); each is checked and built as the owner does it, then
// served and measured the same way, so growth shows as a ratio
// grown/today. Budgets: bench/budgets.json, "growth", and the page budgets
// ("readingPages", "flowchart" bytes) applied to every page of the grown
// build. Lighthouse is left to the main bench: its scores depend on a
// page's weight, which this part does measure.
//
//   npm run bench -- --growth     (this part only; `npm run bench` runs it last;
//                                  BENCH_KEEP_GROWN=1 keeps the grown copy to look into)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { waitForPort } from './lib/ports.mjs';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { copyProject, ROOT } from '../tests/content/project.ts';
import { builtPages } from '../tests/support/site.ts';
import { CHROMIUM_ARGS } from './lib/browser.mjs';
import { GROWTH, growContent } from './lib/grow-content.mjs';

const COMPRESSED_TYPES = /^(text\/|application\/(javascript|json)|image\/svg\+xml)/;
/** The document the guide fetches after its first question: its templates and the rules' data (src/pages/guide/mallar.astro). */
const GUIDE_MODEL = 'guide/mallar/';

/**
 * Runs the scenario, prints its figures, and returns what exceeds a budget
 * (one line each; empty when all hold).
 * @param {{ port: number, browserPath: string }} options
 * @returns {Promise<string[]>}
 */
export async function growthScenario({ port, browserPath }) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
  const limits = budgets.growth;
  const loadAtStart = loadavg()[0];
  console.log(
    `\nGrowth scenario: a copy with today's content and one grown to ${GROWTH.localRoutines} local supplements in all, ${GROWTH.steps} steps, ${GROWTH.contactUnits} contact units and ${GROWTH.keptRevisions} kept versions per routine …`,
  );

  const grown = growContent(ROOT);
  const copies = { today: copyProject({}), grown: copyProject(grown.edits, grown.files) };
  /** @type {string[]} */
  const exceeded = [];
  try {
    const review = copies.grown.run([join(ROOT, 'scripts/granska.ts'), ...grown.stepIds]);
    if (!review.ok) return [`the grown content's steps could not be recorded as reviewed (npm run granska):\n${review.output}`];

    // Alternated, so that a change in the machine's load falls on both alike.
    /** @type {Record<'today' | 'grown', { check?: Timed, build?: Timed }>} */
    const times = { today: {}, grown: {} };
    for (const [step, script, env] of [
      ['check', 'kontrollera', {}],
      // Each drawing its charts, as a fresh clone does (src/integrations/diagram-cache.ts).
      ['build', 'build', { BASE_PATH: '/', OUT_DIR: './dist', DIAGRAM_CACHE: '0' }],
    ]) {
      for (const which of /** @type {const} */ (['today', 'grown'])) {
        console.log(`  npm run ${script} (${which}) …`);
        const result = timedNpmRun(copies[which].dir, script, env);
        if (result.status !== 0) return [`npm run ${script} failed on the ${which === 'grown' ? 'grown' : "today's"} content:\n${result.output}`];
        times[which][step] = result;
      }
    }

    const figures = {};
    for (const which of /** @type {const} */ (['today', 'grown'])) {
      const dist = realpathSync(join(copies[which].dir, 'dist'));
      console.log(`  measuring ${which === 'grown' ? 'the grown' : "today's"} build …`);
      figures[which] = await measureBuild(dist, port, browserPath, budgets, which === 'grown');
    }
    const { today, grown: big } = figures;

    const rows = [
      ['', 'today', 'grown', 'grown/today', 'budget'],
      ['pages built', String(today.pages.length), String(big.pages.length), ratio(big.pages.length, today.pages.length), ''],
      ['npm run kontrollera', seconds(times.today.check), seconds(times.grown.check), ratio(times.grown.check.seconds, times.today.check.seconds), ''],
      ['npm run build', seconds(times.today.build), seconds(times.grown.build), ratio(times.grown.build.seconds, times.today.build.seconds), `≤ ${limits.maxBuildRatio}×`],
      [`first search (/${budgets.search.page}), gzip`, kb(today.search.gzip), kb(big.search.gzip), ratio(big.search.gzip, today.search.gzip), `≤ ${kb(limits.maxSearchGzipBytes)}`],
      ['  its files, raw', kb(today.search.raw), kb(big.search.raw), ratio(big.search.raw, today.search.raw), ''],
      [`guide's model (/${GUIDE_MODEL}), gzip`, kb(today.guide.gzip), kb(big.guide.gzip), ratio(big.guide.gzip, today.guide.gzip), ''],
      ['  raw', kb(today.guide.raw), kb(big.guide.raw), ratio(big.guide.raw, today.guide.raw), ''],
      ['flowchart pages', String(today.flowcharts.length), String(big.flowcharts.length), ratio(big.flowcharts.length, today.flowcharts.length), ''],
      ['heaviest flowchart page, first visit gzip', kb(today.flowchart[1].total.gzip), kb(big.flowchart[1].total.gzip), ratio(big.flowchart[1].total.gzip, today.flowchart[1].total.gzip), `≤ ${kb(budgets.flowchart.maxTotalGzipBytes)}`],
      ['  its HTML, raw', kb(today.flowchart[1].html.raw), kb(big.flowchart[1].html.raw), ratio(big.flowchart[1].html.raw, today.flowchart[1].html.raw), ''],
      ['heaviest reading page, first visit gzip', kb(heaviest(today.loads, budgets)[1]), kb(heaviest(big.loads, budgets)[1]), ratio(heaviest(big.loads, budgets)[1], heaviest(today.loads, budgets)[1]), `≤ ${kb(budgets.readingPages.maxTotalGzipBytes)}`],
    ];
    console.log('');
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
    console.log(`(the heaviest flowchart page: today /${today.flowchart[0]}, grown /${big.flowchart[0]}; the heaviest reading page: today /${heaviest(today.loads, budgets)[0]}, grown /${heaviest(big.loads, budgets)[0]})`);

    if (times.grown.build.seconds > limits.maxBuildRatio * times.today.build.seconds)
      exceeded.push(`the grown build took ${seconds(times.grown.build)}, more than ${limits.maxBuildRatio}× today's ${seconds(times.today.build)}`);
    if (big.search.gzip > limits.maxSearchGzipBytes) exceeded.push(`the grown site's first search fetches ${kb(big.search.gzip)} gzip, budget ${kb(limits.maxSearchGzipBytes)}`);
    exceeded.push(...big.overBudget.map((line) => `grown site: ${line}`));

    const cores = availableParallelism();
    const end = loadavg()[0];
    console.log(
      `Machine load (1-minute average) on ${cores} cores: ${loadAtStart.toFixed(1)} at the start, ${end.toFixed(1)} at the end${Math.max(loadAtStart, end) > cores ? ': busy, so the times are noisier than on an idle machine' : ''}`,
    );
    console.log(exceeded.length ? `\nGrowth budgets exceeded (${exceeded.length}):\n${exceeded.map((line) => `  - ${line}`).join('\n')}` : '\nGrowth budgets met.');
    return exceeded;
  } finally {
    copies.today.remove();
    // BENCH_KEEP_GROWN=1 keeps the grown copy (its content/ and dist/) to look into a figure.
    if (process.env.BENCH_KEEP_GROWN) console.log(`The grown copy is kept in ${copies.grown.dir}`);
    else copies.grown.remove();
  }
}

/**
 * @typedef {{ raw: number, gzip: number }} Bytes
 * @typedef {{ status: number | null, output: string, seconds: number }} Timed
 */

/**
 * Serves `dist` and measures, in a fresh browser context each, the first
 * search, the flowchart's pages and (with `allPages`) every page against the
 * page budgets.
 * @param {string} dist
 * @param {number} port
 * @param {string} browserPath
 * @param {any} budgets
 * @param {boolean} allPages
 */
async function measureBuild(dist, port, browserPath, budgets, allPages) {
  const origin = `http://127.0.0.1:${port}`;
  const pages = builtPages(dist);
  const model = readFileSync(join(dist, GUIDE_MODEL, 'index.html'));
  const guide = { raw: model.length, gzip: gzipSync(model, { level: 6 }).length };
  // The main bench's server, just stopped, may still hold the port for a moment.
  await waitForPort(port, { listening: false, what: "The growth scenario's server" });
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
  try {
    await waitForPort(port, { what: "The growth scenario's server" });
    const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
    try {
      const search = await measureSearch(browser, origin, budgets.search.page);
      /** @type {Map<string, ReturnType<typeof zeroLoad>>} */
      const loads = new Map();
      for (const path of allPages ? pages : pages.filter((path) => isFlowchart(path, budgets) || isReading(path, budgets))) loads.set(path, await measureLoad(browser, origin, path));
      const flowcharts = pages.filter((path) => isFlowchart(path, budgets));
      const flowchart = flowcharts.map((path) => [path, loads.get(path)]).sort(([, a], [, b]) => b.total.gzip - a.total.gzip)[0];
      return { pages, guide, search, flowcharts, flowchart, loads, overBudget: allPages ? overBudget(loads, budgets) : [] };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

/** The bench's page budgets (bench/budgets.json), by bytes. */
function overBudget(loads, budgets) {
  const lines = [];
  for (const [path, load] of loads) {
    const limit = isFlowchart(path, budgets) ? budgets.flowchart : isReading(path, budgets) ? budgets.readingPages : undefined;
    if (!limit) continue;
    if (load.total.gzip > limit.maxTotalGzipBytes) lines.push(`/${path} loads ${kb(load.total.gzip)} gzip, budget ${kb(limit.maxTotalGzipBytes)}`);
    if (load.js.gzip > limit.maxJsGzipBytes) lines.push(`/${path} loads ${kb(load.js.gzip)} of JavaScript (gzip), budget ${kb(limit.maxJsGzipBytes)}`);
  }
  return lines;
}

function isFlowchart(path, budgets) {
  return budgets.flowchart.match.some((pattern) => new RegExp(pattern).test(path));
}

function isReading(path, budgets) {
  return budgets.readingPages.match.some((pattern) => new RegExp(pattern).test(path));
}

/** The reading page that loads most, and its gzip bytes. */
function heaviest(loads, budgets) {
  const [path, load] = [...loads].filter(([path]) => isReading(path, budgets)).sort(([, a], [, b]) => b.total.gzip - a.total.gzip)[0] ?? ['–', zeroLoad()];
  return [path, load.total.gzip];
}

/** What a first visit loads until the network is idle, as the main bench counts it. */
async function measureLoad(browser, origin, path) {
  const { page, responses, close } = await recordingPage(browser);
  await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
  const all = await Promise.all(responses);
  await close();
  const load = zeroLoad();
  for (const response of all) {
    const kind = { document: 'html', stylesheet: 'css', script: 'js' }[response.type] ?? 'other';
    add(load[kind], response.bytes);
    add(load.total, response.bytes);
  }
  return load;
}

/** The Pagefind files a first search fetches until its results are shown, as the main bench counts them. */
async function measureSearch(browser, origin, path) {
  const { page, responses, close } = await recordingPage(browser);
  await page.goto(`${origin}/${path}`);
  await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const fetched = (await Promise.all(responses)).filter((response) => response.url.includes('/pagefind/'));
  await close();
  const bytes = { raw: 0, gzip: 0 };
  for (const response of fetched) add(bytes, response.bytes);
  return bytes;
}

/** A fresh context recording every response's size, raw and as nginx would gzip it (level 6). */
async function recordingPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => {
    if (/\/favicon\.[a-z]+$/.test(new URL(response.url()).pathname)) return;
    responses.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'] ?? '';
        const gzip = COMPRESSED_TYPES.test(type) && body.length > 0 ? gzipSync(body, { level: 6 }).length : body.length;
        return { url: response.url(), type: response.request().resourceType(), bytes: { raw: body.length, gzip } };
      })(),
    );
  });
  return { page, responses, close: () => context.close() };
}

/** `npm run <script>` in a copy, timed as the main bench times it (npm's own start included). */
function timedNpmRun(dir, script, env) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - start) / 1000 };
}

function zeroLoad() {
  return { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 }, total: { raw: 0, gzip: 0 } };
}

function add(into, bytes) {
  into.raw += bytes.raw;
  into.gzip += bytes.gzip;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function seconds(timed) {
  return `${timed.seconds.toFixed(1)} s`;
}

function ratio(grown, today) {
  return today ? `${(grown / today).toFixed(2)}×` : '–';
}

