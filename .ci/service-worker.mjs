// Writes the site's service worker, sw.js at the site root (its scope is the whole site),
// from the readable source www/sw.js: fills in this deployment's version and files, minifies
// it, and tags every page with the version (<meta name="version">), which is how the
// worker tells this deployment's HTML from another's (the test server, and some hosts, add
// to the HTML, so its bytes cannot be compared).
// With the fingerprinted site's asset-manifest.json ({ version, files, stable }) the files
// are the manifest's, and content-hashed names may come from the HTTP cache; without one
// every file is unhashed and always revalidated. Either way the version is a hash of every
// cached file's contents, the pages included, so any change to a cached byte is a new
// version (the manifest's own version covers only the fingerprinted files).
// Usage (from .ci/site.mjs, after fingerprinting, before compression):
//   await writeServiceWorker(site, manifest)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transform } from 'esbuild';

const SOURCE = join(import.meta.dirname, '..', 'www', 'sw.js');
const PLACEHOLDER = '__LONGGANG_BUILD__';

// Never cached: the worker itself, the fingerprint table, type declarations, compressed
// copies, the examples and the resize listener (both for other sites' pages, which this
// worker never controls) and the share card (read by link previews, not by the page).
const SKIP = [/^sw\.js$/, /^asset-manifest\.json$/, /\.d\.ts$/, /(^|\/)\.gitignore$/, /\.(br|gz|map)$/, /^examples\//, /^embed-resize\.js$/, /^og\.png$/];
// Cached when first used rather than at install: the full module (glue and WASM, ~110 KB
// gzip), which most readers never load (only the analyses, print, CSV and the embed dialog
// need it). Precaching it would make every visitor download it; a reader who has used the
// analyses once has them offline from then on.
const LAZY = /^pkg-full\//;

/** Every file under a directory, as a path relative to it with forward slashes. */
function* walk(dir, root = dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path, root);
    else yield relative(root, path).split(sep).join('/');
  }
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes `site`/sw.js for the site as it now is; `manifest` is the fingerprinting's
 * asset-manifest.json, or null for an unhashed site. Returns what the worker was given.
 */
export async function writeServiceWorker(site, manifest = null) {
  const source = readFileSync(SOURCE, 'utf8');
  if (source.split(PLACEHOLDER).length !== 2) throw new Error(`www/sw.js: expected ${PLACEHOLDER} exactly once`);
  const listed = manifest ? [...Object.values(manifest.files), ...manifest.stable] : [...walk(site)];
  const paths = [...new Set(listed)].filter((path) => !SKIP.some((skip) => skip.test(path)) && existsSync(join(site, path))).sort();
  const build = { version: '', pages: [], precache: {}, lazy: {}, hashed: [] };
  const whole = createHash('sha256');
  for (const path of paths) {
    const bytes = readFileSync(join(site, path));
    const digest = sha256(bytes).slice(0, 16);
    whole.update(`${path} ${digest}\n`);
    // A page a reader navigates to (fallback-en.html is a fragment the page fetches).
    if (path.endsWith('.html') && /<head>/i.test(bytes.toString('utf8'))) build.pages.push(path);
    else (LAZY.test(path) ? build.lazy : build.precache)[path] = digest;
    if (manifest && !manifest.stable.includes(path)) build.hashed.push(path);
  }
  build.version = whole.digest('hex').slice(0, 10);

  for (const path of build.pages) {
    const html = readFileSync(join(site, path), 'utf8');
    const tagged = html.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n<meta name="version" content="${build.version}">`);
    if (tagged === html) throw new Error(`${path}: no <meta charset="utf-8"> to put the version after`);
    writeFileSync(join(site, path), tagged);
  }

  const { code } = await transform(source.replace(PLACEHOLDER, JSON.stringify(build)), { loader: 'js', minify: true, legalComments: 'none' });
  writeFileSync(join(site, 'sw.js'), code);
  return build;
}
