// Makes a consumer's folder for the package tests: packs the package, installs the tarball
// into `dir` (an empty folder but for its package.json: the tarball is its only package),
// copies the consumers of tests/package/ beside it and bundles page/main.js with esbuild
// into `bundled/`, with the package's WebAssembly beside the bundle as its README says.
// Used by tests/node/package.test.mjs (a scratch folder) and tests/browser/package.spec.mjs
// (a folder the host server serves).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pack } from '../../.ci/package.mjs';

const root = resolve(import.meta.dirname, '..', '..');
/** A program of the project's npm tools. */
export const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * Prepares `dir`, packing into `out`; resolves to what `pack` says of the tarball, and `dir`.
 * @param {string} dir
 * @param {string} [out] where the tarball is written (.ci/package.mjs's default: target/npm)
 */
export async function prepareConsumer(dir, out) {
  rmSync(dir, { recursive: true, force: true });
  const packed = await pack(out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' })}\n`);
  // --offline: a tarball without dependencies needs nothing from a registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', packed.path], { cwd: dir, stdio: 'pipe' });
  cpSync(import.meta.dirname, dir, { recursive: true, filter: (from) => basename(from) !== 'prepare.mjs' });
  execFileSync(bin('esbuild'), ['page/main.js', '--bundle', '--format=esm', '--outdir=bundled', '--log-level=warning'], { cwd: dir, stdio: 'pipe' });
  // esbuild leaves `new URL(…, import.meta.url)` as it is: the modules go beside the bundle.
  for (const module of ['projection', 'full']) {
    cpSync(join(dir, 'node_modules', 'longgang-sim', module), join(dir, 'bundled', module), { recursive: true });
  }
  cpSync(join(dir, 'page', 'index.html'), join(dir, 'bundled', 'index.html'));
  return { ...packed, dir };
}
