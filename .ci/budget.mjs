// Size budgets, checked by the test command: prints every figure and fails (exit 1) when
// one is over, naming the figure and the budget. Each figure gives its gzip -9 size (what
// any server can send) and its brotli size (quality 11, what nginx sends from the build's
// .br copies to every browser the page supports, over HTTPS); each budget says which it
// holds. 1 KB = 1,000 bytes.
// The page is prerendered, so it has two figures: what paints the official table (the
// HTML and what blocks its rendering: the stylesheet and the boot script) and what the page
// loads before a slider computes (that, plus the module graph, the dataset and the WASM).
// Files are found by their built names: the site's asset-manifest.json maps source paths
// to content-hashed ones (see .ci/fingerprint.mjs), and the page's own references are
// followed from the HTML.
// Usage: node .ci/budget.mjs [--root target/site] (the built site, see .ci/site.mjs)
import { readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = resolve(rootArg >= 0 ? args[rootArg + 1] : join(import.meta.dirname, '..', 'target', 'site'));
const KB = 1000;
const BUDGETS = { wasm: [45 * KB, 'gzip'], painted: [30 * KB, 'gzip'], page: [70 * KB, 'brotli'], loader: [3 * KB, 'gzip'] };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const br = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const manifestFile = join(root, 'asset-manifest.json');
const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { files: {} };
/** A source path's file in the built site (its hashed name, where it has one). */
const built = (path) => join(root, manifest.files[path] ?? path);

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

/**
 * What the main page transfers: with `painted`, what its first paint of the official table
 * waits for (the HTML, its stylesheets, its classic scripts and the icon); otherwise all it
 * loads before a slider computes (HTML, CSS, icon, the JS module graph, dataset, WASM).
 */
function pageFiles({ painted = false } = {}) {
  const html = join(root, 'index.html');
  const files = new Set([html]);
  const markup = readFileSync(html, 'utf8');
  // Not the touch icon or the web app manifest: a browser fetches them when the page is
  // added to a home screen or checked for it, not for the first table.
  for (const match of markup.matchAll(/<(?:link(?![^>]*rel="(?:apple-touch-icon|manifest)")|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)) {
    const file = join(root, match[1]);
    if (!existsSync(file)) continue;
    const tag = match[0];
    const blocking = /rel="(?:stylesheet|icon)"/.test(tag) || (tag.startsWith('<script') && !/type="module"/.test(tag));
    if (painted && !blocking) continue;
    if (file.endsWith('.js') && !painted) moduleGraph(file).forEach((f) => files.add(f));
    else files.add(file);
  }
  if (!painted) files.add(built('pkg/longgang_sim_bg.wasm'));
  return [...files];
}

const figures = [];
const wasmFile = built('pkg/longgang_sim_bg.wasm');
if (!existsSync(wasmFile)) {
  console.error(`budget: ${relative(process.cwd(), wasmFile)} is missing; build first (bash .ci/build)`);
  process.exit(2);
}
const sizes = (files) => files.reduce(([g, b], file) => [g + gz(file), b + br(file)], [0, 0]);
figures.push(['WASM module the page and the embeds load (after wasm-opt)', ...sizes([wasmFile]), ...BUDGETS.wasm]);
const painted = pageFiles({ painted: true });
figures.push([`main page, official table painted, ${painted.length} files (HTML, CSS, boot script, icon)`, ...sizes(painted), ...BUDGETS.painted]);
const files = pageFiles();
figures.push([`main page, interactive, ${files.length} files (HTML, JS, CSS, WASM)`, ...sizes(files), ...BUDGETS.page]);
figures.push(['embed loader (embed.js)', ...sizes([join(root, 'embed.js')]), ...BUDGETS.loader]);

// Not a page-load transfer, so no budget: the module a reader fetches on reaching the
// analyses (or on CSV, print, embed), printed so it stays in view.
const fullWasm = built('pkg-full/longgang_sim_bg.wasm');

let over = 0;
const kb = (bytes) => (bytes / KB).toFixed(1);
for (const [name, size, brotli, budget, measure] of figures) {
  const judged = measure === 'brotli' ? brotli : size;
  const verdict = judged <= budget ? 'ok' : 'OVER BUDGET';
  if (judged > budget) over += 1;
  console.log(`${name}: ${kb(size)} KB gzip, ${kb(brotli)} KB brotli; budget ${(budget / KB).toFixed(0)} KB ${measure} — ${verdict}`);
}
if (existsSync(fullWasm)) {
  const [size, brotli] = sizes([fullWasm, built('pkg-full/longgang_sim.js')]);
  console.log(`full module with its glue, fetched only when a reader needs it: ${kb(size)} KB gzip, ${kb(brotli)} KB brotli — no budget`);
}
if (over) {
  console.error(`budget: ${over} figure(s) over budget`);
  process.exit(1);
}
