// Benchmarks in headless Chromium against the locally served page. Prints one line per
// figure (median and p95 over the runs) and, with --write, records them in BENCHMARKS.md.
// Usage: node .ci/bench.mjs [--smoke] [--write]
//   --smoke  few, small runs: checks the script still works; its times mean nothing.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measureVisits } from './bench-visits.mjs';
import { assetPath } from './fingerprint.mjs';

const smoke = process.argv.includes('--smoke');
const write = process.argv.includes('--write');
const port = 8200 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}/`;
// The built site's names for the modules and the dataset file (they carry content hashes).
const siteRoot = join(import.meta.dirname, '..', 'target', 'site');
const assets = Object.fromEntries(Object.entries({ core: 'pkg/longgang_sim.js', full: 'pkg-full/longgang_sim.js', dataset: 'pkg/dataset.json' })
  .map(([key, path]) => [key, `/${assetPath(siteRoot, path)}`]));

// The compute figures (2–5) run in a page from this server: the JavaScript peer is injected
// as an inline script, so it sends no CSP. The navigation figures (1) come from nginx.
const server = spawn('node', [new URL('./server.mjs', import.meta.url).pathname, '--port', String(port), '--csp', 'none'], { stdio: 'ignore' });
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
/** A figure that is a ratio, with what it is judged against. */
function note(name, ratio, judgement) {
  console.log(`${name}: ${ratio.toFixed(2)}× (${judgement})`);
  results.push({ name, unit: '×', median: Number(ratio.toFixed(2)), note: judgement });
}
function report(name, unit, samples, note) {
  const s = stats(samples);
  const line = `${name}: median ${s.median.toFixed(2)} ${unit}, p95 ${s.p95.toFixed(2)} ${unit} (${s.runs} runs)`;
  console.log(line);
  results.push({ name, unit, ...s, note });
}

async function waitForServer(url = base) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

try {
  await waitForServer();
  const runs = (full, quick) => (smoke ? quick : full);

  // 1. First and repeat visits against the blank-page floor, on nginx (see bench-visits.mjs).
  await measureVisits({ browser, runs: runs(10, 1), port: port + 2, report, note });

  // 1d. Lighthouse mobile over five runs, on nginx (the test command runs it once, judged).
  if (!smoke) {
    const json = join(import.meta.dirname, '..', 'target', 'lighthouse-bench.json');
    execFileSync('node', [join(import.meta.dirname, 'lighthouse.mjs'), '--runs', '5', '--json', json], { stdio: ['ignore', 'inherit', 'inherit'] });
    const { scores, medians } = JSON.parse(readFileSync(json, 'utf8'));
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const lcp = medians['largest-contentful-paint'];
    const cls = medians['cumulative-layout-shift'];
    const tbt = medians['total-blocking-time'];
    const lines = [
      ['1d. Lighthouse performance (median of 5)', median(scores.performance), '', `scores ${scores.performance.join(', ')}; target 100 in five runs of five — ${scores.performance.every((v) => v === 100) ? 'met' : 'MISSED'}`],
      ['1d. Lighthouse largest contentful paint (median)', Math.round(lcp), 'ms', `target at most 1,200 ms — ${lcp <= 1200 ? 'met' : 'MISSED'}`],
      ['1d. Lighthouse layout shift (median)', Number(cls.toFixed(3)), '', `target 0 — ${cls === 0 ? 'met' : 'MISSED'}`],
      ['1d. Lighthouse total blocking time (median)', Math.round(tbt), 'ms', `target at most 50 ms — ${tbt <= 50 ? 'met' : 'MISSED'}`],
      ['1d. Lighthouse accessibility / best practices / SEO (medians)', ['accessibility', 'best-practices', 'seo'].map((id) => median(scores[id])).join(' / '), '', 'target 100 each'],
    ];
    for (const [name, value, unit, judgement] of lines) {
      console.log(`${name}: ${value}${unit ? ` ${unit}` : ''} (${judgement})`);
      results.push({ name, unit, median: value, note: judgement });
    }
  }

  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForFunction(() => performance.getEntriesByName('longgang:first-table').length > 0);

  // 2. Input event to DOM updated, one slider move per frame, as a person drags.
  const moves = await page.evaluate(async (count) => {
    const slider = document.getElementById('range-gdp');
    const cell = document.querySelector('tr[data-id="gdp"] [data-cell="projected"]');
    const out = [];
    for (let i = 0; i < count; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const before = cell.textContent;
      const start = performance.now();
      slider.value = String(((i % 400) - 200) / 10);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const end = performance.now();
      if (cell.textContent === before && i % 400 !== 0) throw new Error('the table did not update within the event');
      out.push(end - start);
    }
    return out;
  }, runs(1000, 20));
  report('2. Slider input event to DOM updated', 'ms', moves, 'One GDP slider step per frame: time from dispatching the input event until the table holds the new value; target p95 at most 4 ms.');

  // 3. Core projection: one scenario (through the JS API) and a grid, in WASM.
  const count = runs(100000, 1000);
  const wasm = await page.evaluate(async ({ count, reps, assets }) => {
    const sim = await import(assets.core);
    // The grid is in the full module (the one the page fetches for its analyses).
    const full = await import(assets.full);
    await full.default();
    const scenario = sim.presetScenario('official');
    const one = [];
    for (let i = 0; i < 2000; i += 1) {
      const start = performance.now();
      sim.project(scenario);
      one.push(performance.now() - start);
    }
    // The call alone, which hands JavaScript one text as the native run makes one String,
    // and then that text split into a string a value, which is what the JavaScript peers
    // below make: the first is compared with native code, the sum with JavaScript.
    const grid = [];
    const split = [];
    let values;
    for (let i = 0; i < reps; i += 1) {
      const start = performance.now();
      const text = full.projectGrid(scenario, count);
      const made = performance.now();
      values = text.split('\n');
      grid.push(made - start);
      split.push(performance.now() - start);
    }
    window.wasmValues = values;
    return { one, grid, split };
  }, { count, reps: runs(5, 1), assets });
  report('3a. One projection in WASM (via the JS API, with conversion)', 'ms', wasm.one, 'project(scenario) from JavaScript, including converting the scenario in and the projection out.');
  report(`3b. Grid of ${count.toLocaleString('en')} scenarios in WASM`, 'ms', wasm.grid, 'projectGrid: every level of a deterministic grid of scenarios, rounded and returned to JavaScript as one text (a level a line), as the native run (3c) returns one String.');
  report(`3b. Grid of ${count.toLocaleString('en')} scenarios in WASM, split into a JavaScript string a value`, 'ms', wasm.split, 'The same call and the text split at its line breaks: an array of strings, as the JavaScript peers (4a–4d) make; what their ratios are taken against.');
  // The native run uses the `full` profile, as the full module does (see Cargo.toml).
  const native = execFileSync('cargo', ['bench', '--quiet', '--profile', 'full', '--bench', 'bench_projection', '--', ...(smoke ? ['--smoke'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let nativeGrid;
  for (const line of native.trim().split('\n')) {
    const m = line.match(/^native (.*): median ([\d.]+) ms, p95 ([\d.]+) ms$/);
    if (!m) continue;
    console.log(`3c. ${line}`);
    results.push({ name: `3c. Native ${m[1]}`, unit: 'ms', median: Number(m[2]), p95: Number(m[3]), note: 'The same core compiled natively with the full module\'s profile (cargo bench --profile full --bench bench_projection).' });
    if (m[1] === `grid of ${count} scenarios`) nativeGrid = Number(m[2]);
  }
  // 3d. What running in WASM costs against the same code run natively. A missing native
  // grid line means the two scripts no longer agree on their output: fail, so the smoke run
  // in the test command notices, rather than quietly dropping the figure.
  if (nativeGrid === undefined) throw new Error(`cargo bench printed no native grid of ${count} scenarios`);
  const wasmOverNative = stats(wasm.grid).median / nativeGrid;
  note('3d. WASM / native grid time ratio', wasmOverNative, `median WASM grid time over median native grid time; target at most 1.5× — ${wasmOverNative <= 1.5 ? 'met' : 'MISSED'}`);

  // 4a–4b. The same grid in plain JavaScript with a decimal library, checked value by value:
  // decimal.js, and big.js, a second, smaller one, so that the WASM core is measured against
  // JavaScript decimals in general, not one library's speed. Both libraries have the same
  // methods; `library` picks the constructor and its half-away-from-zero rounding mode.
  await page.addScriptTag({ content: readFileSync('node_modules/decimal.js/decimal.js', 'utf8') });
  await page.addScriptTag({ content: readFileSync('node_modules/big.js/big.js', 'utf8') });
  const decimalPeer = (library) => page.evaluate(async ({ count, reps, assets, library }) => {
    const sim = await import(assets.core);
    const dataset = await (await fetch(assets.dataset)).json();
    const scenario = sim.presetScenario('official');
    // A constructor of its own, so nothing else on the page changes its settings. big.js's
    // only divisions are by 100 of numbers with a few decimals, exact within its default 20
    // places; its half up is half away from zero, the core's display rounding.
    const D = library === 'decimal.js'
      ? window.Decimal.clone({ precision: 40, rounding: window.Decimal.ROUND_HALF_UP })
      : window.Big();
    const halfUp = library === 'decimal.js' ? D.ROUND_HALF_UP : D.roundHalfUp;
    const decimals = new Map(dataset.units.map((u) => [u.id, u.decimals]));
    const indicators = dataset.indicators.map((ind) => ({
      base: new D(ind.base ? ind.base.value : '100'),
      growth: new D(scenario.growth[ind.id]),
      min: new D(ind.range.min),
      max: new D(ind.range.max),
      decimals: decimals.get(ind.unit),
    }));
    const grid = () => {
      const out = new Array(count * indicators.length);
      let n = 0;
      for (let k = 0; k < count; k += 1) {
        for (let i = 0; i < indicators.length; i += 1) {
          const ind = indicators[i];
          const offset = ((7919 * k + 104729 * i) % 2001) - 1000;
          let g = ind.growth.plus(new D(offset).div(100));
          if (g.lt(ind.min)) g = ind.min;
          if (g.gt(ind.max)) g = ind.max;
          out[n] = ind.base.times(g.div(100).plus(1)).toFixed(ind.decimals, halfUp);
          n += 1;
        }
      }
      return out;
    };
    const times = [];
    let values;
    for (let i = 0; i < reps; i += 1) {
      const start = performance.now();
      values = grid();
      times.push(performance.now() - start);
    }
    const mismatches = values.filter((v, i) => v !== window.wasmValues[i]).length;
    return { times, mismatches, compared: values.length, same: values.length === window.wasmValues.length };
  }, { count, reps: runs(5, 1), assets, library });
  const peer = await decimalPeer('decimal.js');
  report(`4a. Grid of ${count.toLocaleString('en')} scenarios in JavaScript with decimal.js`, 'ms', peer.times, 'The same grid written in plain JavaScript with decimal.js (ROUND_HALF_UP), every value compared with the WASM result.');
  const ratio = stats(peer.times).median / stats(wasm.split).median;
  note('4a. JS (decimal.js) / WASM time ratio', ratio, `median decimal.js time over median WASM time with the split; ${peer.compared.toLocaleString('en')} values compared, ${peer.mismatches} different; target at least 10× — ${ratio >= 10 ? 'met' : 'MISSED'}`);
  const big = await decimalPeer('big.js');
  report(`4b. Grid of ${count.toLocaleString('en')} scenarios in JavaScript with big.js`, 'ms', big.times, 'The same grid written with big.js (Big.roundHalfUp to each unit\'s decimals), timed the same way, every value compared with the WASM result.');
  const bigRatio = stats(big.times).median / stats(wasm.split).median;
  note('4b. JS (big.js) / WASM time ratio', bigRatio, `median big.js time over median WASM time with the split; ${big.compared.toLocaleString('en')} values compared, ${big.mismatches} different`);
  // Both decimal peers compute exactly what the core does: a difference is a bug in one of
  // them, and their times would not be comparable.
  for (const [name, p] of [['decimal.js', peer], ['big.js', big]]) {
    if (!p.same || p.mismatches !== 0) throw new Error(`the ${name} peer disagrees with the core on ${p.mismatches} values`);
  }

  // 4c. The same grid with plain JavaScript numbers, rounded as a typical web page rounds:
  // the figure that shows why the product computes in exact decimals. A double cannot hold
  // most decimal levels: one exactly half way between two shown figures is held a little
  // above or below it, and rounds to whichever side that error fell. Each rounding is timed,
  // and its values counted against the exact ones (the WASM result, which both decimal peers
  // match). The examples are worked out with big.js, loaded above.
  const plain = await page.evaluate(async ({ count, reps, assets }) => {
    const sim = await import(assets.core);
    const dataset = await (await fetch(assets.dataset)).json();
    const scenario = sim.presetScenario('official');
    const decimals = new Map(dataset.units.map((u) => [u.id, u.decimals]));
    const indicators = dataset.indicators.map((ind) => ({
      id: ind.id,
      base: Number(ind.base ? ind.base.value : '100'),
      growth: Number(scenario.growth[ind.id]),
      min: Number(ind.range.min),
      max: Number(ind.range.max),
      decimals: decimals.get(ind.unit),
      scale: 10 ** decimals.get(ind.unit),
    }));
    const grid = (round) => {
      const out = new Array(count * indicators.length);
      let n = 0;
      for (let k = 0; k < count; k += 1) {
        for (let i = 0; i < indicators.length; i += 1) {
          const ind = indicators[i];
          const offset = ((7919 * k + 104729 * i) % 2001) - 1000;
          let g = ind.growth + offset / 100;
          if (g < ind.min) g = ind.min;
          if (g > ind.max) g = ind.max;
          out[n] = round(ind.base * (1 + g / 100), ind);
          n += 1;
        }
      }
      return out;
    };
    const exact = window.wasmValues;
    const B = window.Big();
    const roundings = {
      // Math.round's result is the double nearest the rounded decimal, as Number(text) of
      // the exact figure is, so the two are equal exactly when the decimals agree.
      'Math.round(x * 10 ** d) / 10 ** d': { round: (x, ind) => Math.round(x * ind.scale) / ind.scale, differs: (v, i) => v !== Number(exact[i]) },
      'x.toFixed(d)': { round: (x, ind) => x.toFixed(ind.decimals), differs: (v, i) => v !== exact[i] },
    };
    const out = {};
    for (const [name, { round, differs }] of Object.entries(roundings)) {
      const times = [];
      let values;
      for (let r = 0; r < reps; r += 1) {
        const start = performance.now();
        values = grid(round);
        times.push(performance.now() - start);
      }
      let mismatches = 0;
      const examples = [];
      const shown = new Set();
      values.forEach((v, n) => {
        if (!differs(v, n)) return;
        mismatches += 1;
        // The first wrong value of a few different indicators, worked out again (outside the
        // timing) in exact decimals and in doubles, to show where each went wrong.
        const i = n % indicators.length;
        const ind = indicators[i];
        if (examples.length >= 5 || shown.has(ind.id)) return;
        shown.add(ind.id);
        const k = Math.floor(n / indicators.length);
        const offset = ((7919 * k + 104729 * i) % 2001) - 1000;
        let g = new B(scenario.growth[ind.id]).plus(new B(offset).div(100));
        if (g.lt(ind.min)) g = new B(ind.min);
        if (g.gt(ind.max)) g = new B(ind.max);
        let double = ind.growth + offset / 100;
        double = Math.min(Math.max(double, ind.min), ind.max);
        examples.push({
          id: ind.id,
          growth: g.toString(),
          exact: new B(ind.base).times(g.div(100).plus(1)).toString(),
          rounded: exact[n],
          // Enough digits to show which side of the half way the double lies.
          double: (ind.base * (1 + double / 100)).toPrecision(20),
          plain: String(v),
        });
      });
      out[name] = { times, mismatches, examples, compared: values.length };
    }
    return out;
  }, { count, reps: runs(5, 1), assets });
  for (const [i, [rounding, result]] of Object.entries(plain).entries()) {
    const label = `4${'cd'[i]}.`;
    report(`${label} Grid of ${count.toLocaleString('en')} scenarios in JavaScript with plain numbers, ${rounding}`, 'ms', result.times, `The same formulas in Number arithmetic, rounded with ${rounding} as a typical web page would, timed the same way.`);
    const examples = result.examples.map((e) => `${e.id} at growth ${e.growth}: exact ${e.exact} → ${e.rounded}, plain ${e.plain} (the double holds ${e.double})`);
    const share = `${result.mismatches.toLocaleString('en')} of ${result.compared.toLocaleString('en')}`;
    console.log(`${label} Plain numbers, ${rounding}: values rounded differently from the exact result: ${share}`);
    for (const line of examples) console.log(`    e.g. ${line}`);
    results.push({ name: `${label} Plain numbers, ${rounding}: values rounded differently from the exact result`, unit: '', median: share, note: `Why the product computes in exact decimals.${examples.length ? ` For example ${examples.slice(0, 2).join('; ')}.` : ''}` });
  }

  // 5. Monte Carlo: 100,000 draws of all 14 indicators, in the page's main thread.
  const draws = runs(100000, 2000);
  const times = await page.evaluate(async ({ draws, reps, assets }) => {
    const sim = await import(assets.full);
    await sim.default();
    const scenario = sim.presetScenario('official');
    const out = [];
    for (let i = 0; i < reps; i += 1) {
      const start = performance.now();
      sim.monteCarlo(scenario, { draws, seed: i + 1, correlation: '0.3' });
      out.push(performance.now() - start);
    }
    return out;
  }, { draws, reps: runs(15, 2), assets });
  report(`5. Monte Carlo, ${draws.toLocaleString('en')} draws × 14 indicators (WASM)`, 'ms', times, 'monteCarlo in the main thread with correlation 0.3 and default spreads; target 100,000 draws in at most 50 ms.');
  const perSecond = Math.round(draws / (stats(times).median / 1000));
  console.log(`5. Monte Carlo throughput: ${perSecond.toLocaleString('en')} draws/s (median run)`);
  results.push({ name: '5. Monte Carlo throughput', unit: 'draws/s', median: perSecond, note: 'Draws of all 14 indicators per second, from the median run.' });
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
    'the navigation figures (1) against nginx with the shipped configuration, the others against `.ci/server.mjs`,',
    'all on the loopback interface. Command: `node .ci/bench.mjs --write`.',
    '',
    'The grid of scenarios (3b) is also run natively (3c; 3d is WASM over native) and in JavaScript: with',
    'decimal.js (4a) and big.js (4b), which must match every WASM value, and with plain numbers rounded as',
    'a typical web page rounds, `Math.round(x * 10 ** d) / 10 ** d` (4c) and `x.toFixed(d)` (4d), counting',
    'the values each rounds differently from the exact result: why the core computes in exact decimals.',
    '',
    '| figure | median | p95 | runs | what it measures |',
    '|---|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.median.toFixed?.(2) ?? r.median} ${r.unit} | ${r.p95 !== undefined ? `${r.p95.toFixed(2)} ${r.unit}` : '—'} | ${r.runs ?? '—'} | ${r.note ?? ''} |`),
    '',
    'Where a target is missed, the README section "Performance" says why and what would close it.',
    '',
  ];
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), lines.join('\n'));
  console.log('wrote BENCHMARKS.md');
}
