// @ts-check
// The one module that talks to the WASM packages: loads each once and turns their thrown
// errors into plain { code, zh, en, field } records the UI can show in either language.
// `load` gives the projection API every page and widget needs for its table (and the
// dataset, from the JSON file the site serves); `loadFull` adds the analyses, the
// uncertainty run, CSV, the QR code, the static HTML and the other targets, from a second,
// larger module fetched only when a reader first needs one of them.
import init, * as sim from '../pkg/longgang_sim.js';

/**
 * The core's types are those wasm-bindgen declares beside each package it builds
 * (pkg/longgang_sim.d.ts, pkg-full/longgang_sim.d.ts); the page's own are below.
 * @import { Dataset } from '../pkg/longgang_sim.js'
 */
/**
 * The dataset the page fetches: the core's `Dataset` without the other targets (and without
 * the report's sentences, which are in sources.json; nothing reads them from here).
 * @typedef {Omit<Dataset, 'otherTargets'>} PageDataset
 */
/** One of the dataset's units. @typedef {Dataset['units'][number]} Unit */
/** The report's other 2024 targets (the full module's dataset has them). @typedef {Dataset['otherTargets']} OtherTargets */
/**
 * The report's sentences behind each indicator's numbers, by indicator id (pkg/sources.json).
 * @typedef {Record<string, { base?: string, baseGrowth?: string, target?: string, levelMissing?: string }>} Sources
 */
/** The projection API `load` resolves to. @typedef {typeof api} Api */
/**
 * What `loadFull` resolves to: the projection API, the full module's extra functions, the
 * other targets and the compiled module.
 * @typedef {typeof import('../pkg-full/longgang_sim.js')} FullModule
 * @typedef {Api & Pick<FullModule, (typeof FULL_EXPORTS)[number]> & { otherTargets: () => OtherTargets, module: WebAssembly.Module }} FullApi
 */

/** @type {Promise<Api> | null} */
let ready = null;
/** @type {Promise<FullApi> | null} */
let fullReady = null;

/**
 * @param {any} cause anything thrown or rejected while loading
 * @returns {never}
 */
function loadFailed(cause) {
  const detail = String(cause?.message ?? cause);
  throw new SimError('wasm_load_failed', `计算模块加载失败:${detail}`, `The calculation module failed to load: ${detail}`);
}

/**
 * The dataset as the page shows it: figures, names, units, quotes and presets, in the
 * shape of the core's `Dataset` without the other targets (`otherTargets` of the full
 * module has them). The projection module carries only the figures it computes with.
 * @type {PageDataset | null}
 */
let dataset = null;

/** @returns {Promise<PageDataset>} */
async function fetchDataset() {
  const response = await fetch(new URL('../pkg/dataset.json', import.meta.url));
  if (!response.ok) throw new Error(`dataset.json: ${response.status} ${response.statusText}`);
  return response.json();
}

/** @type {Promise<Sources> | null} */
let sources = null;
/**
 * The report's sentences behind each indicator's numbers ({ id: { base, baseGrowth,
 * target, levelMissing } }), fetched once, when a reader first opens a row's sources.
 * @returns {Promise<Sources>}
 */
export function loadSources() {
  sources ??= fetch(new URL('../pkg/sources.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`sources.json: ${response.status} ${response.statusText}`);
    return response.json();
  }).catch((cause) => {
    sources = null;
    throw cause;
  });
  return sources;
}

/** Loads the projection module and the dataset (once, in parallel); resolves to the API below. */
export function load() {
  if (typeof WebAssembly !== 'object') {
    // Turned off (iOS Lockdown Mode, some in-app browsers): reloading cannot help.
    return Promise.reject(new SimError('wasm_unavailable', '此浏览器关闭了 WebAssembly。', 'This browser has WebAssembly turned off.'));
  }
  ready ??= Promise.all([init(), fetchDataset()]).then(([, data]) => {
    dataset = data;
    return api;
  }, loadFailed);
  return ready;
}

/** The functions only the full module has. */
export const FULL_EXPORTS = /** @type {const} */ (['goalSeek', 'sensitivity', 'monteCarlo', 'defaultSpreads', 'difference', 'projectionCsv', 'qrPath', 'renderStatic', 'cardSvg']);

/**
 * Loads the full module (once); resolves to the API above plus its functions and the
 * compiled `module`. A failure may be retried.
 * @returns {Promise<FullApi>}
 */
export function loadFull() {
  // Compiled here, once, so the Monte Carlo worker can be handed the same module instead of
  // fetching and compiling it again.
  const url = new URL('../pkg-full/longgang_sim_bg.wasm', import.meta.url);
  fullReady ??= Promise.all([import('../pkg-full/longgang_sim.js'), WebAssembly.compileStreaming(fetch(url))])
    .then(async ([full, module]) => {
      await full.default({ module_or_path: module });
      const extras = Object.fromEntries(FULL_EXPORTS.map((name) => [name, guarded(full[name])]));
      const otherTargets = () => guarded(full.dataset)().otherTargets;
      return /** @type {FullApi} */ ({ ...api, ...extras, otherTargets, module });
    })
    .catch((cause) => {
      fullReady = null;
      loadFailed(cause);
    });
  return fullReady;
}

/** A failure from the core, or a load failure, in both languages. */
export class SimError extends Error {
  /**
   * @param {string} code the core's stable error code (or the page's own, e.g. wasm_load_failed)
   * @param {string} zh
   * @param {string} en
   * @param {string | null} [field]
   */
  constructor(code, zh, en, field) {
    super(en);
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.field = field ?? null;
  }
}

/**
 * Turns anything the module throws (its errors, a trap, a bug) into a SimError.
 * @param {any} thrown
 * @returns {SimError}
 */
export function convert(thrown) {
  if (thrown instanceof SimError) return thrown;
  if (thrown && typeof thrown.code === 'string' && thrown.messageZh) {
    return new SimError(thrown.code, thrown.messageZh, thrown.messageEn, thrown.field);
  }
  const detail = String(thrown?.message ?? thrown);
  return new SimError('internal', `内部错误:${detail}`, `Internal error: ${detail}`);
}

/**
 * Calls into the core; every failure comes out as a SimError.
 * @template {(...args: any[]) => any} F
 * @param {F} fn
 * @returns {F}
 */
function guarded(fn) {
  return /** @type {F} */ ((...args) => {
    try {
      return fn(...args);
    } catch (thrown) {
      throw convert(thrown);
    }
  });
}

// The dataset is in place before `load` resolves to this.
const api = {
  dataset: () => /** @type {PageDataset} */ (dataset),
  presets: () => /** @type {PageDataset} */ (dataset).presets,
  presetScenario: guarded(sim.presetScenario),
  normalizeScenario: guarded(sim.normalizeScenario),
  project: guarded(sim.project),
  encodeScenario: guarded(sim.encodeScenario),
  decodeScenario: guarded(sim.decodeScenario),
  parseGrowth: guarded(sim.parseGrowth),
};
