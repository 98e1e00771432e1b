// The npm package as its users get it: packed by .ci/package.mjs from the built modules,
// installed from the tarball into a scratch folder outside the project, where it is the only
// package, and used from there: by a Node script, by a TypeScript consumer under
// `tsc --strict` (and a wrong one that must fail) and by the README's examples. The pages
// that use it in a browser, bundled and not, are tests/browser/package.spec.mjs's, in all
// three engines. Needs the build (.ci/build).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cargoVersion, errorCodes } from '../../.ci/package.mjs';
import { bin, prepareConsumer } from '../package/prepare.mjs';

const root = resolve(import.meta.dirname, '..', '..');

/** Packs and installs the tarball in a scratch folder outside the project; once. */
let prepared = null;
function prepare() {
  prepared ??= prepareConsumer(mkdtempSync(join(tmpdir(), 'longgang-sim-consumer-')));
  return prepared;
}

after(() => {
  prepared?.then(({ dir }) => rmSync(dir, { recursive: true, force: true }), () => {});
});

const tsc = (dir, file) => spawnSync(bin('tsc'), ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--pretty', 'false', file], { cwd: dir, encoding: 'utf8' });

test('the tarball is named for the version in Cargo.toml and holds both modules, both entry points, the types, README and CHANGELOG', async () => {
  const { path, dir } = await prepare();
  const version = cargoVersion();
  assert.equal(path, join(root, 'target', 'npm', `longgang-sim-${version}.tgz`));
  const files = execFileSync('tar', ['tzf', path], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md', 'README.md', 'files.js', 'full/longgang_sim.d.ts', 'full/longgang_sim.js', 'full/longgang_sim_bg.wasm',
    'index.d.ts', 'index.js', 'lib/api.js', 'lib/core.js', 'lib/messages.js', 'node.js', 'package.json',
    'projection/longgang_sim.d.ts', 'projection/longgang_sim.js', 'projection/longgang_sim_bg.wasm',
  ]);
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', 'longgang-sim', 'package.json'), 'utf8'));
  assert.equal(manifest.version, version);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(manifest.exports['.'], { types: './index.d.ts', node: './node.js', default: './index.js' });
  assert.match(readFileSync(join(dir, 'node_modules', 'longgang-sim', 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
});

test('a Node script, the tarball its only package: init, GDP at 7% gives 438.15, a v1 link decodes, a damaged one gets its code', async () => {
  const { dir } = await prepare();
  const run = spawnSync(process.execPath, ['check.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /GDP at 7% → 438\.15; v1 link decoded; damaged link → scenario_malformed; goal seek → 6\.50%/);
});

test('init({ full: true }) alone serves the projection functions too, and a later init() loads nothing more', async () => {
  const { dir } = await prepare();
  const run = spawnSync(process.execPath, ['full-first.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /projection functions served by it/);
});

test('init refuses bad options and a broken module with stable codes, and loads afterwards', async () => {
  const { dir } = await prepare();
  const sim = await import(pathToFileURL(join(dir, 'node_modules', 'longgang-sim', 'node.js')).href);
  const codeOf = async (promise) => promise.then(() => 'resolved', (error) => (sim.isSimError(error) ? error.code : String(error)));
  assert.equal(await codeOf(sim.init({ full: 'yes' })), 'init_options');
  assert.equal(await codeOf(sim.init([])), 'init_options');
  assert.equal(await codeOf(sim.init({ wasm: { other: new Uint8Array() } })), 'init_options');
  const broken = await sim.init({ wasm: { projection: new Uint8Array([0, 97, 115, 109]) } }).catch((error) => error);
  assert.equal(broken.code, 'wasm_load_failed');
  assert.ok(broken.cause instanceof Error, 'the cause is attached');
  assert.match(broken.messages.zh, /计算模块\(projection\)没有加载成功/);
  assert.throws(() => sim.project({ growth: {} }), { code: 'not_initialised' });
  // Nothing is kept from the failed load: a second call loads the module.
  await sim.init();
  assert.equal(sim.project(sim.presetScenario('official')).rows[0].projected, '436.11');
});

test('tsc --noEmit --strict compiles a TypeScript consumer against the package\'s declarations', async () => {
  const { dir } = await prepare();
  const run = tsc(dir, 'consumer.ts');
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('tsc --noEmit --strict refuses every wrong call of a second consumer, with the code marked on its line, and nothing else', async () => {
  const { dir } = await prepare();
  const marked = readFileSync(join(dir, 'wrong.ts'), 'utf8').split('\n')
    .flatMap((line, i) => [...line.matchAll(/\/\/ error (TS\d+)/g)].map((m) => `${i + 1} ${m[1]}`));
  assert.ok(marked.length >= 5, 'the wrong consumer marks its errors');
  const run = tsc(dir, 'wrong.ts');
  assert.notEqual(run.status, 0);
  const reported = [...run.stdout.matchAll(/^wrong\.ts\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(reported.sort(), marked.sort(), run.stdout);
});

test('the package\'s own JavaScript passes tsc --strict --checkJs, both entry points with everything they import', async () => {
  await prepare();
  const stage = join(root, 'target', 'npm', 'package');
  const run = spawnSync(bin('tsc'), ['--noEmit', '--strict', '--allowJs', '--checkJs', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--pretty', 'false',
    join(stage, 'index.js'), join(stage, 'node.js')], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('the package README\'s examples run as written in Node, and every value a comment shows is the value', async () => {
  const { dir } = await prepare();
  const readme = readFileSync(join(root, 'src', 'npm', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 4, 'the README has its examples');
  for (const [i, block] of blocks.entries()) {
    // `expression; // 'text'` states what the expression gives ('…' stands for any text).
    let stated = 0;
    const body = block.replace(/^(\s*)(.+?);\s*\/\/ '([^']*)'.*$/gm, (_, indent, expression, text) => {
      stated += 1;
      return `${indent}shown(${expression}, ${JSON.stringify(text)});`;
    });
    const file = join(dir, `readme-${i}.mjs`);
    writeFileSync(file, `import { checkedCount, shown } from './stated.mjs';\n${body}\nconsole.log(checkedCount());\n`);
    const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, `example ${i + 1}:\n${block}\n${run.stderr}`);
    // Every stated value was checked: none sat in a branch that did not run.
    assert.equal(run.stdout.trim(), String(stated), `example ${i + 1}`);
  }
});

test('the declarations\' ErrorCode and the package README name every error code the package can throw', async () => {
  const { dir } = await prepare();
  const installed = join(dir, 'node_modules', 'longgang-sim');
  const declared = readFileSync(join(installed, 'index.d.ts'), 'utf8').match(/^export type ErrorCode = (.*);$/m)[1];
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  const codes = errorCodes();
  assert.ok(codes.includes('not_initialised') && codes.includes('scenario_malformed'));
  for (const code of codes) {
    assert.ok(declared.includes(`'${code}'`), `ErrorCode lacks ${code}`);
    assert.ok(readme.includes(`\`${code}\``), `README.md lacks ${code}`);
  }
});
