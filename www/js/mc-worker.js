// @ts-check
// Runs Monte Carlo jobs off the main thread with its own instance of the WASM core, so
// sliders never wait for it. Each reply carries the job id it answers. It runs the full
// module the page has already fetched and compiled, sent along with each job.
import init, { monteCarlo } from '../pkg-full/longgang_sim.js';

/**
 * A job (uncertainty.js sends it) carries its id, the scenario, the settings and the
 * compiled module; the reply carries the id with the result or the error.
 * @import { McInput, Scenario, SimError } from '../pkg-full/longgang_sim.js'
 */

/** @type {Promise<unknown> | null} */
let ready = null;

/** @param {MessageEvent<{ id: number, scenario: Scenario, settings: McInput, module: WebAssembly.Module }>} event */
self.onmessage = async ({ data }) => {
  try {
    // Every job carries the page's compiled module; the first one instantiates it.
    ready ??= init({ module_or_path: data.module });
    await ready;
    self.postMessage({ id: data.id, result: monteCarlo(data.scenario, data.settings) });
  } catch (error) {
    // The core's errors carry a code and the message in every language; anything else is
    // the page's `internal` failure, worded by the catalogues.
    const failure = /** @type {Partial<SimError> | undefined} */ (error);
    self.postMessage({ id: data.id, error: { code: failure?.code ?? 'internal', messages: failure?.messages ?? {} } });
  }
};
