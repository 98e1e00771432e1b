// The test command's runner (`bash .ci/test` calls it after the install steps): builds the
// site, runs every suite with its output streaming to the console and into
// target/test-logs/<suite>.log, reads each suite's results (.ci/test-report.mjs) and ends
// with a summary whose last line is `N passed, N failed`. Exits non-zero when anything
// failed or did not run.
//
// Suites, in order: native (`cargo test`), lint (rustfmt, Clippy and rustdoc), wasm-node, wasm-chrome and wasm-firefox (the WASM
// API through wasm-bindgen-test-runner), node-tests (`node --test tests/node/`), typecheck
// (`tsc` over the page's scripts, the workers' and the exports' results, one result each), budget
// (.ci/budget.mjs), lighthouse (.ci/lighthouse.mjs), browser (Playwright, one result per
// engine) and bench-smoke
// (.ci/bench.mjs --smoke). A suite that cannot run because an earlier step failed is not
// skipped in silence: its tests are counted as not run — listed without running where that
// is possible (node tests, browser tests) — and every not-run test counts as failed.
//
// Usage: node .ci/run-tests.mjs [--install-status N] [--install-test-status N]
// (the exit statuses of .ci/install and .ci/install-test; 0 when not given).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import {
  browserResults, cargoResult, emptyResult, failOnBadExit, nodeTestResult, notRunResult,
  parsePlaywrightJson, summarize, typecheckResult,
} from './test-report.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const LOGS = 'target/test-logs';
mkdirSync(LOGS, { recursive: true });

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : 0;
};
const installStatus = option('--install-status');
const installTestStatus = option('--install-test-status');

process.env.PATH = [join(root, 'node_modules', '.bin'), join(homedir(), '.cargo', 'bin'), process.env.PATH].join(delimiter);
// A port of its own, so a server left on the usual one cannot break the browser tests.
process.env.TEST_PORT ??= String(20000 + Math.floor(Math.random() * 20000));

/** The full path of a program on PATH, or null. */
function which(program) {
  for (const dir of process.env.PATH.split(delimiter)) {
    const path = join(dir, program);
    if (dir && existsSync(path)) return path;
  }
  return null;
}

/**
 * Runs a command with its output (stdout and stderr) streaming to the console and into
 * target/test-logs/<log>.log; resolves to its exit status (128 + the signal number when
 * a signal ended it) and its output. `quiet` keeps the output off the console (listings).
 */
function run(log, command, args, { env = {}, quiet = false } = {}) {
  // The header shows the variables set for this command, so it can be repeated by hand.
  const shown = Object.entries(env).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`);
  console.log(`=== ${log}: ${[...shown, command, ...args].join(' ')}`);
  const file = createWriteStream(join(LOGS, `${log}.log`));
  const chunks = [];
  const childEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  return new Promise((done) => {
    const child = spawn(command, args, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const take = (chunk) => {
      chunks.push(chunk);
      file.write(chunk);
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => take(Buffer.from(`${command}: ${error.message}\n`)));
    child.on('close', (code, signal) => {
      // A program that could not start reports a negative code: 127, as a shell would.
      const status = code === null ? 128 + ({ SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1) : code < 0 ? 127 : code;
      file.end(() => done({ status, output: Buffer.concat(chunks).toString('utf8') }));
    });
  });
}

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

const steps = [
  { name: 'install', failed: installStatus !== 0, detail: `.ci/install exited with status ${installStatus}, see ${LOGS}/install.log` },
  { name: 'install-test', failed: installTestStatus !== 0, detail: `.ci/install-test exited with status ${installTestStatus}, see ${LOGS}/install-test.log` },
];
const suites = [];

// What each later suite needs, and why it cannot run when something is missing.
const INSTALL_FAILED = 'the install step (.ci/install) failed';
const missing = (what) => `${what} not found (installed by .ci/install-test)`;
const chromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const chromedriver = which('chromedriver');
const geckodriver = which('geckodriver');
const firefox = existsSync('/usr/bin/firefox-esr');
const xvfb = which('xvfb-run');

// ----- build: the two WASM packages and the minified site (needed by every JS suite)
let buildBlocked = null;
if (installStatus !== 0) {
  buildBlocked = `${INSTALL_FAILED}, so the site was not built`;
  steps.push({ name: 'build', failed: true, detail: `not attempted: ${INSTALL_FAILED}` });
} else {
  const build = await run('build', 'bash', ['.ci/build']);
  if (build.status !== 0) {
    buildBlocked = 'the WASM and site build (.ci/build) failed';
    steps.push({ name: 'build', failed: true, detail: `.ci/build exited with status ${build.status}, see ${LOGS}/build.log` });
  }
}

// ----- native: unit, integration, CLI and property tests. --no-fail-fast: a failing test
// binary must not keep the binaries after it from running (and from the count).
{
  const { status, output } = await run('native', 'cargo', ['test', '--workspace', '--no-fail-fast']);
  suites.push(cargoResult('native', output, status));
}

// ----- lint: formatting, Clippy (warnings denied) over every target, natively and for
// the WebAssembly build, whose bindings compile only there, and the API documentation
// (rustdoc, warnings denied: no broken or ambiguous links). One test per check.
{
  const result = emptyResult('lint');
  const checks = [
    ['lint-fmt', ['fmt', '--all', '--check']],
    ['lint-clippy', ['clippy', '--workspace', '--all-targets', '--', '-D', 'warnings']],
    ['lint-clippy-wasm', ['clippy', '--target', 'wasm32-unknown-unknown', '--all-targets', '--', '-D', 'warnings']],
    ['lint-rustdoc', ['doc', '--no-deps', '--workspace'], { RUSTDOCFLAGS: '-D warnings' }],
  ];
  for (const [log, args, env = {}] of checks) {
    if (log === 'lint-clippy-wasm' && installStatus !== 0) {
      result.notRun += 1;
      result.notRunNames.push(`${log} (${INSTALL_FAILED})`);
      continue;
    }
    const { status } = await run(log, 'cargo', args, { env });
    if (status === 0) {
      result.passed += 1;
    } else {
      result.failed += 1;
      result.failures.push(`${log}: cargo ${args.join(' ')} exited with status ${status} (see ${LOGS}/${log}.log)`);
    }
  }
  suites.push(result);
}

// ----- the WASM API under Node and in headless Chrome and Firefox. This is what
// `wasm-pack test --node|--chrome|--firefox` runs, called through cargo directly because
// wasm-pack hands extra options to `cargo build --tests` as well, which refuses
// `--no-fail-fast`. The driver variables are cleared first: the runner takes the first
// one it finds, whatever the browser asked for.
const DRIVERS = Object.fromEntries(['GECKODRIVER', 'CHROMEDRIVER', 'SAFARIDRIVER', 'MSEDGEDRIVER']
  .flatMap((d) => [d, `${d}_REMOTE`, `${d}_ARGS`]).map((v) => [v, undefined]));
async function wasmSuite(name, env, blocked) {
  if (blocked) return notRunResult(name, blocked, null);
  const runner = which('wasm-bindgen-test-runner');
  const { status, output } = await run(name, 'cargo', ['test', '--target', 'wasm32-unknown-unknown', '--no-fail-fast'], {
    env: { ...DRIVERS, NO_HEADLESS: undefined, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: runner ?? 'wasm-bindgen-test-runner', ...env },
  });
  return cargoResult(name, output, status);
}
suites.push(await wasmSuite('wasm-node', { WASM_BINDGEN_TEST_ONLY_NODE: '1' }, installStatus !== 0 && INSTALL_FAILED));
suites.push(await wasmSuite('wasm-chrome', { WASM_BINDGEN_TEST_ONLY_WEB: '1', CHROMEDRIVER: chromedriver ?? undefined },
  (installStatus !== 0 && INSTALL_FAILED) || (!chromedriver && missing('chromedriver')) || (!chromium && missing('chromium'))));
{
  // geckodriver looks for a program called `firefox`; Debian's is firefox-esr, named in the
  // capabilities the runner reads from this file. The runner adds -headless itself too.
  const capabilities = resolve('target/wasm-firefox-webdriver.json');
  writeFileSync(capabilities, `${JSON.stringify({ 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] } })}\n`);
  suites.push(await wasmSuite('wasm-firefox', { WASM_BINDGEN_TEST_ONLY_WEB: '1', GECKODRIVER: geckodriver ?? undefined, WASM_BINDGEN_TEST_WEBDRIVER_JSON: capabilities },
    (installStatus !== 0 && INSTALL_FAILED) || (!geckodriver && missing('geckodriver')) || (!firefox && missing('firefox-esr'))));
}

// ----- node-tests: the tooling's own tests. Listed first without running (so their number
// is known when they cannot run, and a file that crashes cannot lose its tests), then run
// with TAP into a file for counting and node's readable reporter on the console.
{
  const files = readdirSync('tests/node').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join('tests/node', f));
  const listFile = join(LOGS, 'node-tests-list.json');
  rmSync(listFile, { force: true });
  await run('node-tests-list', process.execPath, ['.ci/list-node-tests.mjs', '--out', listFile, ...files], { quiet: true });
  const listing = readJson(listFile);
  if (buildBlocked) {
    suites.push(nodeTestResult({ listing, tap: null, blocked: buildBlocked }));
  } else {
    const tapFile = join(LOGS, 'node-tests.tap');
    rmSync(tapFile, { force: true });
    const { status } = await run('node-tests', process.execPath, [
      '--test', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
      '--test-reporter=spec', '--test-reporter-destination=stdout', ...files,
    ]);
    const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
    suites.push(nodeTestResult({ listing, tap, status }));
  }
}

// ----- typecheck: the TypeScript compiler checks every script under www/ against the
// declarations the build wrote for the WASM packages (so it runs after the build): the
// page's with the DOM (jsconfig.json), the workers' with the worker globals
// (jsconfig.worker.json). One test per project, each with its own log.
{
  const projects = [['page', 'jsconfig.json'], ['workers', 'jsconfig.worker.json'], ['boundary', 'tests/typecheck/boundary.json']];
  if (buildBlocked) {
    suites.push(notRunResult('typecheck', buildBlocked, projects.length));
  } else {
    const ran = [];
    // The boundary project checks what the Rust exports really return against their
    // TypeScript types: tests/boundary/samples.rs writes those results, typed, first.
    mkdirSync('target/boundary', { recursive: true });
    const samples = await run('typecheck-samples', 'cargo', ['run', '--quiet', '--example', 'boundary-samples', '--', 'target/boundary/samples.ts']);
    for (const [name, config] of projects) {
      const { status, output } = name === 'boundary' && samples.status !== 0
        ? samples
        : await run(`typecheck-${name}`, 'tsc', ['-p', config, '--pretty', 'false']);
      ran.push({ name: `${name} (${config})`, status, output });
    }
    suites.push(typecheckResult(ran));
  }
}

// ----- budget: the sizes every reader downloads (one check).
async function singleCheck(name, blocked, command, args) {
  if (blocked) return notRunResult(name, blocked, 1);
  const { status } = await run(name, command, args);
  const result = emptyResult(name);
  if (status === 0) result.passed = 1;
  else failOnBadExit(result, status, `exited with status ${status} (see ${LOGS}/${name}.log)`);
  return result;
}
suites.push(await singleCheck('budget', buildBlocked, process.execPath, ['.ci/budget.mjs']));

// ----- lighthouse: accessibility, best practices and SEO at 100 on a simulated phone.
suites.push(await singleCheck('lighthouse', buildBlocked ?? (!chromium ? missing('chromium') : null), process.execPath, ['.ci/lighthouse.mjs']));

// ----- browser: the page in every engine. Listed first (the list needs no build); run with
// --forbid-only, so a stray test.only fails the run instead of quietly running one test,
// under xvfb-run, because WebKit needs an X display.
{
  const listFile = resolve('target/browser-list.json');
  const reportFile = resolve('target/browser-report.json');
  rmSync(listFile, { force: true });
  rmSync(reportFile, { force: true });
  await run('browser-list', 'npx', ['playwright', 'test', '--list', '--reporter=json'], { quiet: true, env: { PLAYWRIGHT_JSON_OUTPUT_FILE: listFile } });
  const listJson = readJson(listFile);
  const list = listJson && parsePlaywrightJson(listJson);
  const blocked = buildBlocked
    ?? (!xvfb ? missing('xvfb-run') : null)
    ?? (!chromium ? missing('chromium') : null);
  let outcome;
  if (blocked) {
    outcome = browserResults({ list, report: null, blocked });
  } else {
    const { status } = await run('browser', 'xvfb-run', ['-a', 'npx', 'playwright', 'test', '--forbid-only', '--reporter=list,json'], {
      env: { PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile },
    });
    const reportJson = readJson(reportFile);
    outcome = browserResults({ list, report: reportJson && parsePlaywrightJson(reportJson), status, blocked: reportJson ? null : `playwright exited with status ${status} and wrote no report` });
  }
  suites.push(...outcome.engines);
  if (outcome.errors.length) {
    // Errors outside any test (a spec that failed to load, a forbidden .only, a server that
    // did not start, a timeout) each count as one failure, on a line of their own.
    const errors = emptyResult('browser errors');
    errors.failed = outcome.errors.length;
    errors.failures = outcome.errors;
    suites.push(errors);
  }
}

// ----- bench-smoke: the benchmark script still runs (its times are not judged).
suites.push(await singleCheck('bench-smoke', buildBlocked ?? (!chromium ? missing('chromium') : null), process.execPath, ['.ci/bench.mjs', '--smoke']));

const { lines, failed } = summarize({ steps, suites });
const text = ['', '=== summary', ...lines].join('\n');
console.log(text);
writeFileSync(join(LOGS, 'summary.txt'), `${lines.join('\n')}\n`);
process.exit(failed === 0 ? 0 : 1);
