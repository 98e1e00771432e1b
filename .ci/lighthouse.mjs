// Lighthouse (mobile: a mid-range phone on simulated slow 4G) against the built site, served
// by nginx with the shipped configuration (.ci/nginx.mjs) on a port of its own, in
// Debian's Chromium.
// Prints each category's score over the runs and the audits that kept one below 100; fails
// (exit 1) unless accessibility, best practices and SEO score 100 in every run. Performance
// is printed, not judged here: its targets are the benchmark's to report (.ci/bench.mjs).
// Usage: node .ci/lighthouse.mjs [--runs N] [--root target/site] [--json file]
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startNginx } from './nginx.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const runs = Number(option('--runs', '1'));
const root = option('--root', join(import.meta.dirname, '..', 'target', 'site'));
const JUDGED = ['accessibility', 'best-practices', 'seo'];

const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const port = await freePort();
const server = await startNginx({ root, port });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const scores = {};
const misses = new Map();
const reports = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const result = await lighthouse(`http://127.0.0.1:${port}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    reports.push(result.lhr);
    for (const [id, category] of Object.entries(categories)) {
      (scores[id] ??= []).push(Math.round(category.score * 100));
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) misses.set(`${id}: ${ref.id}`, audit.title);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let failed = false;
for (const [id, values] of Object.entries(scores)) {
  const judged = JUDGED.includes(id);
  const ok = !judged || values.every((v) => v === 100);
  failed ||= !ok;
  console.log(`${id}: ${values.join(', ')} (median ${median(values)})${judged ? (ok ? ' — ok' : ' — BELOW 100') : ''}`);
}
for (const [key, title] of misses) console.log(`  below full marks: ${key} — ${title}`);
const metrics = reports.map((lhr) => lhr.audits);
const medians = {};
for (const [id, label] of [['largest-contentful-paint', 'largest contentful paint'], ['cumulative-layout-shift', 'layout shift'], ['total-blocking-time', 'total blocking time'], ['first-contentful-paint', 'first contentful paint']]) {
  medians[id] = median(metrics.map((a) => a[id].numericValue));
  console.log(`${label}: median ${medians[id].toFixed(id === 'cumulative-layout-shift' ? 3 : 0)}${id === 'cumulative-layout-shift' ? '' : ' ms'} (${metrics.map((a) => a[id].numericValue.toFixed(id === 'cumulative-layout-shift' ? 3 : 0)).join(', ')})`);
}
const json = option('--json', null);
if (json) writeFileSync(json, JSON.stringify({ scores, medians, misses: Object.fromEntries(misses) }, null, 2));
process.exit(failed ? 1 : 0);
