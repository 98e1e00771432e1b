// Runs Monte Carlo jobs off the main thread with its own instance of the WASM core, so
// sliders never wait for it. Each reply carries the job id it answers. It runs the full
// module the page has already fetched and compiled, sent along with each job.
import init, { monteCarlo } from '../pkg-full/longgang_sim.js';

let ready = null;

self.onmessage = async ({ data }) => {
  try {
    // Every job carries the page's compiled module; the first one instantiates it.
    ready ??= init({ module_or_path: data.module });
    await ready;
    self.postMessage({ id: data.id, result: monteCarlo(data.scenario, data.settings) });
  } catch (error) {
    self.postMessage({ id: data.id, error: { code: error?.code ?? 'internal', zh: error?.messageZh ?? String(error), en: error?.messageEn ?? String(error) } });
  }
};
