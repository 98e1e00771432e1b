// Size budgets, checked by the test command: prints every figure and fails (exit 1) when
// one is over, naming the figure and the budget. Sizes are gzip -9, 1 KB = 1,000 bytes.
// Usage: node .ci/budget.mjs [--root target/site] (the built site, see .ci/site.mjs)
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = resolve(rootArg >= 0 ? args[rootArg + 1] : join(import.meta.dirname, '..', 'target', 'site'));
const KB = 1000;
const BUDGETS = { wasm: 45 * KB, page: 70 * KB, loader: 3 * KB };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every module a script imports statically, followed transitively. */
function moduleGraph(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  // Static imports and re-exports, written out or minified (`import{a}from"./x.js"`);
  // dynamic `import("./x.js")` is on demand and not followed.
  for (const match of source.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.[^"']+)["']/g)) {
    moduleGraph(resolve(dirname(entry), match[1]), seen);
  }
  return seen;
}

/** What the main page transfers to show its first table: HTML, CSS, icon, JS graph, WASM. */
function pageFiles() {
  const html = join(root, 'index.html');
  const files = new Set([html]);
  const markup = readFileSync(html, 'utf8');
  // Not the touch icon or the web app manifest: a browser fetches them when the page is
  // added to a home screen or checked for it, not for the first table.
  for (const match of markup.matchAll(/<(?:link(?![^>]*rel="(?:apple-touch-icon|manifest)")|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)) {
    const file = join(root, match[1]);
    if (!existsSync(file)) continue;
    if (file.endsWith('.js')) moduleGraph(file).forEach((f) => files.add(f));
    else files.add(file);
  }
  files.add(join(root, 'pkg', 'longgang_sim_bg.wasm'));
  return [...files];
}

const figures = [];
const wasmFile = join(root, 'pkg', 'longgang_sim_bg.wasm');
if (!existsSync(wasmFile)) {
  console.error(`budget: ${relative(process.cwd(), wasmFile)} is missing; build first (bash .ci/build)`);
  process.exit(2);
}
figures.push(['WASM module the page and the embeds load (after wasm-opt)', gz(wasmFile), BUDGETS.wasm]);
const files = pageFiles();
const pageTotal = files.reduce((sum, file) => sum + gz(file), 0);
figures.push([`main page, ${files.length} files (HTML, JS, CSS, WASM)`, pageTotal, BUDGETS.page]);
figures.push(['embed loader (embed.js)', gz(join(root, 'embed.js')), BUDGETS.loader]);

// Not a page-load transfer, so no budget: the module a reader fetches on reaching the
// analyses (or on CSV, print, embed), printed so it stays in view.
const fullWasm = join(root, 'pkg-full', 'longgang_sim_bg.wasm');

let over = 0;
for (const [name, size, budget] of figures) {
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  if (size > budget) over += 1;
  console.log(`${name}: ${(size / KB).toFixed(1)} KB gzip, budget ${(budget / KB).toFixed(0)} KB — ${verdict}`);
}
if (existsSync(fullWasm)) {
  const size = gz(fullWasm) + gz(join(root, 'pkg-full', 'longgang_sim.js'));
  console.log(`full module with its glue, fetched only when a reader needs it: ${(size / KB).toFixed(1)} KB gzip — no budget`);
}
if (over) {
  console.error(`budget: ${over} figure(s) over budget`);
  process.exit(1);
}
