// Runs Monte Carlo jobs off the main thread with its own instance of the WASM core, so
// sliders never wait for it. Each reply carries the job id it answers.
import init, { monteCarlo } from '../pkg/longgang_sim.js';

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ id: data.id, result: monteCarlo(data.scenario, data.settings) });
  } catch (error) {
    self.postMessage({ id: data.id, error: { code: error?.code ?? 'internal', zh: error?.messageZh ?? String(error), en: error?.messageEn ?? String(error) } });
  }
};
