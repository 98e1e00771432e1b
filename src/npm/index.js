// @ts-check
// The package in a browser, as a plain ES module or through a bundler: each module's
// WebAssembly is fetched from beside this file, found with `new URL(…, import.meta.url)`
// (the pattern bundlers follow to copy assets; with esbuild, copy the package's
// `projection/` and `full/` folders next to the bundle, or pass `init({ wasm })`).
import { start } from './lib/core.js';

export * from './lib/api.js';
export { isSimError } from './lib/core.js';

/** @type {Record<import('./lib/core.js').Tier, () => URL>} */
const FILES = {
  projection: () => new URL('./projection/longgang_sim_bg.wasm', import.meta.url),
  full: () => new URL('./full/longgang_sim_bg.wasm', import.meta.url),
};

/**
 * Loads the calculation module (once): the projection module, or with `{ full: true }`
 * the full module, which the analyses need. See index.d.ts.
 * @param {unknown} [options]
 */
export function init(options) {
  return start(options, (tier) => FILES[tier]());
}
