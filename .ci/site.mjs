// Writes the site that is served and measured: a copy of www/ (with the WASM packages the
// build put there, and the dataset file the page reads) in target/site, every JavaScript and CSS file minified on its own by
// esbuild. Paths and file names stay as they are, so every relative import, worker URL and
// `import.meta.url` lookup works unchanged; the readable sources stay in www/.
// Then the page's own scripts are bundled: js/main.js becomes one file with what the first
// table needs, plus chunks (in js/, so relative paths still hold) for what it imports on
// demand, and index.html preloads exactly the files the bundle imports.
// Last, the service worker (.ci/service-worker.mjs) is written for the finished site.
// Usage: node .ci/site.mjs [--out DIR]
// `--out` writes the site elsewhere than target/site. BUILD_LABEL=text stamps a comment
// with the label into every script and stylesheet and a <meta name="build-label"> into every
// page, so two builds of the same sources differ (the deployment test serves two such).
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { build, transform } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { compress, fingerprint } from './fingerprint.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { writePageStrings, pageLanguages as pageLanguageList, datasetFile } from './page-strings.mjs';

const source = join(import.meta.dirname, '..', 'www');
const out = process.argv.indexOf('--out');
const site = out > 0 ? resolve(process.argv[out + 1]) : join(import.meta.dirname, '..', 'target', 'site');
const label = process.env.BUILD_LABEL;
const banner = label ? `/* build: ${label.replaceAll('*/', '')} */` : '';

// The page's words, from the catalogues: one module per language and part in www/js/lang/.
const languages = writePageStrings();
rmSync(site, { recursive: true, force: true });
cpSync(source, site, { recursive: true });
// The embed loader's one sentence (that the widget failed to load), in every language, by
// lower-case tag and alias ('' for the default): the loader needs no other file for it.
const loaderWords = {};
for (const [i, { tag, aliases, texts }] of languages.entries()) {
  for (const name of [...(i === 0 ? [''] : []), tag, ...aliases]) loaderWords[name.toLowerCase()] = texts['ui.embed.loadFailedShort'];
}
const loaderSource = readFileSync(join(site, "embed.js"), "utf8");
if (!loaderSource.includes('/* loader words */ {}')) throw new Error('embed.js: no loader words to fill');
writeFileSync(join(site, 'embed.js'), loaderSource.replace("/* loader words */ {}", JSON.stringify(loaderWords)));

// The dataset as the page reads it, written by the full module so it is exactly what that
// module's `dataset()` gives: `pkg/dataset.json` without the other targets (the page fetches
// them from the full module when their panel is opened) and without the report's sentences
// behind each indicator's numbers, which are in `pkg/sources.json`, fetched when a reader
// first opens a row's sources.
const full = await import(join(site, 'pkg-full', 'longgang_sim.js'));
full.initSync({ module: readFileSync(join(site, 'pkg-full', 'longgang_sim_bg.wasm')) });
// The page never reads the other targets (the full module has them) nor the derived
// figures' declarations (the projection module computes the figures from its own copy).
const { otherTargets, derived, ...pageDataset } = full.dataset();
// The dataset's texts are maps of language tag to text, in every language of the core's
// catalogues (seeds/lang); the page loads them before a slider works, so each language's
// page gets a file of its own with its language's texts and the report's (its title, cited
// verbatim): pkg/dataset.json for the default language, pkg/dataset.<tag>.json for the others.
const { PAGES, pageLanguages } = await import('./prerender.mjs');
const { report } = pageLanguageList();
Object.assign(pageDataset, pageLanguages(pageDataset));
const sources = {};
for (const indicator of pageDataset.indicators) {
  sources[indicator.id] = {};
  for (const key of ['base', 'baseGrowth', 'target', 'levelMissing']) {
    if (indicator[key]?.quote) sources[indicator.id][key] = indicator[key].quote;
  }
}
// Where the report says an indicator missed its base-year target, its reason (its sentence
// and the reason in plain words, in every language) is read with those sentences, when a
// reader first opens it. The page's dataset keeps of the account only which indicators
// missed, which the table shows before then; the panel that sums the account up reads it
// whole from the full module.
if (pageDataset.baseAccount) {
  for (const { of, quote, why } of pageDataset.baseAccount.shortfalls) {
    for (const id of of) sources[id].shortfall = { quote, why };
  }
  pageDataset.baseAccount = { shortfalls: pageDataset.baseAccount.shortfalls.map(({ of }) => ({ of })) };
}
// A language's dataset file leaves out every report sentence (the indicators' are in
// sources.json, fetched when a reader opens a row's sources; no script reads the others
// from it), the fields no script reads (the schema version and the edition, which the
// projection module has; the report's file name; each indicator's price basis and sector
// flag, its stand-in's rule and the why of a missing level, each preset's base and offset
// and the deflator's default, which the module computes with or the catalogues word; the
// key-project plan's id and name, which the catalogues word too) and, for languages that
// do not show figures in them (their catalogue's `ui.figures` is not `scaled`), the
// English forms `shortEn`, `enAmount`, `enShift`, `enScale`.
const UNREAD = new Set(['quote', 'schemaVersion', 'edition', 'file', 'priceBasis', 'sector', 'offsetPoints', 'default']);
for (const indicator of pageDataset.indicators) {
  // Whether there is one is what the page reads of these.
  if (indicator.levelMissing) indicator.levelMissing = {};
  if (indicator.standIn) indicator.standIn = { why: indicator.standIn.why };
}
delete pageDataset.keyProjects.id;
delete pageDataset.keyProjects.name;
for (const preset of pageDataset.presets) delete preset.base;
/** @param {unknown} value @param {boolean} scaled */
const pageFile = (value, scaled) => JSON.parse(JSON.stringify(value, (key, item) => (UNREAD.has(key) || (!scaled && /^(shortEn|en[A-Z]\w*)$/.test(key)) ? undefined : item)));
for (const [i, { tag, texts }] of languages.entries()) {
  const file = pageFile(pageLanguages(pageDataset, [...new Set([report, tag])]), texts['ui.figures'] === 'scaled');
  writeFileSync(join(site, datasetFile(i, tag)), JSON.stringify(file));
}
writeFileSync(join(site, 'pkg', 'sources.json'), JSON.stringify(sources));


// The official scenario's page, prerendered by the page's own views with the module it
// loads, in each language the page offers (index.html, index.zh-Hant.html, index.en.html). Readers see it before any script runs, and where none can.
const { prerenderPages, prerenderFrame } = await import('./prerender.mjs');
await prerenderPages(site, { sources });
prerenderFrame(site, full, new URL(process.env.SITE_URL ?? 'http://127.0.0.1:8000/').href);

// What a link to the page shows in a chat or a feed: the official scenario's share card as
// og.png (the core's SVG, drawn here with resvg and the machine's CJK font), a touch icon
// from the favicon, and absolute addresses for both. SITE_URL is where the site is served
// (see Deploy in the README).
const siteUrl = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:8000/').href;
const draw = (svgText, width) => new Resvg(svgText, {
  fitTo: { mode: 'width', value: width },
  background: '#ffffff',
  font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei' },
}).render().asPng();
const card = full.cardSvg(full.presetScenario('official'), 'zh', siteUrl);
writeFileSync(join(site, 'og.png'), draw(card, 1080));
const [, cardHeight] = card.match(/height="(\d+)"/) ?? [];
const favicon = readFileSync(join(site, 'favicon.svg'), 'utf8');
writeFileSync(join(site, 'apple-touch-icon.png'), draw(favicon, 180));
// The web app manifest's icons; the maskable one is the mark on a full square of its blue,
// inside the central circle a launcher may crop it to.
writeFileSync(join(site, 'icon-192.png'), draw(favicon, 192));
writeFileSync(join(site, 'icon-512.png'), draw(favicon, 512));
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5cad"/>${favicon.replace('<svg ', '<svg x="4" y="4" width="24" height="24" ')}</svg>`;
writeFileSync(join(site, 'icon-maskable-512.png'), draw(maskable, 512));
const pages = Object.values(PAGES).map((page) => join(site, page.file));
for (const page of pages) {
  const withMeta = readFileSync(page, 'utf8').replaceAll('{{SITE_URL}}', siteUrl).replaceAll('{{OG_HEIGHT}}', cardHeight);
  if (withMeta.includes('{{')) throw new Error(`${basename(page)}: a placeholder was left unfilled`);
  writeFileSync(page, withMeta);
}

/** Every file under a directory. */
function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let before = 0;
let after = 0;
for (const file of files(site)) {
  const loader = { '.js': 'js', '.mjs': 'js', '.css': 'css' }[extname(file)];
  if (!loader) continue;
  const code = readFileSync(file, 'utf8');
  // Imports, exports and top-level names stay; whitespace, comments and local names go.
  // Chinese as UTF-8, not as \u escapes (six bytes a character, which compress worse):
  // module scripts and workers are always read as UTF-8, and the server says so for the rest.
  const result = await transform(code, { loader, minify: true, legalComments: 'none', banner, charset: 'utf8' });
  writeFileSync(file, result.code);
  before += code.length;
  after += result.code.length;
}
const bundle = await build({
  entryPoints: [join(source, 'js', 'main.js')],
  outdir: join(site, 'js'),
  bundle: true,
  splitting: true,
  charset: 'utf8',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  banner: { js: banner },
  allowOverwrite: true,
  metafile: true,
  chunkNames: '[name]-[hash]',
  // The WASM glue, the embed loader and the service worker's registration (shared with
  // the iframe widget) stay separate files at their usual paths.
  external: ['../pkg/*', '../pkg-full/*', '../embed.js', './offline.js'],
});
// The page's own entry: the modules it imports on demand are entry points too.
const main = Object.entries(bundle.metafile.outputs).find(([, output]) => output.entryPoint?.endsWith('js/main.js'));
const preloads = main[1].imports.filter((i) => i.kind === 'import-statement').map((i) => (i.external ? i.path.replace('../', '') : `js/${basename(i.path)}`));
// Not js/main.js itself: the module script already fetches it, and Firefox reports a
// modulepreload of a module that is already loading as a failed load.
const links = preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('\n');
// Each page also preloads its own language's words (a chunk the bundle imports on demand,
// so that no page downloads another language's words).
const wordsChunk = (tag) => {
  const found = Object.entries(bundle.metafile.outputs).find(([, output]) => output.entryPoint?.endsWith(`js/lang/${tag}.js`));
  if (!found) throw new Error(`no bundled chunk for js/lang/${tag}.js`);
  return `js/${basename(found[0])}`;
};
for (const [tag, { file }] of Object.entries(PAGES)) {
  const page = join(site, file);
  const html = readFileSync(page, 'utf8');
  const rewritten = html.replace(/(<link rel="modulepreload" href="[^"]+">\n)+/, `${links}\n<link rel="modulepreload" href="${wordsChunk(tag)}">\n`)
    .replace('href="pkg/dataset.json"', `href="${datasetFile(Object.keys(PAGES).indexOf(tag), tag)}"`);
  if (rewritten === html) throw new Error(`${basename(page)}: no modulepreload links to replace`);
  writeFileSync(page, rewritten);
}
if (label) {
  for (const file of files(site)) {
    if (extname(file) !== '.html' || file.includes(`${join(site, 'examples')}`)) continue;
    const page = readFileSync(file, 'utf8');
    writeFileSync(file, page.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n<meta name="build-label" content="${label.replace(/[^\w.-]/g, '')}">`));
  }
}
console.log(`site: ${relative(process.cwd(), site) || '.'} written; JavaScript and CSS minified from ${before} to ${after} bytes; js/main.js bundled, preloading ${preloads.join(', ')}`);

// The production bundle: content-hashed names for every script, stylesheet, worker, WASM
// and data file (pages, the embed loader and icons keep theirs); the service worker, which
// reads the manifest for what to cache; then precompressed copies for the server.
// Compression runs last, after anything else that writes into the site.
const manifest = fingerprint(site);
const worker = await writeServiceWorker(site, manifest);
const compressed = compress(site);
console.log(`site: ${Object.keys(manifest.files).length} files fingerprinted (version ${manifest.version}), sw.js for version ${worker.version}, ${compressed} compressed copies written`);
