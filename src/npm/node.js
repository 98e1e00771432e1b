// @ts-check
// The package in Node (20 and later, no flags): each module's WebAssembly is read from the
// package's own folder (files.js), since Node's fetch does not read files.
import { readFile } from 'node:fs/promises';
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
  return start(options, (tier) => readFile(FILES[tier]()));
}
