// The end of `npm test` names what failed and why (failures.mjs), read
// from the reports node:test and Playwright write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailures, playwrightFailures, tapFailures } from './failures.mjs';

const TAP = `TAP version 13
# Subtest: a suite
    # Subtest: passes
    ok 1 - passes
      ---
      duration_ms: 0.5
      ...
    # Subtest: the copy builds
    not ok 2 - the copy builds
      ---
      duration_ms: 17.2
      location: '/x/owner-revision.test.ts:54:1'
      failureType: 'testCodeFailure'
      error: |-
        [ERROR] the build stopped
        
        false !== true
        
      code: 'ERR_ASSERTION'
      stack: |-
        TestContext.<anonymous> (file:///x/owner-revision.test.ts:60:10)
      ...
    1..2
not ok 1 - a suite
  ---
  duration_ms: 20
  type: 'suite'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: a file that would not load
not ok 2 - a file that would not load
  ---
  failureType: 'testCodeFailure'
  error: 'Cannot find module ''x'''
  ...
# Subtest: not written yet
not ok 3 - not written yet # TODO
  ---
  error: 'to do'
  ...
ok 4 - fine
  ---
  duration_ms: 1
  ...
1..4
`;

test('a TAP report: each failed test with its message; not the suites that fail because of it, nor a test marked todo', () => {
  assert.deepEqual(tapFailures(TAP), [
    { title: 'the copy builds', message: '[ERROR] the build stopped\n\nfalse !== true\n' },
    { title: 'a file that would not load', message: "Cannot find module 'x'" },
  ]);
  assert.deepEqual(tapFailures('TAP version 13\nok 1 - fine\n1..1\n'), []);
});

test("a Playwright report: each unexpected result with its project, describe titles, place and its last try's error", () => {
  const report = {
    suites: [
      {
        title: 'contacts.spec.ts',
        specs: [{ title: 'passes', file: 'contacts.spec.ts', line: 3, tests: [{ projectName: 'rot', status: 'expected', results: [{ status: 'passed' }] }] }],
        suites: [
          {
            title: 'the directory',
            specs: [
              {
                title: 'finds a unit',
                file: 'contacts.spec.ts',
                line: 12,
                tests: [
                  { projectName: 'rot', status: 'unexpected', results: [{ status: 'failed', error: { message: '\u001b[31mfirst\u001b[39m' } }, { status: 'failed', error: { message: '\u001b[31mExpected: 2\u001b[39m' } }] },
                  { projectName: 'csp', status: 'flaky', results: [{ status: 'failed' }, { status: 'passed' }] },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  assert.deepEqual(playwrightFailures(report), [{ title: '[rot] › the directory › finds a unit (contacts.spec.ts:12)', message: 'Expected: 2' }]);
  assert.deepEqual(playwrightFailures({}), []);
});

test('the summary: nothing when all passed; a long message keeps its start and end', () => {
  assert.equal(formatFailures([]), '');
  const long = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n');
  const told = formatFailures([{ task: 'Unit tests', title: 'the copy builds', message: long }]);
  assert.match(told, /^\nWhat failed \(1\):\n\n✘ Unit tests: the copy builds\n {4}line 1\n/);
  assert.match(told, / {4}line 12\n {4}… \(16 lines more: the task's output above has them all\)\n {4}line 29\n/);
  assert.match(told, / {4}line 40\n$/);
  assert.doesNotMatch(told, /line 13\n|line 28\n/);
});
