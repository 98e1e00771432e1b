// Lists the node:test tests in the given files without running them, so the test command
// can count the Node tests it could not run (after a failed build) and notice tests that
// a run lost (a file that crashed half-way). Each file is imported with `node:test`
// replaced by a recorder: `test`, `it`, `describe` and `suite` note the test's path
// (enclosing suites, then its name) and whether the source marks it skip or todo; suite
// bodies run so the tests inside them are found; test bodies and hooks never run. Subtests
// created inside a test's body (`t.test`) are therefore not listed.
// Usage: node .ci/list-node-tests.mjs --out list.json file.test.mjs…
// Writes { tests: [{ file, path, skip, todo }], errors: [{ file, error }] } to --out; a
// file that cannot be imported is named in `errors` (its tests cannot be counted).
import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const STATE = Symbol.for('longgang.list-node-tests');
const state = { file: null, suites: [], skipped: [], tests: [] };
globalThis[STATE] = state;

// The stand-in for `node:test`. It is a data: module so that this one file holds the whole
// lister; it finds the shared state through a global symbol.
const recorder = `
const state = globalThis[Symbol.for('longgang.list-node-tests')];
const noop = () => {};
function args(name, options, fn) {
  if (typeof name === 'function') return { name: name.name || '<anonymous>', options: {}, fn: name };
  if (typeof name === 'object' && name !== null) return { name: (typeof options === 'function' && options.name) || '<anonymous>', options: name, fn: options };
  if (typeof options === 'function') return { name: String(name ?? '<anonymous>'), options: {}, fn: options };
  return { name: String(name ?? '<anonymous>'), options: options ?? {}, fn };
}
function marks(options, extra) {
  const skip = extra.skip ?? options.skip ?? false;
  const todo = extra.todo ?? options.todo ?? false;
  return { skip: skip === '' ? true : skip, todo: todo === '' ? true : todo };
}
function makeTest(extra) {
  return (...a) => {
    const { name, options } = args(...a);
    let { skip, todo } = marks(options, extra);
    if (!skip && state.skipped.length) skip = true;
    state.tests.push({ file: state.file, path: [...state.suites, name], skip, todo });
  };
}
function makeSuite(extra) {
  return (...a) => {
    const { name, options, fn } = args(...a);
    const { skip, todo } = marks(options, extra);
    state.suites.push(name);
    if (skip || todo) state.skipped.push(name);
    try { if (typeof fn === 'function') fn({ name }); } finally {
      state.suites.pop();
      if (skip || todo) state.skipped.pop();
    }
  };
}
function withModes(make) {
  const f = make({});
  f.skip = make({ skip: true });
  f.todo = make({ todo: true });
  f.only = make({});
  return f;
}
export const test = withModes(makeTest);
export const it = withModes(makeTest);
export const describe = withModes(makeSuite);
export const suite = withModes(makeSuite);
export const before = noop, after = noop, beforeEach = noop, afterEach = noop;
export const mock = new Proxy({}, { get: () => noop });
export const snapshot = new Proxy({}, { get: () => noop });
export const run = () => ({ on: noop, pipe: (x) => x, [Symbol.asyncIterator]: async function* () {} });
test.describe = describe; test.it = it; test.test = test; test.suite = suite;
test.before = before; test.after = after; test.beforeEach = beforeEach; test.afterEach = afterEach;
test.mock = mock; test.run = run;
export default test;
`;
const recorderUrl = `data:text/javascript,${encodeURIComponent(recorder)}`;
const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === 'node:test') return { url: ${JSON.stringify(recorderUrl)}, shortCircuit: true };
  return next(specifier, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex < 0 || !args[outIndex + 1]) {
  console.error('usage: node .ci/list-node-tests.mjs --out list.json file.test.mjs…');
  process.exit(2);
}
const out = args[outIndex + 1];
const files = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);

const errors = [];
for (const file of files) {
  state.file = relative(process.cwd(), resolve(file));
  state.suites = [];
  state.skipped = [];
  const before = state.tests.length;
  try {
    await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    // Whatever the file recorded before it failed is not the whole file: it is counted as
    // one unknown instead.
    state.tests.length = before;
    errors.push({ file: state.file, error: String(error?.message ?? error).split('\n')[0] });
  }
}
writeFileSync(out, JSON.stringify({ tests: state.tests, errors }, null, 1));
// A test file may leave timers or handles open at import; the listing is done.
process.exit(0);
