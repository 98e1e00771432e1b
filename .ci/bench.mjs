// Benchmarks in headless Chromium against the locally served page. Prints one line per
// figure (median and p95 over the runs) and, with --write, records them in BENCHMARKS.md.
// Usage: node .ci/bench.mjs [--smoke] [--write]
//   --smoke  few, small runs: checks the script still works; its times mean nothing.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';

const smoke = process.argv.includes('--smoke');
const write = process.argv.includes('--write');
const port = 8200 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}/`;

const server = spawn('node', [new URL('./server.mjs', import.meta.url).pathname, '--port', String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

const results = [];
function report(name, unit, samples, note) {
  const s = stats(samples);
  const line = `${name}: median ${s.median.toFixed(2)} ${unit}, p95 ${s.p95.toFixed(2)} ${unit} (${s.runs} runs)`;
  console.log(line);
  results.push({ name, unit, ...s, note });
}

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

try {
  await waitForServer();
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForSelector('#projection tbody tr');

  // Monte Carlo: 100,000 draws of all 14 indicators, in the page's main thread.
  const draws = smoke ? 2000 : 100000;
  const runs = smoke ? 2 : 15;
  const times = await page.evaluate(async ({ draws, runs }) => {
    const sim = await import('/pkg/longgang_sim.js');
    const scenario = sim.presetScenario('official');
    const out = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      sim.monteCarlo(scenario, { draws, seed: i + 1, correlation: '0.3' });
      out.push(performance.now() - start);
    }
    return out;
  }, { draws, runs });
  report(`Monte Carlo, ${draws.toLocaleString('en')} draws × 14 indicators (WASM)`, 'ms', times, 'target: 100,000 draws in at most 50 ms');
  const perSecond = (draws / (stats(times).median / 1000)).toFixed(0);
  console.log(`Monte Carlo throughput: ${Number(perSecond).toLocaleString('en')} draws/s (median run)`);
  results.push({ name: 'Monte Carlo throughput', unit: 'draws/s', median: Number(perSecond) });
} finally {
  await browser.close();
  server.kill();
}

if (write && !smoke) {
  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${date} on a ${cpus().length}-core ${cpus()[0]?.model ?? 'unknown'} machine, headless Debian Chromium,`,
    'page served by `.ci/server.mjs` on the loopback interface. Command: `node .ci/bench.mjs --write`.',
    '',
    '| figure | median | p95 | runs |',
    '|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.median.toFixed?.(2) ?? r.median} ${r.unit} | ${r.p95 !== undefined ? `${r.p95.toFixed(2)} ${r.unit}` : '—'} | ${r.runs ?? '—'} |`),
    '',
  ];
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), lines.join('\n'));
  console.log('wrote BENCHMARKS.md');
}
