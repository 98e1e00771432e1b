// The one module that talks to the WASM package: loads it once and turns its thrown
// errors into plain { code, zh, en, field } records the UI can show in either language.
import init, * as sim from '../pkg/longgang_sim.js';

let ready = null;

/** Loads and instantiates the module (once); resolves to the API below. */
export function load() {
  ready ??= init().then(
    () => api,
    (cause) => {
      const detail = String(cause?.message ?? cause);
      throw new SimError('wasm_load_failed', `计算模块加载失败:${detail}`, `The calculation module failed to load: ${detail}`);
    },
  );
  return ready;
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
  projectionCsv: guarded(sim.projectionCsv),
  qrPath: guarded(sim.qrPath),
  renderStatic: guarded(sim.renderStatic),
  goalSeek: guarded(sim.goalSeek),
  sensitivity: guarded(sim.sensitivity),
  defaultSpreads: guarded(sim.defaultSpreads),
  difference: guarded(sim.difference),
};
