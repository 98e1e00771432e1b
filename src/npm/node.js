// @ts-check
// The package in Node (20 and later, no flags): each module's WebAssembly is read from the
// package's own folder, since Node's fetch does not read files.
import { readFile } from 'node:fs/promises';
import { start } from './lib/core.js';

export * from './lib/api.js';
export { isSimError } from './lib/core.js';

/** @type {Record<import('./lib/core.js').Tier, () => Promise<Buffer>>} */
const FILES = {
  projection: () => readFile(new URL('./projection/longgang_sim_bg.wasm', import.meta.url)),
  full: () => readFile(new URL('./full/longgang_sim_bg.wasm', import.meta.url)),
};

/**
 * Loads the calculation module (once): the projection module, or with `{ full: true }`
 * the full module, which the analyses need. See index.d.ts.
 * @param {unknown} [options]
 */
export function init(options) {
  return start(options, (tier) => FILES[tier]());
}
