// Reads what the test suites print — cargo's test output (native and WASM), node:test's TAP,
// Playwright's JSON report and its `--list` output, the TypeScript compiler's type check —
// into counts and names, and writes the test command's summary. Everything here is a pure function of text or parsed JSON, so
// tests/node/runner.test.mjs can prove with small fixtures that no test is lost between a
// suite's output and the final line.
//
// A suite's result counts tests in four groups: passed, failed, skipped (cargo's `ignored`,
// node's `# SKIP`/`# TODO`, Playwright's `skipped`) and not run (listed or announced, but
// without a result: the suite could not start, a test binary crashed, the run was cut off).
// The final line counts not-run tests as failed, so nothing that did not pass can vanish.

/** The most failed or not-run tests the summary names per suite (the logs have them all). */
export const LIST_LIMIT = 30;

/** The note on a suite whose tests could not be counted; it then counts as one not run. */
export const UNKNOWN = 'count unknown, counted as 1';

/** The engines the browser tests run in (Playwright project names); each gets a summary line. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

// Colour codes, which some tools print even into a pipe.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const stripAnsi = (text) => String(text).replace(ANSI, '');

/**
 * An empty result for a suite. `failures`, `skips`, `flaky` and `notRunNames` name tests (or
 * whole groups, e.g. a test binary that did not compile); `notRunReason` says why a suite
 * could not run at all; `notes` qualify the counts on the suite's line.
 */
export function emptyResult(name) {
  return { name, passed: 0, failed: 0, skipped: 0, notRun: 0, failures: [], skips: [], flaky: [], notRunNames: [], notRunReason: null, notes: [] };
}

/**
 * A suite that could not run: `count` tests not run (null when the count cannot be known
 * without the step that failed; it then counts as one), with the reason and any tests that
 * are marked skipped in the source and so would not have run anyway.
 */
export function notRunResult(name, reason, count, skips = []) {
  const result = emptyResult(name);
  result.notRunReason = reason;
  if (count === null) {
    result.notRun = 1;
    result.notes.push(UNKNOWN);
  } else {
    result.notRun = count;
  }
  result.skipped = skips.length;
  result.skips = skips;
  return result;
}

/**
 * A suite that exited with a failure status must not pass: when its output showed no failed
 * or not-run test (a crash before any result, a report that was never written), one failure
 * is added with `what` as its name.
 */
export function failOnBadExit(result, status, what) {
  if (status !== 0 && result.failed + result.notRun === 0) {
    result.failed += 1;
    result.failures.push(what);
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// cargo test (native, and WASM through wasm-bindgen-test-runner)

/**
 * Parses the output of `cargo test --no-fail-fast` into one entry per test binary.
 * Each binary has its heading (`Running tests/a.rs (…)`, `Doc-tests crate`), the count it
 * announced (`running N tests`), the per-test lines (`test x ... ok|FAILED|ignored[, why]`),
 * its `test result:` totals (missing when the binary crashed), and whether cargo reported it
 * as failed. `compileErrors` holds cargo's `could not compile` lines: when one appears no
 * test binary runs.
 */
export function parseCargoTest(text) {
  const binaries = [];
  const compileErrors = [];
  let current = null;
  for (const raw of String(text).split(/\r?\n/)) {
    const line = stripAnsi(raw);
    let m;
    const heading = /^\s+Running (?:unittests )?(.+?) \(.*\)\s*$/.exec(line) ?? /^\s+(Doc-tests) (\S+)\s*$/.exec(line);
    if (heading) {
      const name = heading[1] === 'Doc-tests' ? `doc-tests ${heading[2]}` : heading[1];
      current = { name, announced: null, tests: [], result: null, errored: false, error: null };
      binaries.push(current);
    } else if ((m = /^error: could not compile `([^`]+)`(?: \((.+?)\))?/.exec(line))) {
      compileErrors.push(m[2] ? `${m[1]} (${m[2]})` : m[1]);
    } else if (!current) {
      continue;
    } else if ((m = /^running (\d+) tests?\s*$/.exec(line))) {
      current.announced = Number(m[1]);
    } else if ((m = /^test (.+) \.\.\. (ok|FAILED|ignored)(?:, (.*))?\s*$/.exec(line))) {
      current.tests.push({ name: m[1], status: { ok: 'passed', FAILED: 'failed', ignored: 'ignored' }[m[2]], reason: m[3] ?? null });
    } else if ((m = /^test result: \w+\.(.*)$/.exec(line))) {
      const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(m[1])?.[1] ?? 0);
      current.result = { passed: count('passed'), failed: count('failed'), ignored: count('ignored') };
    } else if (/^error: test failed, to rerun pass/.test(line)) {
      current.errored = true;
    } else if (current.errored && !current.error && /process didn't exit successfully/.test(line)) {
      current.error = line.trim();
    }
  }
  return { binaries, compileErrors };
}

/** The result of one cargo test suite from its output and exit status. */
export function cargoResult(name, text, status) {
  const { binaries, compileErrors } = parseCargoTest(text);
  const result = emptyResult(name);
  for (const binary of binaries) {
    const lines = { passed: 0, failed: 0, ignored: 0 };
    for (const test of binary.tests) {
      lines[test.status] += 1;
      if (test.status === 'failed') result.failures.push(`${binary.name}: ${test.name}`);
      if (test.status === 'ignored') result.skips.push(`${binary.name}: ${test.name}${test.reason ? ` (ignored: ${test.reason})` : ' (ignored)'}`);
    }
    if (binary.result) {
      // The binary finished: its own totals are the authority.
      result.passed += binary.result.passed;
      result.failed += binary.result.failed;
      result.skipped += binary.result.ignored;
      if (binary.errored && binary.result.failed === 0) {
        result.failed += 1;
        result.failures.push(`${binary.name}: exited with an error after reporting its results`);
      }
    } else if (binary.announced !== null || binary.errored) {
      // The binary ended before its totals (a crash, an abort, a runner that failed): the
      // tests it reported count as reported, the rest of the announced ones as not run.
      result.passed += lines.passed;
      result.failed += lines.failed;
      result.skipped += lines.ignored;
      const missing = Math.max(0, (binary.announced ?? 0) - binary.tests.length);
      const why = binary.error ? ` (${binary.error})` : '';
      if (missing > 0) {
        result.notRun += missing;
        result.notRunNames.push(`${binary.name}: ${missing} of ${binary.announced} tests without a result — the test binary ended early${why}`);
      } else if (lines.failed === 0) {
        result.failed += 1;
        result.failures.push(`${binary.name}: the test binary failed without a test result${why}`);
      }
    }
  }
  for (const unit of compileErrors) {
    // Nothing runs after a compile error, and how many tests the broken target holds cannot
    // be known: it counts as one failure.
    result.failed += 1;
    result.failures.push(`${unit}: did not compile — tests not run`);
  }
  if (compileErrors.length) result.notes.push('did not compile — tests not run');
  return failOnBadExit(result, status, `cargo exited with status ${status} without a failing test (see the log)`);
}

// ---------------------------------------------------------------------------------------
// node:test

const unescapeTap = (text) => text.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));

/**
 * Parses node:test's TAP (`--test-reporter=tap`) into its test points, at every depth, with
 * their path (enclosing suite and test names), status — passed, failed, skipped, todo or
 * cancelled — and the reason given for a skip or todo. Suites (`describe`) are not tests and
 * are left out, as node's own totals leave them out. `summary` holds node's closing totals
 * (`# tests`, `# pass`, …) when the run got that far.
 */
export function parseTap(text) {
  const tests = [];
  const open = [];
  let point = null;
  let inYaml = false;
  const summary = {};
  const finish = () => {
    if (point && point.type !== 'suite') tests.push({ path: point.path, status: point.status, reason: point.reason, timedOut: point.timedOut ?? false });
    point = null;
  };
  for (const raw of String(text).split(/\r?\n/)) {
    const line = stripAnsi(raw);
    const indent = /^ */.exec(line)[0].length;
    const body = line.slice(indent);
    if (inYaml) {
      // The point's diagnostics, two spaces in from it; deeper lines are multi-line values.
      if (indent !== point.indent + 2) continue;
      if (body === '...') inYaml = false;
      else if (/^type: '?suite'?$/.test(body)) point.type = 'suite';
      else if (/^failureType: '?cancelledByParent'?$/.test(body) && point.status === 'failed') point.status = 'cancelled';
      else if (/^failureType: '?testTimeoutFailure'?$/.test(body)) point.timedOut = true;
      continue;
    }
    if (point && body === '---' && indent === point.indent + 2) {
      inYaml = true;
      continue;
    }
    const level = Math.floor(indent / 4);
    let m;
    if ((m = /^# Subtest: (.*)$/.exec(body))) {
      finish();
      open.length = level;
      open[level] = unescapeTap(m[1]);
    } else if ((m = /^(not ok|ok) \d+(?: - (.*?))?(?: # (SKIP|TODO)\b\s*(.*))?$/i.exec(body))) {
      finish();
      const name = unescapeTap(m[2] ?? '');
      const directive = m[3]?.toUpperCase();
      let status = m[1] === 'ok' ? 'passed' : 'failed';
      if (directive === 'SKIP') status = 'skipped';
      if (directive === 'TODO') status = 'todo';
      point = { path: [...open.slice(0, level), name], status, reason: m[4] || null, type: 'test', indent };
      open.length = level;
    } else if (indent === 0 && (m = /^# (tests|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(body))) {
      finish();
      summary[m[1]] = Number(m[2]);
    }
  }
  finish();
  return { tests, summary: Object.keys(summary).length ? summary : null };
}

const pathKey = (path) => path.join(' › ');

/**
 * The node-tests result. `listing` is what .ci/list-node-tests.mjs found in the test files
 * without running them ({ tests: [{ file, path, skip, todo }], errors: [{ file, error }] }),
 * or null when listing failed; `tap` is the run's TAP, or null when the suite could not run,
 * in which case `blocked` says why. A listed test with no result in the TAP did not run
 * (its file crashed, or the run was cut off) unless its source marks it skip or todo.
 */
export function nodeTestResult({ listing, tap, status = 0, blocked = null }) {
  const result = emptyResult('node-tests');
  const listed = listing?.tests ?? [];
  const describe = (test) => `${test.file ? `${test.file}: ` : ''}${pathKey(test.path)}`;
  const staticSkip = (test) => (test.skip !== false && test.skip != null) || (test.todo !== false && test.todo != null);
  const skipText = (test) => {
    const kind = test.todo !== false && test.todo != null ? 'todo' : 'skip';
    const reason = typeof test.todo === 'string' ? test.todo : typeof test.skip === 'string' ? test.skip : null;
    return `${describe(test)} (${kind}${reason ? `: ${reason}` : ''})`;
  };
  if (tap === null) {
    const skips = listed.filter(staticSkip).map(skipText);
    const count = listing ? listed.length - skips.length + (listing.errors?.length ?? 0) : null;
    const out = notRunResult('node-tests', blocked ?? 'the suite did not run', count, skips);
    for (const error of listing?.errors ?? []) out.notRunNames.push(`${error.file}: could not be loaded to count its tests (${error.error}), counted as 1`);
    return out;
  }
  const parsed = parseTap(tap);
  const remaining = new Map();
  for (const test of listed) {
    const key = pathKey(test.path);
    remaining.set(key, [...(remaining.get(key) ?? []), test]);
  }
  const counts = { pass: 0, failing: 0, skipped: 0, todo: 0 };
  for (const test of parsed.tests) {
    remaining.get(pathKey(test.path))?.shift();
    counts[{ passed: 'pass', failed: 'failing', cancelled: 'failing' }[test.status] ?? test.status] += 1;
    const name = pathKey(test.path);
    if (test.status === 'passed') result.passed += 1;
    else if (test.status === 'failed') {
      result.failed += 1;
      result.failures.push(test.timedOut ? `${name} (timed out)` : name);
    } else if (test.status === 'cancelled') {
      result.notRun += 1;
      result.notRunNames.push(`${name} (cancelled)`);
    } else {
      result.skipped += 1;
      result.skips.push(`${name} (${test.status === 'todo' ? 'todo' : 'skip'}${test.reason ? `: ${test.reason}` : ''})`);
    }
  }
  for (const test of [...remaining.values()].flat()) {
    if (staticSkip(test)) {
      result.skipped += 1;
      result.skips.push(skipText(test));
    } else {
      result.notRun += 1;
      result.notRunNames.push(`${describe(test)} — listed, but no result in the run`);
    }
  }
  // node's own totals must agree with the test points read; if they do not, the TAP was
  // not read right, and the difference must not pass silently. node counts a timed-out
  // test as cancelled, so failed and cancelled are compared together.
  const totals = parsed.summary;
  if (totals) {
    const expected = { pass: totals.pass, failing: (totals.fail ?? 0) + (totals.cancelled ?? 0), skipped: totals.skipped, todo: totals.todo };
    const differs = Object.keys(counts).some((key) => expected[key] !== undefined && expected[key] !== counts[key]);
    if (differs) {
      result.failed += 1;
      result.failures.push(`the TAP totals (${JSON.stringify(totals)}) differ from the test lines read (${JSON.stringify(counts)})`);
    }
  } else if (parsed.tests.length > 0 || status !== 0) {
    result.notes.push('the run ended before its totals');
  }
  return failOnBadExit(result, status, `node --test exited with status ${status} without a failing test (see the log)`);
}

// ---------------------------------------------------------------------------------------
// Playwright

/** An unnamed project is the Chromium one (the configuration before projects were named). */
const projectName = (name) => name || 'chromium';

/**
 * Reads the tests out of a Playwright JSON report — from a run, or from
 * `playwright test --list --reporter=json` — one entry per test and project: its project,
 * file, title path, status (`expected`, `unexpected`, `flaky`, `skipped`), expected status,
 * the statuses of its attempts, and the reason of a skip annotation. `errors` are the
 * report's errors outside any test (a file that failed to load, a `.only` forbidden,
 * a server that did not start, a global timeout), ANSI colours removed, duplicates dropped.
 */
export function parsePlaywrightJson(report) {
  const tests = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const skip = (test.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme');
        tests.push({
          project: projectName(test.projectName),
          file: spec.file,
          title: [...titles, spec.title].join(' › '),
          status: test.status,
          expectedStatus: test.expectedStatus,
          results: (test.results ?? []).map((r) => r.status),
          skipReason: skip?.description ?? null,
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top-level suites are the files; their titles are the file names already given.
  for (const file of report?.suites ?? []) walk(file, []);
  const errors = [...new Set((report?.errors ?? []).map((e) => stripAnsi(e.message ?? String(e)).split('\n')[0].trim()))];
  return { tests, errors };
}

/**
 * The browser results: one per engine (project), and the errors outside any test.
 * `list` is the parsed `--list` output (null when listing failed), `report` the parsed report
 * of the run (null when the run could not start or wrote no report; `blocked` then says why).
 * A listed test with no result in the report did not run — interrupted, cut off by a
 * failure limit or a timeout, or the run never started — unless it is marked skip in the
 * source (its expected status is `skipped`). A flaky test (failed, then passed on retry)
 * counts as passed and is named.
 */
export function browserResults({ list, report, status = 0, blocked = null, engines = ENGINES }) {
  const results = new Map();
  const resultFor = (project) => {
    if (!results.has(project)) results.set(project, emptyResult(`browser ${project}`));
    return results.get(project);
  };
  for (const engine of engines) resultFor(engine);
  const key = (t) => `${t.project}\u0000${t.file}\u0000${t.title}`;
  const name = (t) => `${t.file} › ${t.title}`;
  const remaining = new Map();
  for (const test of list?.tests ?? []) remaining.set(key(test), [...(remaining.get(key(test)) ?? []), test]);

  for (const test of report?.tests ?? []) {
    const listed = remaining.get(key(test));
    if (listed?.length) listed.shift();
    const r = resultFor(test.project);
    const ranAndSkipped = test.status === 'skipped' && test.expectedStatus === 'skipped';
    if (test.results.length === 0 || (test.status === 'skipped' && !ranAndSkipped)) {
      // No attempt, or an attempt that was interrupted: the test did not run.
      if (test.expectedStatus === 'skipped') {
        r.skipped += 1;
        r.skips.push(`${name(test)} (skipped${test.skipReason ? `: ${test.skipReason}` : ''})`);
      } else {
        r.notRun += 1;
        r.notRunNames.push(`${name(test)} — interrupted or not reached`);
      }
    } else if (ranAndSkipped) {
      r.skipped += 1;
      r.skips.push(`${name(test)} (skipped${test.skipReason ? `: ${test.skipReason}` : ''})`);
    } else if (test.status === 'expected') {
      r.passed += 1;
    } else if (test.status === 'flaky') {
      r.passed += 1;
      r.flaky.push(`${name(test)} (attempts: ${test.results.join(', ')})`);
    } else {
      r.failed += 1;
      r.failures.push(name(test));
    }
  }
  for (const test of [...remaining.values()].flat()) {
    const r = resultFor(test.project);
    if (test.expectedStatus === 'skipped') {
      r.skipped += 1;
      r.skips.push(`${name(test)} (skipped${test.skipReason ? `: ${test.skipReason}` : ''})`);
    } else if (report) {
      r.notRun += 1;
      r.notRunNames.push(`${name(test)} — listed, but no result in the report`);
    } else {
      r.notRun += 1;
      r.notRunReason = blocked ?? 'the run wrote no report';
    }
  }
  for (const r of results.values()) {
    if (!list && !report) {
      // Neither a list nor a run: how many tests each engine has cannot be known.
      Object.assign(r, notRunResult(r.name, blocked ?? 'the tests could not be listed', null));
    } else if (r.passed + r.failed + r.skipped + r.notRun === 0) {
      r.notes.push(list ? 'no tests listed for this engine' : 'no tests in the report for this engine');
    }
  }
  const errors = [...new Set([...(list?.errors ?? []), ...(report?.errors ?? [])])];
  const engineResults = [...results.values()];
  const counted = errors.length + engineResults.reduce((n, r) => n + r.failed + r.notRun, 0);
  if (status !== 0 && counted === 0) errors.push(`playwright exited with status ${status} without a failing test (see the log)`);
  return { engines: engineResults, errors };
}

// ---------------------------------------------------------------------------------------
// The type check (tsc)

/**
 * The typecheck result: one test per TypeScript project, `projects` being
 * `{ name, status, output }` for each `tsc -p <config>` run (`--pretty false`, so one line
 * per error). A project passes when tsc exited 0; a failed one is named with how many
 * errors tsc reported and the first of them (all are in its log), or with tsc's exit status
 * when it reported none (a bad configuration, a compiler that did not start).
 */
export function typecheckResult(projects) {
  const result = emptyResult('typecheck');
  for (const { name, status, output } of projects) {
    if (status === 0) {
      result.passed += 1;
      continue;
    }
    const errors = stripAnsi(output).split(/\r?\n/).filter((line) => /\berror TS\d+:/.test(line)).map((line) => line.trim());
    result.failed += 1;
    result.failures.push(errors.length
      ? `${name}: ${errors.length} type error${errors.length === 1 ? '' : 's'}, the first: ${errors[0]}`
      : `${name}: tsc exited with status ${status} without a type error (see the log)`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// The summary

/**
 * The summary lines: a line for each failed step, one line per suite, the skipped, flaky,
 * failed and not-run tests by name (each group with its count), and last the total
 * `N passed, N failed`, where N failed counts failed tests, not-run tests and failed steps.
 * `steps` are { name, failed, detail }; `suites` are results as built above.
 */
export function summarize({ steps = [], suites }) {
  const lines = [];
  const width = Math.max(...suites.map((s) => s.name.length), ...steps.map((s) => s.name.length));
  const failedSteps = steps.filter((s) => s.failed);
  for (const step of failedSteps) lines.push(`${step.name.padEnd(width)}  FAILED — ${step.detail} (counted as 1 failure)`);
  for (const s of suites) {
    const notes = [...s.notes, ...(s.notRunReason ? [`not run: ${s.notRunReason}`] : [])];
    lines.push(`${s.name.padEnd(width)}  ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.notRun} not run${notes.length ? ` — ${notes.join('; ')}` : ''}`);
  }
  const sum = (field) => suites.reduce((n, s) => n + s[field], 0);
  /** A titled group; `entries` are [suite name, lines]; `limit` caps the lines per suite. */
  const section = (title, total, entries, limit = Infinity) => {
    if (total === 0) return;
    lines.push('', `${title}: ${total}`);
    for (const [suite, names] of entries) {
      for (const n of names.slice(0, limit)) lines.push(`  ${suite}: ${n}`);
      if (names.length > limit) lines.push(`  ${suite}: … and ${names.length - limit} more (see target/test-logs/)`);
    }
  };
  // Skips are always named in full: a skip nobody sees is a test that quietly stopped.
  section('skipped or ignored', sum('skipped'), suites.map((s) => [s.name, s.skips]));
  section('flaky, passed on retry (counted as passed)', suites.reduce((n, s) => n + s.flaky.length, 0), suites.map((s) => [s.name, s.flaky]));
  section('failed', sum('failed'), suites.map((s) => [s.name, s.failures]), LIST_LIMIT);
  section('not run (counted as failed)', sum('notRun'), suites.map((s) => [s.name, [
    ...(s.notRunReason ? [`${s.notes.includes(UNKNOWN) ? 'tests (count unknown)' : `${s.notRun - s.notRunNames.length} test(s)`} — ${s.notRunReason}`] : []),
    ...s.notRunNames,
  ]]), LIST_LIMIT);
  const passed = sum('passed');
  const failed = sum('failed') + sum('notRun') + failedSteps.length;
  lines.push('', `${passed} passed, ${failed} failed`);
  return { lines, passed, failed };
}
