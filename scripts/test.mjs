#!/usr/bin/env node
// `npm test`: type check, unit tests, both builds (site root and sub-path),
// then the end-to-end tests in Chromium (and nginx, for deploy/nginx.conf), and
// the specs that read content/ again over the owner's revision. Ends with one plain line
// "N passed, N failed" that CI counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const SUBPATH = '/rutiner/insluss/';
const totals = { passed: 0, failed: 0, skipped: 0 };
mkdirSync('.cache', { recursive: true });

step('Browser', ['node', 'scripts/ensure-browser.mjs']);
// Not a step that ends the run: without nginx only its own tests fail.
run('nginx, for the tests of deploy/nginx.conf', ['node', 'scripts/ensure-nginx.mjs']);
step('Type check (astro check)', ['astro', 'check']);

rmSync('.cache/unit.tap', { force: true });
// Two files at a time: the content tests' fixture builds wait on their
// Astro child processes, and the default (cores - 1) runs one file at a time here.
const unit = run('Unit tests', [
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
count(Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0), Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? (unit === 0 ? 0 : 1)));

// As `npm run build`: each into a new folder, swapped in when finished (scripts/build.mjs).
step('Build for the site root', ['node', 'scripts/build.mjs'], { BASE_PATH: '/', OUT_DIR: './dist' });
step(`Build for the sub-path ${SUBPATH}`, ['node', 'scripts/build.mjs'], { BASE_PATH: SUBPATH, OUT_DIR: './dist-undermapp' });
// A build where no browser can draw the flowchart, to test the fallback;
// its log is kept so a test can check that the build warned.
step(
  'Build without a browser for the diagram',
  ['node', 'scripts/build.mjs'],
  { BASE_PATH: '/', OUT_DIR: './dist-utan-webblasare', CHROMIUM_PATH: '/nonexistent', NO_COLOR: '1' },
  '.cache/build-utan-webblasare.log',
);

rmSync('.cache/playwright-results.json', { force: true });
const e2e = run('End-to-end tests (Playwright)', ['playwright', 'test']);
const stats = JSON.parse(readIfThere('.cache/playwright-results.json') || '{}').stats;
if (stats) {
  count(stats.expected + stats.flaky, stats.unexpected, stats.skipped);
  if (e2e !== 0 && stats.unexpected === 0) count(0, 1); // e.g. a web server that would not start
} else count(0, 1);

// The owner's revision (tests/content/owner-fixture.ts, built by the content
// tests into dist-agare/): the specs that read content/ run again over its
// build and its content, proving that an edit in content/ alone keeps them green.
const OWNER_SPECS = ['contacts', 'roles', 'opening-hours', 'step-contacts', 'guide-phone', 'routines'].map((name) => `tests/${name}.spec.ts`);
rmSync('.cache/playwright-owner.json', { force: true });
const owner = run(
  "End-to-end tests over the owner's revision (dist-agare/)",
  ['playwright', 'test', '--project=rot', ...OWNER_SPECS],
  { E2E_ROOT_DIST: 'dist-agare', INSLUSS_CONTENT_ROOT: 'dist-agare-innehall', E2E_RESULTS: '.cache/playwright-owner.json' },
);
const ownerStats = JSON.parse(readIfThere('.cache/playwright-owner.json') || '{}').stats;
if (ownerStats) {
  count(ownerStats.expected + ownerStats.flaky, ownerStats.unexpected, ownerStats.skipped);
  if (owner !== 0 && ownerStats.unexpected === 0) count(0, 1);
} else count(0, 1);

finish();

/** Runs a step that is not itself a test; a failure ends the run. */
function step(title, command, env, logFile) {
  if (run(title, command, env, logFile) !== 0) {
    count(0, 1);
    console.error(`\n${title} failed.`);
    finish();
  }
}

function run(title, [command, ...args], env = {}, logFile) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    stdio: logFile ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (logFile) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    writeFileSync(logFile, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
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
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}
