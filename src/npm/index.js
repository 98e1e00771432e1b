// @ts-check
// The package in a browser, as a plain ES module or through a bundler: each module's
// WebAssembly is fetched from beside the package (files.js; with esbuild, copy the
// package's `projection/` and `full/` folders next to the bundle, or pass `init({ wasm })`).
import { start } from './lib/core.js';
import { FILES } from './files.js';

export * from './lib/api.js';
export { isSimError } from './lib/core.js';

/**
 * Loads the calculation module (once): the projection module, or with `{ full: true }`
 * the full module, which the analyses need. See index.d.ts.
 * @param {unknown} [options]
 */
export function init(options) {
  return start(options, (tier) => FILES[tier]());
}
