// The production bundle's last steps, run by .ci/site.mjs on the written site:
// `fingerprint(site)` gives every script, stylesheet, worker, WASM and JSON file a name with
// the hash of its bytes (js/main.js → js/main.3f2a9c1b7d.js), so a server may tell browsers
// to keep them for a year (a changed file is a new URL), and rewrites every reference to
// them; `compress(site)` writes the .br and .gz copies nginx serves as they are
// (brotli_static, gzip_static), so no request waits for compression.
// Files whose URLs are published or conventional (pages, the embed loader and listener,
// the service worker, the web app manifest, icons and images) keep their names; the
// server short-caches them. asset-manifest.json records both kinds, for the service worker.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { basename, dirname, extname, join, posix, relative, sep } from 'node:path';

/** Files of these types get hashed names, unless their URL is published (STABLE_PATHS). */
const HASHED_TYPES = new Set(['.js', '.mjs', '.css', '.wasm', '.json']);
/** Site paths that keep their names although their type is hashed. */
const STABLE_PATHS = new Set(['embed.js', 'embed-resize.js', 'sw.js', 'asset-manifest.json']);
/** Types whose files keep their names: pages, the app manifest, icons, images, texts. */
const STABLE_TYPES = new Set(['.html', '.webmanifest', '.svg', '.png', '.ico', '.jpg', '.webp', '.txt', '.xml']);
/**
 * Stable files a later build step writes (the service worker and the app manifest it
 * caches): a reference to one is let through here and checked by compress(), which runs
 * after every step.
 */
const WRITTEN_LATER = new Set(['sw.js', 'manifest.webmanifest']);
/** Types compress() writes .br and .gz copies for. */
const COMPRESSED_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt', '.map', '.wasm']);
/** Hex digits of the hash in a name: 40 bits, far more than a site's files need to stay apart. */
const HASH_LENGTH = 10;

const sha = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, HASH_LENGTH);
};

/** Every file under `dir` (site-relative, with /), leaving out dot files and compressed copies. */
function siteFiles(site, dir = site) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...siteFiles(site, path));
    else if (!/\.(br|gz)$/.test(name)) out.push(relative(site, path).split(sep).join('/'));
  }
  return out.sort();
}

/** A reference's site path, from the site path of the file it is in ('/x' from the root). */
const posixJoin = (dir, spec) => (spec.startsWith('/') ? posix.normalize(spec.slice(1)) : posix.join(dir, spec));

const isHashed = (path) => HASHED_TYPES.has(extname(path)) && !STABLE_PATHS.has(path);
const isStable = (path) => STABLE_TYPES.has(extname(path)) || STABLE_PATHS.has(path);

/** `dir/name.ext` → `dir/name.<hash>.ext`. */
const hashedName = (path, hash) => path.replace(/(\.[^./]+)$/, `.${hash}$1`);

/**
 * The references in a file's text that name other files of the site: `{ start, end, spec,
 * rootFallback }`, where `spec` is the text between `start` and `end`. In pages, `src` and
 * `href` (preload links included); in scripts, import specifiers (static and dynamic) and
 * `new URL('…', base)`; in stylesheets, `url()` and `@import`; in the app manifest, icons.
 */
function references(path, text) {
  const found = [];
  // Every pattern has the `d` flag: match.indices gives where the specifier sits.
  const add = (match, group, rootFallback = false) => {
    const [start, end] = match.indices[group];
    found.push({ start, end, spec: match[group], rootFallback });
  };
  const type = extname(path);
  if (type === '.html') {
    for (const m of text.matchAll(/\s(?:src|href)\s*=\s*(["'])([^"']*)\1/dgi)) add(m, 2);
  } else if (type === '.js' || type === '.mjs') {
    // import … from "x", import "x", export … from "x" (written out or minified).
    for (const m of text.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/dg)) add(m, 2);
    for (const m of text.matchAll(/\bimport\(\s*(["'`])([^"'`$\n]+)\1\s*\)/dg)) add(m, 2);
    // new URL("x", import.meta.url) is relative to the script. Any other base in this code is
    // the site's own root (embed.js hands its directory to the widget and the dialog), so a
    // name not found beside the script is looked for there.
    for (const m of text.matchAll(/\bnew URL\(\s*(["'`])([^"'`$\n]+)\1\s*,\s*([\w$.]+)\s*\)/dg)) add(m, 2, m[3] !== 'import.meta.url');
  } else if (type === '.css') {
    for (const m of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/dg)) add(m, 2);
    for (const m of text.matchAll(/@import\s*(["'])([^"']+)\1/dg)) add(m, 2);
  } else if (type === '.webmanifest') {
    for (const m of text.matchAll(/"src"\s*:\s*"([^"]+)"/dg)) add(m, 1);
  }
  // Addresses elsewhere, fragments and data are not files of the site.
  return found.filter(({ spec }) => spec !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(spec));
}

/** The site file a reference names (a directory names its index.html), or null. */
function resolveReference(site, from, spec, rootFallback) {
  const path = spec.replace(/[?#].*$/, '');
  const candidates = [path.startsWith('/') ? join(site, path) : join(site, dirname(from), path)];
  if (rootFallback) candidates.push(join(site, path));
  for (let candidate of candidates) {
    if (candidate !== site && !candidate.startsWith(site + sep)) continue;
    if (existsSync(candidate) && statSync(candidate).isDirectory()) candidate = join(candidate, 'index.html');
    if (existsSync(candidate)) return relative(site, candidate).split(sep).join('/');
  }
  return null;
}

/**
 * Renames every hashed-type file of the site to its content-hashed name, rewrites every
 * reference, writes asset-manifest.json and returns it:
 * `{ version, files: { original: hashed }, stable: [paths] }`. Fails on a reference to a
 * file the site does not have. Files are hashed after the files they name (leaves first),
 * so a name changes whenever anything it loads changes. Files that name each other (a
 * module that imports, on demand, a module importing it back, such as esbuild's chunks)
 * cannot each hash the other's final
 * name; such a cycle is hashed as one: all its files get the hash of all their bytes, so a
 * change to any of them renames them all.
 */
export function fingerprint(site) {
  const all = siteFiles(site).filter((path) => path !== 'asset-manifest.json');
  const scanned = scan(site, all, WRITTEN_LATER);

  // Tarjan's algorithm: strongly connected components of "names a hashed file", each one
  // emitted after every component it reaches, which is the order to hash them in.
  const edges = (path) => [...new Set((scanned.get(path)?.refs ?? []).map((r) => r.target).filter(isHashed))];
  const order = [];
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const visit = (path) => {
    index.set(path, index.size);
    low.set(path, index.get(path));
    stack.push(path);
    onStack.add(path);
    for (const next of edges(path)) {
      if (!index.has(next)) {
        visit(next);
        low.set(path, Math.min(low.get(path), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(path, Math.min(low.get(path), index.get(next)));
      }
    }
    if (low.get(path) === index.get(path)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== path);
      order.push(component.sort());
    }
  };
  for (const path of all) if (!index.has(path)) visit(path);

  const names = new Map();
  const nameOf = (path) => names.get(path) ?? path;
  /** A file's text with its references rewritten, those into `keep` left as they are. */
  const rewritten = (path, keep = new Set()) => {
    const { text, refs } = scanned.get(path);
    let out = '';
    let at = 0;
    for (const ref of [...refs].sort((a, b) => a.start - b.start)) {
      // Stable names (pages, a directory's index, embed.js) stay as they are written.
      if (keep.has(ref.target) || !names.has(ref.target)) continue;
      const renamed = basename(nameOf(ref.target));
      const spec = ref.spec.replace(/[^/?#]+(?=[?#]|$)/, renamed);
      out += text.slice(at, ref.start) + spec;
      at = ref.end;
    }
    return out + text.slice(at);
  };
  const bytes = (path, keep) => (scanned.has(path) ? Buffer.from(rewritten(path, keep)) : readFileSync(join(site, path)));

  for (const component of order) {
    const members = new Set(component);
    if (component.length === 1 && !edges(component[0]).includes(component[0])) {
      const [path] = component;
      const content = bytes(path);
      if (isHashed(path)) names.set(path, hashedName(path, sha(content)));
      writeOut(site, path, nameOf(path), content);
      continue;
    }
    // A cycle: one hash over every member's bytes, references inside the cycle as written.
    const hash = sha(...component.flatMap((path) => [path, '\0', bytes(path, members), '\0']));
    for (const path of component) names.set(path, hashedName(path, hash));
    for (const path of component) writeOut(site, path, nameOf(path), bytes(path));
  }

  const files = Object.fromEntries([...names].sort(([a], [b]) => a.localeCompare(b)));
  const stable = all.filter((path) => !names.has(path) && isStable(path));
  const finalNames = siteFiles(site).filter((path) => path !== 'asset-manifest.json');
  const version = sha(finalNames.join('\n'), '\0', ...stable.flatMap((path) => [path, '\0', readFileSync(join(site, path)), '\0']));
  const manifest = { version, files, stable };
  writeFileSync(join(site, 'asset-manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/**
 * The references of every page, script, stylesheet and app manifest among `paths`, each
 * with the site file it names: `Map(path → { text, refs })`. Throws, listing them all, if
 * any names no file of the site (but one of `later`, which a later step writes).
 */
function scan(site, paths, later = new Set()) {
  const scanned = new Map();
  const problems = [];
  for (const path of paths) {
    if (!['.html', '.js', '.mjs', '.css', '.webmanifest'].includes(extname(path))) continue;
    const text = readFileSync(join(site, path), 'utf8');
    const refs = [];
    for (const ref of references(path, text)) {
      const target = resolveReference(site, path, ref.spec, ref.rootFallback);
      if (target) refs.push({ ...ref, target });
      else if (!later.has(posixJoin(dirname(path), ref.spec.replace(/[?#].*$/, '')))) problems.push(`${path}: "${ref.spec}" names no file of the site`);
    }
    scanned.set(path, { text, refs });
  }
  if (problems.length) throw new Error(`fingerprint: ${problems.length} broken reference(s):\n  ${problems.join('\n  ')}`);
  return scanned;
}

/** Writes a file's final bytes under its final name, removing the original name. */
function writeOut(site, from, to, content) {
  writeFileSync(join(site, from), content);
  if (from !== to) renameSync(join(site, from), join(site, to));
}

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip -9) beside every text file and
 * WASM file of the site, where they are smaller than the file. Runs last: after this, a
 * change to a file would leave its compressed copies stale.
 */
export function compress(site) {
  // Everything is written now, the files fingerprint() let through included.
  scan(site, siteFiles(site));
  let written = 0;
  for (const path of siteFiles(site)) {
    const type = extname(path);
    if (!COMPRESSED_TYPES.has(type)) continue;
    const file = join(site, path);
    const content = readFileSync(file);
    const br = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: type === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gz = gzipSync(content, { level: 9 });
    for (const [ext, packed] of [['.br', br], ['.gz', gz]]) {
      // A copy no smaller than the file only costs the server a lookup and the reader nothing.
      if (packed.length >= content.length) continue;
      writeFileSync(file + ext, packed);
      written += 1;
    }
  }
  return written;
}

/** The built site's name for an original path (itself for a stable file), from its manifest. */
export function assetPath(site, original) {
  const manifest = JSON.parse(readFileSync(join(site, 'asset-manifest.json'), 'utf8'));
  return manifest.files[original] ?? original;
}
