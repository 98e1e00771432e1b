// Keeps at most one Monte Carlo job running in a Web Worker and at most one waiting (always
// the latest), and hands every finished result to the page: the latest finished result is
// what shows, and the deterministic table never waits for it.

/** Draws per run: enough for percentiles to a few hundredths, fast enough to feel live. */
export const DRAWS = 20000;

export class UncertaintyRunner {
  /** `module` is the compiled full module, which the worker instantiates for itself. */
  constructor(module, onResult, onError) {
    this.module = module;
    this.onResult = onResult;
    this.onError = onError;
    this.worker = null;
    this.busy = false;
    this.waiting = null;
    this.lastId = 0;
  }

  /** Asks for a run of this scenario and settings; supersedes any job still waiting. */
  request(scenario, settings) {
    this.lastId += 1;
    const job = { id: this.lastId, scenario, settings: { draws: DRAWS, ...settings } };
    if (this.busy) {
      this.waiting = job;
      return;
    }
    this.send(job);
  }

  send(job) {
    if (!this.worker) {
      this.worker = new Worker(new URL('./mc-worker.js', import.meta.url), { type: 'module' });
      this.worker.onmessage = ({ data }) => this.finished(data);
      this.worker.onerror = () => {
        // A worker that failed (its file did not load, say) answers nothing more: the next
        // job gets a new one, and this failure is reported against the job it was running.
        this.worker.terminate();
        this.worker = null;
        this.finished({ id: this.running, error: { code: 'worker_failed', zh: '抽样计算失败。', en: 'The sampling run failed.' } });
      };
    }
    this.running = job.id;
    this.busy = true;
    this.worker.postMessage({ ...job, module: this.module });
  }

  finished(reply) {
    this.busy = false;
    if (reply.error) this.onError(reply.error, reply.id === this.lastId);
    else this.onResult(reply.result, reply.id === this.lastId);
    const next = this.waiting;
    this.waiting = null;
    if (next) this.send(next);
  }
}
