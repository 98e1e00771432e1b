// The test command's result reading (.ci/test-report.mjs), on small fixtures cut from real
// output: no test may be lost between a suite's output and the final line. A failing cargo
// test binary does not hide the next one's tests, ignored and skipped tests are named,
// Playwright's per-engine counts hold skipped, failed, flaky and never-run tests, a failed
// build counts the tests it kept from running as failed, TAP skips and todos are counted, and
// each TypeScript project of the type check is one test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserResults, cargoResult, nodeTestResult, parseCargoTest, parsePlaywrightJson, parseTap, summarize,
  typecheckResult,
} from '../../.ci/test-report.mjs';

// `cargo test --no-fail-fast` where tests/a.rs has a failing test and two ignored ones,
// tests/b.rs passes after it, and tests/d.rs aborts before reporting anything.
const CARGO = `   Compiling cexp v0.1.0 (/src/cexp)
    Finished \`test\` profile [unoptimized + debuginfo] target(s) in 0.42s
     Running unittests src/lib.rs (target/debug/deps/cexp-2e6d5555f5106248)

running 1 test
test tests::it_works ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running tests/a.rs (target/debug/deps/a-0cfc8ff9280d1c0f)

running 4 tests
test a_ignored ... ignored, slow one
test a_ignored_plain ... ignored
test a_pass ... ok
test a_fail ... FAILED

failures:

---- a_fail stdout ----
thread 'a_fail' (32342) panicked at tests/a.rs:2:23:
no

failures:
    a_fail

test result: FAILED. 1 passed; 1 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.20s

error: test failed, to rerun pass \`--test a\`
     Running tests/b.rs (target/debug/deps/b-b1fe7af063d5cbef)

running 2 tests
test b_pass2 ... ok
test b_pass ... ok

test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running tests/d.rs (target/debug/deps/d-9cf4412bc2b1cf62)

running 3 tests
error: test failed, to rerun pass \`--test d\`

Caused by:
  process didn't exit successfully: \`/src/cexp/target/debug/deps/d-9cf4412bc2b1cf62\` (signal: 6, SIGABRT: process abort signal)
   Doc-tests cexp

running 0 tests

test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

error: 2 targets failed:
    \`--test a\`
    \`--test d\`
`;

test('a failing cargo test binary does not hide the tests of the binaries after it', () => {
  const { binaries } = parseCargoTest(CARGO);
  assert.deepEqual(binaries.map((b) => b.name), ['src/lib.rs', 'tests/a.rs', 'tests/b.rs', 'tests/d.rs', 'doc-tests cexp']);
  const result = cargoResult('native', CARGO, 101);
  // lib 1 + a 1 + b 2; a's failure; a's two ignored; d's three announced tests never reported.
  assert.deepEqual([result.passed, result.failed, result.skipped, result.notRun], [4, 1, 2, 3]);
  assert.deepEqual(result.failures, ['tests/a.rs: a_fail']);
  assert.match(result.notRunNames[0], /^tests\/d\.rs: 3 of 3 tests without a result .*SIGABRT/);
});

test('ignored cargo tests are named, with their reason', () => {
  const result = cargoResult('native', CARGO, 101);
  assert.deepEqual(result.skips, ['tests/a.rs: a_ignored (ignored: slow one)', 'tests/a.rs: a_ignored_plain (ignored)']);
  const { lines } = summarize({ suites: [result] });
  assert.ok(lines.includes('skipped or ignored: 2'), lines.join('\n'));
  assert.ok(lines.includes('  native: tests/a.rs: a_ignored (ignored: slow one)'), lines.join('\n'));
});

test('WASM test output (wasm-bindgen-test-runner) is counted like native output', () => {
  const output = `     Running tests/wasm_browser.rs (target/wasm32-unknown-unknown/debug/deps/wasm_browser-c8885bf836433bb0.wasm)
Running headless tests in Firefox on \`http://127.0.0.1:35731/\`
Try find \`webdriver.json\` for configure browser's capabilities:
Ok

running 3 tests
test wasm_api::share_links_round_trip ... ok
test wasm_api::qr_code_for_a_share_link ... FAILED
test wasm_api::csv_export_in_both_languages ... ok

test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 filtered out; finished in 0.56s

error: test failed, to rerun pass \`--test wasm_browser\`
     Running tests/wasm_node.rs (target/wasm32-unknown-unknown/debug/deps/wasm_node-460180c10a74c45b.wasm)
This test suite is only configured to run in node.js, but we're only running
    browser tests so skipping.
`;
  const result = cargoResult('wasm-firefox', output, 101);
  assert.deepEqual([result.passed, result.failed, result.skipped, result.notRun], [2, 1, 0, 0]);
  assert.deepEqual(result.failures, ['tests/wasm_browser.rs: wasm_api::qr_code_for_a_share_link']);
});

test('a compile failure is reported as not compiled, and counts as a failure', () => {
  const output = `   Compiling cexp v0.1.0 (/src/cexp)
error[E0308]: mismatched types
 --> tests/c.rs:1:38
error: could not compile \`cexp\` (test "c") due to 1 previous error
warning: build failed, waiting for other jobs to finish...
`;
  const result = cargoResult('native', output, 101);
  assert.equal(result.passed, 0);
  assert.equal(result.failed, 1);
  assert.deepEqual(result.failures, ['cexp (test "c"): did not compile — tests not run']);
  assert.deepEqual(result.notes, ['did not compile — tests not run']);
});

test('a suite that exits with an error but reports no failure still fails', () => {
  const result = cargoResult('wasm-chrome', 'error: failed to find a suitable WebDriver binary\n', 1);
  assert.equal(result.failed, 1);
  assert.match(result.failures[0], /status 1 without a failing test/);
});

// A Playwright run in two engines with a passing test, a skipped one, a failing one, a flaky
// one (failed, then passed on retry) and one that was listed but never reached.
function spec(title, line, tests) {
  return { title, ok: true, tags: [], tests, id: `id-${line}`, file: 'page.spec.mjs', line, column: 1 };
}
const planned = (projectName, expectedStatus = 'passed') => ({ projectName, projectId: projectName, expectedStatus, annotations: [], results: [], status: 'skipped' });
const LIST = {
  suites: [{
    title: 'page.spec.mjs', file: 'page.spec.mjs',
    specs: [spec('passes', 3, [planned('chromium'), planned('firefox')])],
    suites: [{
      title: 'group', file: 'page.spec.mjs',
      specs: [
        spec('is skipped', 5, [planned('chromium'), planned('firefox')]),
        spec('fails', 6, [planned('chromium'), planned('firefox')]),
        spec('is flaky', 7, [planned('chromium'), planned('firefox')]),
        spec('never reached', 8, [planned('chromium'), planned('firefox')]),
        spec('marked skip', 9, [planned('chromium', 'skipped'), planned('firefox', 'skipped')]),
      ],
    }],
  }],
  errors: [],
};
const ran = (projectName, status, results, extra = {}) => ({
  projectName, projectId: projectName, expectedStatus: 'passed', annotations: [], status,
  results: results.map((s, retry) => ({ status: s, retry })), ...extra,
});
const skippedRun = (projectName) => ran(projectName, 'skipped', ['skipped'], {
  expectedStatus: 'skipped', annotations: [{ type: 'skip', description: 'not in this engine' }],
});
const REPORT = {
  suites: [{
    title: 'page.spec.mjs', file: 'page.spec.mjs',
    specs: [spec('passes', 3, [ran('chromium', 'expected', ['passed']), ran('firefox', 'expected', ['passed'])])],
    suites: [{
      title: 'group', file: 'page.spec.mjs',
      specs: [
        spec('is skipped', 5, [ran('chromium', 'expected', ['passed']), skippedRun('firefox')]),
        spec('fails', 6, [ran('chromium', 'expected', ['passed']), ran('firefox', 'unexpected', ['failed', 'failed'])]),
        spec('is flaky', 7, [ran('chromium', 'flaky', ['failed', 'passed']), ran('firefox', 'expected', ['passed'])]),
        // Cut off: chromium's attempt was interrupted, firefox's never started.
        spec('never reached', 8, [ran('chromium', 'skipped', ['interrupted']), ran('firefox', 'skipped', [])]),
      ],
    }],
  }],
  errors: [{ message: '\u001b[31mTimed out waiting 600s for the test suite to run\u001b[39m' }],
};

test('Playwright results are counted per engine: skipped, failed, flaky and never-run tests', () => {
  const list = parsePlaywrightJson(LIST);
  assert.equal(list.tests.length, 12);
  const { engines, errors } = browserResults({ list, report: parsePlaywrightJson(REPORT), status: 1 });
  const byName = Object.fromEntries(engines.map((e) => [e.name, e]));
  const counts = (e) => [e.passed, e.failed, e.skipped, e.notRun];
  assert.deepEqual(counts(byName['browser chromium']), [4, 0, 1, 1]);
  assert.deepEqual(counts(byName['browser firefox']), [2, 1, 2, 1]);
  assert.deepEqual(counts(byName['browser webkit']), [0, 0, 0, 0]);
  assert.deepEqual(byName['browser webkit'].notes, ['no tests listed for this engine']);
  assert.deepEqual(byName['browser chromium'].flaky, ['page.spec.mjs › group › is flaky (attempts: failed, passed)']);
  assert.deepEqual(byName['browser firefox'].failures, ['page.spec.mjs › group › fails']);
  assert.deepEqual(byName['browser firefox'].skips, [
    'page.spec.mjs › group › is skipped (skipped: not in this engine)',
    'page.spec.mjs › group › marked skip (skipped)',
  ]);
  assert.match(byName['browser chromium'].notRunNames[0], /never reached/);
  assert.match(byName['browser firefox'].notRunNames[0], /never reached/);
  assert.deepEqual(errors, ['Timed out waiting 600s for the test suite to run']);
});

test('a test in the list but missing from the report did not run', () => {
  const report = structuredClone(REPORT);
  report.suites[0].suites[0].specs.pop();
  report.errors = [];
  const { engines } = browserResults({ list: parsePlaywrightJson(LIST), report: parsePlaywrightJson(report), status: 1 });
  for (const engine of engines.slice(0, 2)) {
    assert.equal(engine.notRun, 1, engine.name);
    assert.match(engine.notRunNames[0], /never reached — listed, but no result in the report/);
  }
});

test('an unnamed Playwright project is the Chromium one', () => {
  const list = structuredClone(LIST);
  list.suites[0].specs = [spec('passes', 3, [planned('')])];
  list.suites[0].suites = [];
  const { engines } = browserResults({ list: parsePlaywrightJson(list), report: null, blocked: 'the build failed' });
  assert.deepEqual(engines.map((e) => [e.name, e.notRun]), [['browser chromium', 1], ['browser firefox', 0], ['browser webkit', 0]]);
});

test('after a failed build, the listed tests are reported as not run and counted as failed', () => {
  const blocked = 'the WASM and site build (.ci/build) failed';
  const browser = browserResults({ list: parsePlaywrightJson(LIST), report: null, blocked });
  const [chromium, firefox] = browser.engines;
  // Five tests per engine could have run; the sixth is marked skip in the source.
  assert.deepEqual([chromium.notRun, chromium.skipped, chromium.notRunReason], [5, 1, blocked]);
  assert.deepEqual([firefox.notRun, firefox.skipped], [5, 1]);
  const listing = {
    tests: [
      { file: 'tests/node/a.test.mjs', path: ['one'], skip: false, todo: false },
      { file: 'tests/node/a.test.mjs', path: ['group', 'two'], skip: false, todo: false },
      { file: 'tests/node/a.test.mjs', path: ['later'], skip: false, todo: 'not yet' },
    ],
    errors: [],
  };
  const node = nodeTestResult({ listing, tap: null, blocked });
  assert.deepEqual([node.passed, node.failed, node.skipped, node.notRun], [0, 0, 1, 2]);
  const { lines, passed, failed } = summarize({
    steps: [{ name: 'build', failed: true, detail: 'see the log' }],
    suites: [...browser.engines, node],
  });
  // 5 + 5 + 2 tests not run, and the build step itself.
  assert.deepEqual([passed, failed], [0, 13]);
  assert.equal(lines.at(-1), '0 passed, 13 failed');
  assert.ok(lines.includes('  browser chromium: 5 test(s) — the WASM and site build (.ci/build) failed'), lines.join('\n'));
  assert.ok(lines.some((l) => /^node-tests +0 passed, 0 failed, 1 skipped, 2 not run — not run: the WASM/.test(l)), lines.join('\n'));
});

test('browser tests that could not even be listed count as one not run per engine', () => {
  const { engines } = browserResults({ list: null, report: null, blocked: 'the install step failed' });
  assert.deepEqual(engines.map((e) => e.notRun), [1, 1, 1]);
  assert.deepEqual(engines[0].notes, ['count unknown, counted as 1']);
});

// node:test's TAP: a pass, two skips, a todo that fails (not a failure), a todo, a failure,
// a suite (not a test) with a pass and a skip inside, and a test with two subtests.
const TAP = `TAP version 13
# Subtest: p1
ok 1 - p1
  ---
  duration_ms: 0.845363
  ...
# Subtest: s1
ok 2 - s1 # SKIP not today
  ---
  duration_ms: 0.097244
  ...
# Subtest: s2 \\# with a hash
ok 3 - s2 \\# with a hash # SKIP
  ---
  duration_ms: 0.106868
  ...
# Subtest: t1
not ok 4 - t1 # TODO
  ---
  duration_ms: 0.214398
  failureType: 'testCodeFailure'
  error: 'x'
  ...
# Subtest: t2
ok 5 - t2 # TODO
  ---
  duration_ms: 0.096973
  ...
# Subtest: f1
not ok 6 - f1
  ---
  duration_ms: 0.136132
  failureType: 'testCodeFailure'
  error: 'boom'
  ...
# Subtest: suite
    # Subtest: inner pass
    ok 1 - inner pass
      ---
      duration_ms: 0.158194
      ...
    # Subtest: inner skip
    ok 2 - inner skip # SKIP dyn
      ---
      duration_ms: 0.116552
      ...
    1..2
ok 7 - suite
  ---
  duration_ms: 1.393766
  type: 'suite'
  ...
# Subtest: parent
    # Subtest: child1
    ok 1 - child1
      ---
      duration_ms: 0.177924
      ...
    # Subtest: child2
    ok 2 - child2
      ---
      duration_ms: 0.107159
      ...
    1..2
ok 8 - parent
  ---
  duration_ms: 0.628992
  ...
1..8
# tests 11
# suites 1
# pass 5
# fail 1
# cancelled 0
# skipped 3
# todo 2
# duration_ms 261.079052
`;

test('TAP with skips and todos is counted right, and skips are named', () => {
  const { tests, summary } = parseTap(TAP);
  assert.equal(tests.length, 11);
  assert.deepEqual(summary, { tests: 11, pass: 5, fail: 1, cancelled: 0, skipped: 3, todo: 2 });
  const result = nodeTestResult({ listing: null, tap: TAP, status: 1 });
  assert.deepEqual([result.passed, result.failed, result.skipped, result.notRun], [5, 1, 5, 0]);
  assert.deepEqual(result.failures, ['f1']);
  assert.deepEqual(result.skips, [
    's1 (skip: not today)', 's2 # with a hash (skip)', 't1 (todo)', 't2 (todo)', 'suite › inner skip (skip: dyn)',
  ]);
});

test('a listed node test without a result in the TAP did not run', () => {
  // c.test.mjs exited half-way: node reports the file as one failure and nothing else.
  const tap = `TAP version 13
# Subtest: /src/tests/node/c.test.mjs
not ok 1 - /src/tests/node/c.test.mjs
  ---
  duration_ms: 74.331688
  location: '/src/tests/node/c.test.mjs:1:1'
  failureType: 'testCodeFailure'
  exitCode: 3
  error: 'test failed'
  ...
1..1
# tests 1
# suites 0
# pass 0
# fail 1
# cancelled 0
# skipped 0
# todo 0
`;
  const listing = { tests: ['c1', 'c2', 'c3'].map((name) => ({ file: 'tests/node/c.test.mjs', path: [name], skip: false, todo: false })), errors: [] };
  const result = nodeTestResult({ listing, tap, status: 1 });
  assert.deepEqual([result.passed, result.failed, result.notRun], [0, 1, 3]);
  assert.equal(summarize({ suites: [result] }).lines.at(-1), '0 passed, 4 failed');
});

test('TAP totals that disagree with the test lines read fail the suite', () => {
  const result = nodeTestResult({ listing: null, tap: TAP.replace('# pass 5', '# pass 6'), status: 0 });
  assert.equal(result.failed, 2);
  assert.match(result.failures[1], /TAP totals/);
});

// `tsc -p jsconfig.json --pretty false` with two type errors, and a project tsc could not read.
const TSC_ERRORS = `www/js/format.js(12,3): error TS2322: Type 'number' is not assignable to type 'string'.
www/js/main.js(40,7): error TS18047: 'notice' is possibly 'null'.
`;

test('each type-checked project is one test; a failed one is named with its errors', () => {
  const result = typecheckResult([
    { name: 'page (jsconfig.json)', status: 2, output: TSC_ERRORS },
    { name: 'workers (jsconfig.worker.json)', status: 0, output: '' },
    { name: 'other (missing.json)', status: 1, output: "error TS5058: The specified path does not exist: 'missing.json'.\n" },
    { name: 'none (jsconfig.json)', status: 127, output: 'tsc: spawn tsc ENOENT\n' },
  ]);
  assert.equal(result.passed, 1);
  assert.equal(result.failed, 3);
  assert.deepEqual(result.failures, [
    "page (jsconfig.json): 2 type errors, the first: www/js/format.js(12,3): error TS2322: Type 'number' is not assignable to type 'string'.",
    "other (missing.json): 1 type error, the first: error TS5058: The specified path does not exist: 'missing.json'.",
    'none (jsconfig.json): tsc exited with status 127 without a type error (see the log)',
  ]);
  const { lines, failed } = summarize({ suites: [result] });
  assert.equal(failed, 3);
  assert.match(lines[0], /^typecheck {2}1 passed, 3 failed, 0 skipped, 0 not run$/);
  assert.equal(lines.at(-1), '1 passed, 3 failed');
});
