// @ts-check
// The package's one place that holds the two WebAssembly modules: loads each once, on
// `init`, and lets every exported function (lib/api.js, generated) call into the right one.
// The projection module (`projection/`) has the six projection functions; the full module
// (`full/`) has them and every analysis. Projection functions use the full module when it is
// loaded (the same results; its errors carry every catalogue language), else the projection
// module. Errors the package raises itself have the core's shape: a stable `code`,
// `messages` by language tag, `messageZh`, `messageEn` and an English `message`.
import { MESSAGES } from './messages.js';

/** @typedef {'projection' | 'full'} Tier */
/** What the wasm-bindgen glue's init takes as `module_or_path`. @typedef {any} Source */
/**
 * Where the entry point finds a module's WebAssembly: a URL beside the package in a
 * browser, the file's bytes in Node.
 * @typedef {(tier: Tier) => Source | Promise<Source>} Locate
 */
/** One module's wasm-bindgen glue once instantiated. @typedef {Record<string, any>} Glue */

/** @type {Record<Tier, () => Promise<Glue>>} */
const GLUE = {
  projection: () => import('../projection/longgang_sim.js'),
  full: () => import('../full/longgang_sim.js'),
};

/** @type {Record<Tier, Glue | null>} */
const loaded = { projection: null, full: null };
/** @type {Record<Tier, Promise<void> | null>} */
const loading = { projection: null, full: null };

/**
 * An error of the package's own, worded from the catalogues (lib/messages.js).
 * @param {string} code
 * @param {Record<string, string>} values the placeholders' values
 * @param {unknown} [cause]
 */
function packageError(code, values, cause) {
  /** @type {Record<string, string>} */
  const messages = {};
  for (const [tag, texts] of Object.entries(MESSAGES)) {
    messages[tag] = texts[code].replace(/\{(\w+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) => values[name] ?? '');
  }
  const error = new Error(messages.en, cause === undefined ? undefined : { cause });
  return Object.assign(error, { code, messages, messageZh: messages.zh, messageEn: messages.en });
}

/**
 * Whether `value` is an error with the package's shape (a stable `code` and `messages`).
 * @param {unknown} value
 * @returns {boolean}
 */
export function isSimError(value) {
  const error = /** @type {any} */ (value);
  return value instanceof Error && typeof error.code === 'string' && typeof error.messages === 'object' && error.messages !== null;
}

/**
 * Reads `init`'s options; anything else is an `init_options` error naming the option.
 * @param {unknown} options
 * @returns {{ full: boolean, wasm: Partial<Record<Tier, Source>> }}
 */
function readOptions(options) {
  if (options === undefined || options === null) return { full: false, wasm: {} };
  const bad = (/** @type {string} */ option) => packageError('init_options', { option });
  if (typeof options !== 'object' || Array.isArray(options)) throw bad(String(options));
  const given = /** @type {Record<string, unknown>} */ (options);
  for (const key of Object.keys(given)) {
    if (key !== 'full' && key !== 'wasm') throw bad(key);
  }
  if (given.full !== undefined && typeof given.full !== 'boolean') throw bad('full');
  const wasm = given.wasm ?? {};
  if (typeof wasm !== 'object' || wasm === null || Array.isArray(wasm)) throw bad('wasm');
  for (const key of Object.keys(wasm)) {
    if (key !== 'projection' && key !== 'full') throw bad(`wasm.${key}`);
  }
  return { full: given.full === true, wasm: /** @type {Partial<Record<Tier, Source>>} */ (wasm) };
}

/**
 * Loads one module, once; a failed load may be tried again.
 * @param {Tier} tier
 * @param {Source | undefined} given the caller's own source for it, if any
 * @param {Locate} locate
 */
function load(tier, given, locate) {
  loading[tier] ??= (async () => {
    const [glue, source] = await Promise.all([GLUE[tier](), given ?? locate(tier)]);
    await glue.default({ module_or_path: await source });
    loaded[tier] = glue;
  })().catch((cause) => {
    loading[tier] = null;
    throw packageError('wasm_load_failed', { module: tier }, cause);
  });
  return loading[tier];
}

/**
 * `init` as both entry points export it, with their way of finding the files: loads the
 * projection module, or with `{ full: true }` the full module (which has every function).
 * Idempotent: a second call waits for the same load, and a module once loaded stays.
 * @param {unknown} options
 * @param {Locate} locate
 * @returns {Promise<void>}
 */
export async function start(options, locate) {
  const { full, wasm } = readOptions(options);
  if (typeof WebAssembly !== 'object') throw packageError('wasm_unavailable', {});
  if (full) return load('full', wasm.full, locate);
  // The full module serves the projection functions too: no second module for them.
  if (loading.full && !loading.projection) {
    try {
      return await loading.full;
    } catch {
      // That load failed; the projection module may still load.
    }
  }
  return load('projection', wasm.projection, locate);
}

/**
 * One exported function: calls `name` in the module that has it, or throws
 * `not_initialised` (before `init`) or `full_not_loaded` (an analysis without
 * `init({ full: true })`). Anything else thrown without a code (a trap) becomes `internal`.
 * @param {string} name
 * @param {Tier} tier the smallest module that has it
 * @returns {(...args: any[]) => any}
 */
export function bind(name, tier) {
  return (...args) => {
    const glue = tier === 'full' ? loaded.full : (loaded.full ?? loaded.projection);
    if (!glue) {
      throw tier === 'full'
        ? packageError('full_not_loaded', { name, call: 'init({ full: true })' })
        : packageError('not_initialised', { name });
    }
    try {
      return glue[name](...args);
    } catch (thrown) {
      if (isSimError(thrown)) throw thrown;
      throw packageError('internal', {}, thrown);
    }
  };
}
