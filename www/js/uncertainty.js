// @ts-check
// Keeps at most one Monte Carlo job running in a Web Worker and at most one waiting (always
// the latest), and hands every finished result to the page: the latest finished result is
// what shows, and the deterministic table never waits for it. Also draws a finished run on
// the page (showUncertainty).
import { t } from './strings.js';
import { number, percent, amount, amountNumber } from './format.js';
import { h } from './dom.js';

/**
 * @import { Indicator, Lang, McInput, McResult, McRow, Scenario } from '../pkg/longgang_sim.js'
 * @import { Failure } from './strings.js'
 * @import { Unit } from './wasm.js'
 * @import { View } from './render.js'
 */
/** A run for the worker (mc-worker.js). @typedef {{ id: number, scenario: Scenario, settings: McInput }} Job */
/** The worker's answer to the job `id`: its result, or why it failed. @typedef {{ id: number, result?: McResult, error?: Failure }} Reply */

/** Draws per run: enough for percentiles to a few hundredths, fast enough to feel live. */
export const DRAWS = 20000;

export class UncertaintyRunner {
  /**
   * `module` is the compiled full module, which the worker instantiates for itself.
   * `onResult` and `onError` also learn whether the run was the latest asked for.
   * @param {WebAssembly.Module} module
   * @param {(result: McResult, latest: boolean) => void} onResult
   * @param {(error: Failure, latest: boolean) => void} onError
   */
  constructor(module, onResult, onError) {
    this.module = module;
    this.onResult = onResult;
    this.onError = onError;
    /** @type {Worker | null} */
    this.worker = null;
    this.busy = false;
    /** @type {Job | null} */
    this.waiting = null;
    this.lastId = 0;
    /** @type {number} the job the worker is running (set by send) */
    this.running;
  }

  /**
   * Asks for a run of this scenario and settings; supersedes any job still waiting.
   * @param {Scenario} scenario
   * @param {Omit<McInput, 'draws'>} settings
   */
  request(scenario, settings) {
    this.lastId += 1;
    const job = { id: this.lastId, scenario, settings: { draws: DRAWS, ...settings } };
    if (this.busy) {
      this.waiting = job;
      return;
    }
    this.send(job);
  }

  /** @param {Job} job */
  send(job) {
    if (!this.worker) {
      this.worker = new Worker(new URL('./mc-worker.js', import.meta.url), { type: 'module' });
      this.worker.onmessage = ({ data }) => this.finished(data);
      this.worker.onerror = () => {
        // A worker that failed (its file did not load, say) answers nothing more: the next
        // job gets a new one, and this failure is reported against the job it was running.
        /** @type {Worker} */ (this.worker).terminate();
        this.worker = null;
        this.finished({ id: this.running, error: { code: 'worker_failed', messages: {} } });
      };
    }
    this.running = job.id;
    this.busy = true;
    this.worker.postMessage({ ...job, module: this.module });
  }

  /** @param {Reply} reply */
  finished(reply) {
    this.busy = false;
    if (reply.error) this.onError(reply.error, reply.id === this.lastId);
    else this.onResult(/** @type {McResult} */ (reply.result), reply.id === this.lastId);
    const next = this.waiting;
    this.waiting = null;
    if (next) this.send(next);
  }
}

/**
 * Shows a finished run on the page: probability and 90% range in each row of the table,
 * the ranges on the chart, the results and status in the analysis section. Here, not in
 * the table's view, since only readers who get this far need it.
 * @param {View} view
 * @param {McResult} result
 */
export function showUncertainty(view, result) {
  const { lang } = view;
  view.table.classList.add('has-mc');
  for (const mc of result.rows) {
    const row = view.rows.get(mc.id);
    if (!row) continue;
    writeChance(lang, row.cells, mc, row.indicator, row.unit);
  }
  // Where the status and the chance show side by side, one sentence says how they differ.
  if (!/** @type {HTMLElement} */ (view.table.parentElement).querySelector('.chance-note')) {
    view.table.after(h('p', { class: 'hint chance-note', text: t(lang, 'tableChanceNote') }));
  }
  view.intervals = result;
  view.chart?.showIntervals(result);
  view.analysis.showUncertaintyResults(result);
  view.analysis.showUncertaintyStatus(t(lang, 'mcDone', { draws: number(lang, String(result.draws)), seed: result.seed }));
  view.analysis.showUncertaintyError(null);
}

/**
 * Writes one indicator's chance of meeting its target and its 90% range into two cells —
 * "42.875 – 44.351 bn yuan": the unit once; each figure kept whole, so a narrow column
 * breaks the range at the dash only. The main table and the uncertainty part both use it.
 * @param {Lang} lang
 * @param {{ probability: HTMLElement, interval: HTMLElement }} cells
 * @param {McRow} mc
 * @param {Indicator} indicator
 * @param {Unit} unit
 */
export function writeChance(lang, cells, mc, indicator, unit) {
  cells.probability.textContent = mc.probability === undefined || mc.probability === null ? '—' : percent(lang, mc.probability, { decimals: 1 });
  const options = { decimals: indicator.base ? unit.decimals : 2 };
  const [low, high] = indicator.base
    ? [amountNumber(lang, mc.p5, unit, options), amount(lang, mc.p95, unit, options)]
    : [number(lang, mc.p5, options), number(lang, mc.p95, options)];
  cells.interval.replaceChildren(h('span', { class: 'nowrap', text: `${low} –` }), ' ', h('span', { class: 'nowrap', text: high }));
}
