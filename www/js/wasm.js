// The one module that talks to the WASM packages: loads each once and turns their thrown
// errors into plain { code, zh, en, field } records the UI can show in either language.
// `load` gives the projection API every page and widget needs for its table (and the
// dataset, from the JSON file the site serves); `loadFull` adds the analyses, the
// uncertainty run, CSV, the QR code, the static HTML and the other targets, from a second,
// larger module fetched only when a reader first needs one of them.
import init, * as sim from '../pkg/longgang_sim.js';

let ready = null;
let fullReady = null;

function loadFailed(cause) {
  const detail = String(cause?.message ?? cause);
  throw new SimError('wasm_load_failed', `计算模块加载失败:${detail}`, `The calculation module failed to load: ${detail}`);
}

/**
 * The dataset as the page shows it: figures, names, units, quotes and presets, in the
 * shape of the core's `Dataset` without the other targets (`otherTargets` of the full
 * module has them). The projection module carries only the figures it computes with.
 */
let dataset = null;

async function fetchDataset() {
  const response = await fetch(new URL('../pkg/dataset.json', import.meta.url));
  if (!response.ok) throw new Error(`dataset.json: ${response.status} ${response.statusText}`);
  return response.json();
}

let sources = null;
/**
 * The report's sentences behind each indicator's numbers ({ id: { value2023, growth2023,
 * target2024, levelMissing } }), fetched once, when a reader first opens a row's sources.
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
export const FULL_EXPORTS = ['goalSeek', 'sensitivity', 'monteCarlo', 'defaultSpreads', 'difference', 'projectionCsv', 'qrPath', 'renderStatic', 'cardSvg'];

/**
 * Loads the full module (once); resolves to the API above plus its functions and the
 * compiled `module`. A failure may be retried.
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
      return { ...api, ...extras, otherTargets, module };
    })
    .catch((cause) => {
      fullReady = null;
      loadFailed(cause);
    });
  return fullReady;
}

/** A failure from the core, or a load failure, in both languages. */
export class SimError extends Error {
  constructor(code, zh, en, field) {
    super(en);
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.field = field ?? null;
  }
}

/** Turns anything the module throws (its errors, a trap, a bug) into a SimError. */
export function convert(thrown) {
  if (thrown instanceof SimError) return thrown;
  if (thrown && typeof thrown.code === 'string' && thrown.messageZh) {
    return new SimError(thrown.code, thrown.messageZh, thrown.messageEn, thrown.field);
  }
  const detail = String(thrown?.message ?? thrown);
  return new SimError('internal', `内部错误:${detail}`, `Internal error: ${detail}`);
}

/** Calls into the core; every failure comes out as a SimError. */
function guarded(fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (thrown) {
      throw convert(thrown);
    }
  };
}

const api = {
  dataset: () => dataset,
  presets: () => dataset.presets,
  presetScenario: guarded(sim.presetScenario),
  normalizeScenario: guarded(sim.normalizeScenario),
  project: guarded(sim.project),
  encodeScenario: guarded(sim.encodeScenario),
  decodeScenario: guarded(sim.decodeScenario),
  parseGrowth: guarded(sim.parseGrowth),
};
