// @ts-check
// The one module that talks to the WASM packages: loads each once and turns their thrown
// errors into plain { code, messages, field } records: the message in each language the
// module carries, by tag (the page's own codes are worded by the catalogues, see strings.js).
// `load` gives the projection API every page and widget needs for its table (and the
// dataset, from the JSON file the site serves); `loadFull` adds the analyses, the
// uncertainty run, CSV, the QR code, the static HTML and the other targets, from a second,
// larger module fetched only when a reader first needs one of them.
import init, * as sim from '../pkg/longgang_sim.js';
import { DATASETS } from './datasets.js';
import { LANGUAGES } from './lang/index.js';

/**
 * The core's types are those wasm-bindgen declares beside each package it builds
 * (pkg/longgang_sim.d.ts, pkg-full/longgang_sim.d.ts); the page's own are below.
 * @import { Dataset, Shortfall } from '../pkg/longgang_sim.js'
 */
/**
 * The dataset the page fetches: the core's `Dataset` without the other targets (and without
 * the report's sentences, which are in sources.json; nothing reads them from here), and of
 * the report's account of its base year only which indicators missed their targets (their
 * reasons are in sources.json too; the full module has the whole account).
 * @typedef {Omit<Dataset, 'otherTargets' | 'derived' | 'baseAccount'> & { baseAccount?: { shortfalls: PageShortfall[] } }} PageDataset
 */
/** Indicators the report says missed their base-year targets, as the page's dataset has them. @typedef {Pick<Shortfall, 'of'>} PageShortfall */
/** One of the dataset's units. @typedef {Dataset['units'][number]} Unit */
/** The report's other 2024 targets (the full module's dataset has them). @typedef {Dataset['otherTargets']} OtherTargets */
/**
 * What the other targets' panel shows, for reference: the report's other targets and its
 * own account of its base year, where it gives one (the full module's dataset has them).
 * @typedef {Pick<Dataset, 'otherTargets' | 'baseAccount'>} Reference
 */
/**
 * The report's sentences behind each indicator's numbers, by indicator id (pkg/sources.json),
 * and where it says the indicator missed its base-year target, its reason: its sentence and
 * the reason in plain words, in every language (`shortfall`).
 * @typedef {Record<string, { base?: string, baseGrowth?: string, target?: string, levelMissing?: string, shortfall?: Pick<Shortfall, 'quote' | 'why'> }>} Sources
 */
/** The projection API `load` resolves to. @typedef {typeof api} Api */
/**
 * What `loadFull` resolves to: the projection API, the full module's extra functions, the
 * other targets with the account of the base year, and the compiled module.
 * @typedef {typeof import('../pkg-full/longgang_sim.js')} FullModule
 * @typedef {Omit<FullModule, 'default' | 'initSync' | keyof Api> & Api & { reference: () => Reference, module: WebAssembly.Module }} FullApi
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
  // Why it failed goes to the console; the reader is told what to do (`ui.error.wasm_load_failed`).
  console.warn('wasm_load_failed', cause);
  throw new SimError('wasm_load_failed', {});
}

/**
 * The dataset as the page shows it: figures, names, units, quotes and presets, in the
 * shape of the core's `Dataset` without the other targets (`otherTargets` of the full
 * module has them). The projection module carries only the figures it computes with.
 * @type {PageDataset | null}
 */
let dataset = null;

/**
 * The dataset file of a language: the page's dataset with the texts of that language (and
 * the report's own title), so a reader downloads the dataset's words in their language only.
 * @param {string} lang
 * @returns {Promise<PageDataset>}
 */
async function fetchDataset(lang) {
  const url = (DATASETS[lang] ?? DATASETS[LANGUAGES[0].tag])();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status} ${response.statusText}`);
  return response.json();
}

/**
 * Adds what `from` has and `into` lacks, at every depth: another language's file adds its
 * texts to the language maps of the dataset in use (its figures are the same).
 * @param {Record<string, any>} into
 * @param {Record<string, any>} from
 */
function addTexts(into, from) {
  for (const [key, value] of Object.entries(from)) {
    if (!(key in into)) into[key] = value;
    else if (value && typeof value === 'object' && into[key] && typeof into[key] === 'object') addTexts(into[key], value);
  }
}

/** @type {Map<string, Promise<void>>} */
const datasetLanguages = new Map();
/**
 * Adds a language's texts to the dataset (once; after `load`), for a page or widget that
 * switches to it. A failure may be retried.
 * @param {string} lang
 * @returns {Promise<void>}
 */
export function loadDatasetLanguage(lang) {
  let promise = datasetLanguages.get(lang);
  if (!promise) {
    promise = (async () => {
      const [, texts] = await Promise.all([load(), fetchDataset(lang)]);
      addTexts(/** @type {PageDataset} */ (dataset), texts);
    })().catch((cause) => {
      datasetLanguages.delete(lang);
      return loadFailed(cause);
    });
    datasetLanguages.set(lang, promise);
  }
  return promise;
}


/**
 * Loads the projection module and the dataset with the texts of `lang` (once, in parallel);
 * resolves to the API below. Other languages' texts: `loadDatasetLanguage`.
 * @param {string} [lang]
 */
export function load(lang = LANGUAGES[0].tag) {
  if (typeof WebAssembly !== 'object') {
    // Turned off (iOS Lockdown Mode, some in-app browsers): reloading cannot help.
    return Promise.reject(new SimError('wasm_unavailable', {}));
  }
  ready ??= Promise.all([init(), fetchDataset(lang)]).then(([, data]) => {
    dataset = data;
    datasetLanguages.set(lang, Promise.resolve());
    return api;
  }, loadFailed);
  return ready;
}


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
      // Every function of the full module, failing with SimErrors (so none can be left out
      // of a list). The projection API's own stay, its dataset being the page's, but for
      // decodeScenario, whose errors the full module words in every language (the
      // projection module's in zh and en).
      const extras = /** @type {FullModule} */ (/** @type {unknown} */ (Object.fromEntries(Object.entries(full).filter(([name]) => name !== 'default' && name !== 'initSync').map(([name, f]) => [name, guarded(f)]))));
      // The full dataset: the other targets and the account of the base year, for reference.
      const reference = /** @type {() => Reference} */ (/** @type {unknown} */ (extras.dataset));
      return /** @type {FullApi} */ ({ ...extras, ...api, decodeScenario: extras.decodeScenario, reference, module });
    })
    .catch((cause) => {
      fullReady = null;
      loadFailed(cause);
    });
  return fullReady;
}

/**
 * A failure from the core, with its message in each language the module carries (by tag),
 * or one of the page's own (a load failure: no messages; the catalogues word its code).
 */
export class SimError extends Error {
  /**
   * @param {string} code the core's stable error code (or the page's own, e.g. wasm_load_failed)
   * @param {Record<string, string>} messages
   * @param {string | null} [field]
   */
  constructor(code, messages, field) {
    super(code);
    this.code = code;
    this.messages = messages;
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
  if (thrown && typeof thrown.code === 'string' && thrown.messages && typeof thrown.messages === 'object') {
    return new SimError(thrown.code, thrown.messages, thrown.field);
  }
  // A trap or a bug: the detail goes to the console, the reader gets `ui.error.internal`.
  console.warn('internal', thrown);
  return new SimError('internal', {});
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
