// The navigation figures of .ci/bench.mjs: how soon a reader sees the official table and
// can move a slider, on a first visit (nothing cached) and a repeat visit (the HTTP cache
// and the service worker of the first), each as a ratio to the floor — a blank page with
// one module script, served by the same nginx and measured the same way in the same run —
// unthrottled and under Chromium's network emulation at slow 4G (150 ms round trip,
// 1.6 Mbps down). Both pages come from nginx with the shipped configuration (.ci/nginx.mjs),
// as a newsroom would serve them.
// - painted: when the prerendered GDP figure of the table was painted (Element Timing on
//   the cell the build marks `elementtiming="first-table"`; for the blank page its first
//   contentful paint is none, so its module script running stands in);
// - interactive: the page's mark `longgang:first-table`, set once the module has computed
//   the scenario and the controls are live (the blank page: its script's mark).
import { join } from 'node:path';
import { startNginx } from './nginx.mjs';

/** Chromium's network emulation for slow 4G, as Lighthouse's mobile preset sets it. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };

/** Targets of the issue, as ratios to the floor. */
const TARGETS = { first: { painted: 1.3, interactive: 2.5 }, repeat: { painted: 1.1, interactive: 1.5 } };

/** Loads `url` in `page` and reads when it painted and became interactive (ms from navigation start). */
async function visit(page, url, blank) {
  await page.goto(url);
  if (blank) {
    await page.waitForFunction(() => performance.getEntriesByName('blank:ran').length > 0);
    const ran = await page.evaluate(() => performance.getEntriesByName('blank:ran')[0].startTime);
    return { painted: ran, interactive: ran };
  }
  await page.waitForFunction(() => performance.getEntriesByName('longgang:first-table').length > 0);
  return page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((e) => e.identifier === 'first-table');
      if (!entry) return;
      observer.disconnect();
      resolve({ painted: entry.renderTime || entry.loadTime, interactive: performance.getEntriesByName('longgang:first-table')[0].startTime });
    }).observe({ type: 'element', buffered: true });
  }));
}

/** A first visit and a repeat visit in a fresh browser context; `throttle` as CDP network conditions. */
async function visits(browser, url, { throttle, blank }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'zh-CN' });
  const open = async () => {
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', throttle);
    }
    return page;
  };
  try {
    const first = await open();
    const a = await visit(first, url, blank);
    // The repeat visit comes once the first visit's service worker holds the site.
    if (!blank) await first.evaluate(() => navigator.serviceWorker?.ready.then((registration) => new Promise((resolve) => {
      const worker = registration.active;
      if (!worker || worker.state === 'activated') resolve();
      else worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
    })));
    await first.close();
    const second = await open();
    const b = await visit(second, url, blank);
    await second.close();
    return { first: a, repeat: b };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Measures both pages under both network conditions, `runs` times each, and reports every
 * figure and ratio through `report(name, unit, samples, note)` and `note(name, value, text)`.
 */
export async function measureVisits({ browser, runs, port, report, note }) {
  const site = await startNginx({ root: join(import.meta.dirname, '..', 'target', 'site'), port });
  const floor = await startNginx({ root: join(import.meta.dirname, '..', 'tests', 'bench', 'blank'), port: port + 1 });
  try {
    for (const [condition, throttle] of [['unthrottled', null], ['slow 4G', SLOW_4G]]) {
      const samples = { page: { first: { painted: [], interactive: [] }, repeat: { painted: [], interactive: [] } }, blank: { first: [], repeat: [] } };
      for (let i = 0; i < runs; i += 1) {
        const page = await visits(browser, site.url, { throttle });
        const blank = await visits(browser, floor.url, { throttle, blank: true });
        for (const kind of ['first', 'repeat']) {
          samples.page[kind].painted.push(page[kind].painted);
          samples.page[kind].interactive.push(page[kind].interactive);
          samples.blank[kind].push(blank[kind].interactive);
        }
      }
      for (const kind of ['first', 'repeat']) {
        const base = median(samples.blank[kind]);
        report(`1. ${condition}, ${kind} visit: blank page (the floor)`, 'ms', samples.blank[kind], 'A blank page with one module script, same nginx and browser: what no page can beat here.');
        for (const what of ['painted', 'interactive']) {
          const label = what === 'painted' ? 'official table painted' : 'page interactive';
          report(`1. ${condition}, ${kind} visit: ${label}`, 'ms', samples.page[kind][what], what === 'painted'
            ? 'The prerendered GDP figure painted (Element Timing), from navigation start.'
            : 'The module has computed the scenario and the controls are live (mark longgang:first-table).');
          const ratio = median(samples.page[kind][what]) / base;
          note(`1. ${condition}, ${kind} visit: ${label} / floor`, ratio, `target at most ${TARGETS[kind][what]}× — ${ratio <= TARGETS[kind][what] ? 'met' : 'MISSED'}`);
        }
      }
    }
  } finally {
    await site.stop();
    await floor.stop();
  }
}
