// What failed in a test run, told again at the end of `npm test`: CI keeps
// only the last part of a long log, and each task's output is printed whole
// when the task ends, so a failure of the unit tests would otherwise scroll
// out of sight behind the browser tests' list.

/** Lines kept of one failure's message: its start says what, its end often says why (a build's last lines). */
const HEAD = 12;
const TAIL = 12;

/**
 * The failed tests of a node:test TAP report, each with its error message.
 * A suite or test failing only because a test inside it failed is left out:
 * that test is listed itself.
 * @param {string} tap
 * @returns {{ title: string, message: string }[]}
 */
export function tapFailures(tap) {
  const lines = tap.split('\n');
  const failures = [];
  for (let i = 0; i < lines.length; i++) {
    const failed = /^(\s*)not ok \d+ - (.*)$/.exec(lines[i]);
    // A test marked todo is reported "not ok" without failing the run.
    if (!failed || / # TODO\b/.test(failed[2])) continue;
    const indent = failed[1].length + 2;
    const block = [];
    for (let j = i + 1; j < lines.length && !/^\s*\.\.\.$/.test(lines[j]); j++) block.push(lines[j].slice(indent));
    if (block.includes("failureType: 'subtestsFailed'")) continue;
    failures.push({ title: failed[2], message: yamlValue(block, 'error') });
  }
  return failures;
}

/**
 * The tests of a Playwright JSON report that did not end as expected, each
 * with the first error of its last try.
 * @param {any} report
 * @returns {{ title: string, message: string }[]}
 */
export function playwrightFailures(report) {
  const failures = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        const title = [`[${test.projectName}]`, ...path, spec.title].filter(Boolean).join(' › ');
        failures.push({ title: `${title} (${spec.file}:${spec.line})`, message: stripAnsi(last?.error?.message ?? last?.status ?? '') });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return failures;
}

/**
 * The failures as the end of the log shows them.
 * @param {{ task: string, title: string, message: string }[]} failures
 */
export function formatFailures(failures) {
  if (failures.length === 0) return '';
  const told = failures.map(({ task, title, message }) => {
    const lines = message.trimEnd().split('\n');
    const kept = lines.length > HEAD + TAIL + 1 ? [...lines.slice(0, HEAD), `… (${lines.length - HEAD - TAIL} lines more: the task's output above has them all)`, ...lines.slice(-TAIL)] : lines;
    return [`✘ ${task}: ${title}`, ...kept.filter((line, index) => line || index > 0).map((line) => `    ${line}`)].join('\n');
  });
  return `\nWhat failed (${failures.length}):\n\n${told.join('\n\n')}\n`;
}

/** A scalar or block value of the YAML that node:test writes under a failure. */
function yamlValue(block, key) {
  const start = block.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return '';
  const inline = block[start].slice(key.length + 1).trim();
  if (!/^[|>]/.test(inline)) return inline.replace(/^'(.*)'$/, (_, text) => text.replace(/''/g, "'"));
  const value = [];
  for (const line of block.slice(start + 1)) {
    if (line && !line.startsWith('  ')) break;
    value.push(line.slice(2));
  }
  return value.join('\n');
}

function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
