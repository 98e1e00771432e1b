// A test's own instance of the site's server (.ci/server.mjs) on a port of its own, for
// specs that take the network away (by stopping it) or switch what it serves (by pointing
// a symbolic link at another build): things the shared test server must never do.
// Also the service worker helpers those specs share.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const SERVER = join(import.meta.dirname, '..', '..', '..', '.ci', 'server.mjs');
const PROJECTS = ['chromium', 'firefox', 'webkit'];

/** A free loopback port in 8600–8699 for this spec (`base`) and engine, so runs never collide. */
export function portFor(base, project) {
  return base + Math.max(0, PROJECTS.indexOf(project));
}

/** Starts `.ci/server.mjs` on `port`; resolves once it listens, to { origin, stop }. */
export async function startServer({ port, root, hooks = true }) {
  const args = [SERVER, '--port', String(port), ...(root ? ['--root', root] : []), ...(hooks ? ['--test-hooks'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server on ${port} exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  child.removeAllListeners('exit');
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill();
  });
  return { origin: `http://127.0.0.1:${port}`, stop };
}

/**
 * Waits in the page until the site's service worker is activated — it has cached the
 * version's files by then — and returns the names of the caches.
 */
export async function workerReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    return caches.keys();
  });
}

/** Whether a service worker controls the page. */
export async function controlled(page) {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}
