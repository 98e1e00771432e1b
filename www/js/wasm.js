// The one module that talks to the WASM packages: loads each once and turns their thrown
// errors into plain { code, zh, en, field } records the UI can show in either language.
// `load` gives the projection API every page and widget needs for its table; `loadFull`
// adds the analyses, the uncertainty run, CSV, the QR code and the static HTML, from a
// second, larger module fetched only when a reader first needs one of them.
import init, * as sim from '../pkg/longgang_sim.js';

let ready = null;
let fullReady = null;

function loadFailed(cause) {
  const detail = String(cause?.message ?? cause);
  throw new SimError('wasm_load_failed', `计算模块加载失败:${detail}`, `The calculation module failed to load: ${detail}`);
}

/** Loads and instantiates the projection module (once); resolves to the API below. */
export function load() {
  ready ??= init().then(() => api, loadFailed);
  return ready;
}

/** The functions only the full module has. */
export const FULL_EXPORTS = ['goalSeek', 'sensitivity', 'monteCarlo', 'defaultSpreads', 'difference', 'projectionCsv', 'qrPath', 'renderStatic'];

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
      return { ...api, ...extras, module };
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
  dataset: guarded(sim.dataset),
  presets: guarded(sim.presets),
  presetScenario: guarded(sim.presetScenario),
  normalizeScenario: guarded(sim.normalizeScenario),
  project: guarded(sim.project),
  encodeScenario: guarded(sim.encodeScenario),
  decodeScenario: guarded(sim.decodeScenario),
  parseGrowth: guarded(sim.parseGrowth),
};
