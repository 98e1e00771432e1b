// The size-budget checker fails a deliberately bloated build with the figure and the budget,
// and passes a small one; the sites are fingerprinted as the build does, so the checker
// must find the files by their hashed names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fingerprint } from '../../.ci/fingerprint.mjs';

function site({ wasmBytes, loaderBytes = 500, scriptBytes = 1000 }) {
  const root = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(root, 'pkg'));
  mkdirSync(join(root, 'js'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><link rel="stylesheet" href="app.css"><script type="module" src="js/main.js"></script>');
  writeFileSync(join(root, 'app.css'), 'body{margin:0}');
  writeFileSync(join(root, 'js', 'main.js'), `import './more.js';\n// ${randomBytes(scriptBytes).toString('base64')}`);
  writeFileSync(join(root, 'js', 'more.js'), `// ${randomBytes(scriptBytes).toString('base64')}`);
  // Random bytes do not compress, so their size is their gzip size.
  writeFileSync(join(root, 'pkg', 'longgang_sim_bg.wasm'), randomBytes(wasmBytes));
  writeFileSync(join(root, 'embed.js'), `// ${randomBytes(loaderBytes).toString('base64')}`);
  fingerprint(root);
  return root;
}

const check = (root) => spawnSync('node', ['.ci/budget.mjs', '--root', root], { encoding: 'utf8' });

test('a bloated WASM module fails with its figure and the budget', () => {
  const result = check(site({ wasmBytes: 120_000 }));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /WASM module the page and the embeds load \(after wasm-opt\): 120\.\d KB gzip, 120\.\d KB brotli; budget 45 KB gzip — OVER BUDGET/);
  assert.match(result.stdout, /main page, interactive, 5 files .* budget 70 KB brotli — OVER BUDGET/);
  assert.match(result.stdout, /main page, official table painted, 2 files .* budget 30 KB gzip — ok/);
  assert.match(result.stderr, /2 figure\(s\) over budget/);
});

test('a heavy loader fails on its own budget', () => {
  const result = check(site({ wasmBytes: 10_000, loaderBytes: 5_000 }));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /embed loader \(embed\.js\): \d+\.\d KB gzip, \d+\.\d KB brotli; budget 3 KB gzip — OVER BUDGET/);
});

test('a build within budget passes and prints every figure', () => {
  const result = check(site({ wasmBytes: 20_000 }));
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(result.stdout.trim().split('\n').length, 4);
  assert.doesNotMatch(result.stdout, /OVER/);
});
