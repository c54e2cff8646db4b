#!/usr/bin/env node
// `npm test`: type check, unit tests, the three builds (site root, sub-path,
// no browser for the diagram), the end-to-end tests in Chromium (and nginx,
// for deploy/nginx.conf), and the specs that read content/ again over the
// owner's revision. Ends with one plain line "N passed, N failed" that CI counts.
//
// Two things at a time, because no task keeps both cores busy alone
// (docs/testing.md): the type check and the builds beside the unit tests,
// then the end-to-end tests beside those over the owner's revision. The
// browser tests wait for the unit tests too: the content tests build the
// fixtures some specs serve. Each task's output is printed whole when it
// ends, so the log reads task by task.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { formatFailures, playwrightFailures, tapFailures } from './lib/failures.mjs';

const SUBPATH = '/rutiner/insluss/';
/** The owner's run serves its build on ports of its own, beside the main run's (playwright.config.ts). */
const OWNER_PORT = Number(process.env.E2E_PORT ?? 4321) + 10;
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Told again just before the closing line, which is all of a long log that CI may show. */
const failures = [];
mkdirSync('.cache', { recursive: true });

if (await step('Browser', ['node', 'scripts/ensure-browser.mjs'])) {
  // Not a step that ends the run: without nginx only its own tests fail.
  await run('nginx, for the tests of deploy/nginx.conf', ['node', 'scripts/ensure-nginx.mjs']);

  const [built] = await Promise.all([checkAndBuild(), unitTests()]);
  await Promise.all([
    built ? playwright('End-to-end tests (Playwright)', [], { E2E_RESULTS: '.cache/playwright-results.json' }) : undefined,
    ownerRevisionTests(),
  ]);
}
finish();

/** The type check and the three builds; false when one failed, and the browser tests are not run. */
async function checkAndBuild() {
  if (!(await step('Type check (astro check)', ['astro', 'check']))) return false;
  // As `npm run build`: each into a new folder, swapped in when finished (scripts/build.mjs).
  if (!(await step('Build for the site root', ['node', 'scripts/build.mjs'], { BASE_PATH: '/', OUT_DIR: './dist' }))) return false;
  if (!(await step(`Build for the sub-path ${SUBPATH}`, ['node', 'scripts/build.mjs'], { BASE_PATH: SUBPATH, OUT_DIR: './dist-undermapp' }))) return false;
  // A build where no browser can draw the flowchart, to test the fallback;
  // its log is kept so a test can check that the build warned.
  const fallback = await step(
    'Build without a browser for the diagram',
    ['node', 'scripts/build.mjs'],
    { BASE_PATH: '/', OUT_DIR: './dist-utan-webblasare', CHROMIUM_PATH: '/nonexistent', NO_COLOR: '1' },
    '.cache/build-utan-webblasare.log',
  );
  return fallback;
}

async function unitTests() {
  rmSync('.cache/unit.tap', { force: true });
  // Two files at a time: the content tests' fixture builds wait on their
  // Astro child processes, and the default (cores - 1) runs one file at a time here.
  const { code: unit } = await run('Unit tests', [
    'node',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.cache/unit.tap',
    'src/**/*.test.ts',
    'tests/content/**/*.test.ts',
    'scripts/**/*.test.mjs',
  ]);
  const tap = readIfThere('.cache/unit.tap');
  const failed = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  failures.push(...tapFailures(tap).map((failure) => ({ task: 'Unit tests', ...failure })));
  // A run that failed with no test failed (it ended before its report, or a test was cancelled) counts as one failure, never as green.
  const unexplained = unit !== 0 && failed === 0;
  if (unexplained) failures.push({ task: 'Unit tests', title: 'the run failed, though no test did', message: `exit code ${unit}; ${/^# cancelled \d+/m.exec(tap)?.[0] ?? 'no report'}` });
  count(Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0), unexplained ? 1 : failed);
}

async function ownerRevisionTests() {
  // The owner's revision (tests/content/owner-fixture.ts, built by the content
  // tests into dist-agare/): the specs that read what it changes (the contact
  // data, the city routine's text and header, a guide question) run again over
  // its build and its content, proving that an edit in content/ alone keeps
  // them green. A spec that reads none of it would only repeat its main run.
  const OWNER_SPECS = ['contacts', 'step-contacts', 'role-references', 'guide-phone', 'routines'].map((name) => `tests/${name}.spec.ts`);
  await playwright("End-to-end tests over the owner's revision (dist-agare/)", ['--project=rot', ...OWNER_SPECS], {
    E2E_ROOT_DIST: 'dist-agare',
    INSLUSS_CONTENT_ROOT: 'dist-agare-innehall',
    E2E_PORT: String(OWNER_PORT),
    E2E_RESULTS: '.cache/playwright-owner.json',
    E2E_OUTPUT: 'test-results-agare',
  });
}

/** A Playwright run, counted from its JSON report. */
async function playwright(title, args, env) {
  rmSync(env.E2E_RESULTS, { force: true });
  const { code: status } = await run(title, ['playwright', 'test', ...args], env);
  const report = JSON.parse(readIfThere(env.E2E_RESULTS) || '{}');
  const stats = report.stats;
  if (!stats) {
    failures.push({ task: title, title: 'no report written', message: `exit code ${status}` });
    return count(0, 1);
  }
  failures.push(...playwrightFailures(report).map((failure) => ({ task: title, ...failure })));
  // Errors outside any test: a web server that would not start, a spec that would not load.
  failures.push(...(report.errors ?? []).map((error) => ({ task: title, title: 'outside the tests', message: error.message ?? '' })));
  count(stats.expected + stats.flaky, stats.unexpected, stats.skipped);
  if (status !== 0 && stats.unexpected === 0) {
    if (!report.errors?.length) failures.push({ task: title, title: 'the run failed, though no test did', message: `exit code ${status}` });
    count(0, 1);
  }
}

/** Runs a step that is not itself a test; a failure counts as one and stops its lane. */
async function step(title, command, env, logFile) {
  const { code, text } = await run(title, command, env, logFile);
  const ok = code === 0;
  if (!ok) {
    count(0, 1);
    failures.push({ task: title, title: `exit code ${code}`, message: text });
    console.error(`\n${title} failed: what depends on it is not run.`);
  }
  return ok;
}

/** Runs a command with its output held, and prints it whole, under its title, when it ends; resolves to its exit code and output. */
function run(title, [command, ...args], env = {}, logFile) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString('utf8');
      if (logFile) writeFileSync(logFile, text);
      console.log(`\n▶ ${title} (${((Date.now() - started) / 1000).toFixed(0)} s)\n${text.trimEnd()}`);
      resolve({ code: code ?? 1, text });
    });
  });
}

function count(passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

function readIfThere(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function finish() {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  process.stdout.write(formatFailures(failures));
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  // Not process.exit(): into a pipe (CI's log), the output held and printed at the end is written out only after it returns.
  process.exitCode = totals.failed > 0 ? 1 : 0;
}
