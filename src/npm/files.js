// @ts-check
// Where each module's WebAssembly is: beside the package's entry points (this file stays
// next to them, so that in a bundle the paths are relative to the bundle), found with
// `new URL(…, import.meta.url)`, written out literally so that bundlers which follow the
// pattern copy the files. Both entry points (index.js, node.js) read it.

/** @type {Record<import('./lib/core.js').Tier, () => URL>} */
export const FILES = {
  projection: () => new URL('./projection/longgang_sim_bg.wasm', import.meta.url),
  full: () => new URL('./full/longgang_sim_bg.wasm', import.meta.url),
};
