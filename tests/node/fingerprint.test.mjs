// The production bundle (.ci/fingerprint.mjs): hashed names are the hashes of the files'
// final bytes, every reference in the built site resolves and none names a file by its old
// name, published names stay, a dangling reference fails the build, a cycle is hashed as
// one, and the .br/.gz copies decompress to the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress, fingerprint } from '../../.ci/fingerprint.mjs';

const built = join(import.meta.dirname, '..', '..', 'target', 'site');
const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

/** A site of `files` ({ path: text }) in a directory of its own. */
function site(files) {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function list(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? list(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

const small = () => site({
  'index.html': '<!doctype html><link rel="stylesheet" href="app.css"><link rel="modulepreload" href="js/util.js"><script type="module" src="js/main.js"></script><a href="#top">top</a><a href="https://example.org/x.js">x</a>',
  'app.css': 'body{background:url("img/dot.svg")}',
  'img/dot.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'js/main.js': 'import{u}from"./util.js";const w=new Worker(new URL("./worker.js",import.meta.url),{type:"module"});fetch(new URL("../data/table.json",import.meta.url));import("./later.js");',
  'js/util.js': 'export const u=1;',
  'js/worker.js': 'import"./util.js";',
  'js/later.js': 'export default new URL("embed.css",base);',
  'data/table.json': '{"a":1}',
  'embed.css': 'p{color:red}',
  'embed.js': 'import(new URL("js/util.js",base).href)',
});

test('leaves are hashed first and every name is the hash of the final bytes', () => {
  const root = small();
  const manifest = fingerprint(root);
  for (const [original, hashed] of Object.entries(manifest.files)) {
    assert.match(hashed, /\.[0-9a-f]{10}\.[a-z]+$/, original);
    assert.equal(hashed.replace(/\.[0-9a-f]{10}(\.[a-z]+)$/, '$1'), original);
    assert.equal(hashed.match(/\.([0-9a-f]{10})\.[a-z]+$/)[1], hashOf(readFileSync(join(root, hashed))), hashed);
    assert.equal(existsSync(join(root, original)), false, `${original} is gone`);
  }
  assert.deepEqual(Object.keys(manifest.files).sort(), ['app.css', 'data/table.json', 'embed.css', 'js/later.js', 'js/main.js', 'js/util.js', 'js/worker.js']);
  assert.deepEqual(manifest.stable, ['embed.js', 'img/dot.svg', 'index.html']);
  assert.match(manifest.version, /^[0-9a-f]{10}$/);
  assert.deepEqual(JSON.parse(readFileSync(join(root, 'asset-manifest.json'), 'utf8')), manifest);
  const { files } = manifest;
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  assert.ok(html.includes(`href="${files['app.css']}"`) && html.includes(`src="${files['js/main.js']}"`) && html.includes(`href="${files['js/util.js']}"`));
  assert.ok(html.includes('href="https://example.org/x.js"'), 'addresses elsewhere stay');
  const main = readFileSync(join(root, files['js/main.js']), 'utf8');
  for (const name of ['util', 'worker', 'later']) assert.ok(main.includes(`"./${files[`js/${name}.js`].slice(3)}"`), name);
  assert.ok(main.includes(`"../${files['data/table.json']}"`));
  // A name not beside the script is the site root's (embed.js hands its directory on).
  assert.ok(readFileSync(join(root, files['js/later.js']), 'utf8').includes(`"${files['embed.css']}"`));
  assert.ok(readFileSync(join(root, 'embed.js'), 'utf8').includes(`"${files['js/util.js']}"`));
});

test('a change to a leaf renames everything that loads it, and nothing else', () => {
  const a = fingerprint(small());
  const root = small();
  writeFileSync(join(root, 'js', 'util.js'), 'export const u=2;');
  const b = fingerprint(root);
  for (const name of ['js/util.js', 'js/worker.js', 'js/main.js', 'js/later.js']) {
    assert.equal(a.files[name] === b.files[name], name === 'js/later.js', name);
  }
  assert.equal(a.files['app.css'], b.files['app.css']);
  assert.notEqual(a.version, b.version);
});

test('a reference to a missing file fails the build, naming it', () => {
  for (const [path, text] of [
    ['index.html', '<script type="module" src="js/gone.js"></script>'],
    ['js/main.js', 'import"./gone.js";'],
    ['js/main.js', 'fetch(new URL("../gone.json",import.meta.url))'],
    ['app.css', 'p{background:url(gone.png)}'],
  ]) {
    const root = site({ 'index.html': '<link rel="stylesheet" href="app.css"><script type="module" src="js/main.js"></script>', 'js/main.js': '', 'app.css': '', [path]: text });
    assert.throws(() => fingerprint(root), new RegExp(`${path.replace('.', '\\.')}: "[^"]*gone\\.[a-z]+" names no file of the site`));
  }
});

test('files that name each other get one hash, which any change to either changes', () => {
  const cycle = (text) => site({
    'index.html': '<script type="module" src="js/strings.js"></script>',
    'js/strings.js': 'export const add=()=>{};const en=()=>import("./strings-en.js");',
    'js/strings-en.js': `import{add}from"./strings.js";add(${JSON.stringify(text)});`,
  });
  const root = cycle('hello');
  const { files } = fingerprint(root);
  const hash = (path) => path.match(/\.([0-9a-f]{10})\.js$/)[1];
  assert.equal(hash(files['js/strings.js']), hash(files['js/strings-en.js']));
  assert.ok(readFileSync(join(root, files['js/strings.js']), 'utf8').includes(`"./${files['js/strings-en.js'].slice(3)}"`));
  assert.ok(readFileSync(join(root, files['js/strings-en.js']), 'utf8').includes(`"./${files['js/strings.js'].slice(3)}"`));
  const changed = fingerprint(cycle('hello!')).files;
  assert.notEqual(changed['js/strings.js'], files['js/strings.js']);
  assert.notEqual(changed['js/strings-en.js'], files['js/strings-en.js']);
});

test('.br and .gz copies decompress to the files, and are left out where they do not help', () => {
  const root = small();
  fingerprint(root);
  writeFileSync(join(root, 'tiny.txt'), 'a');
  compress(root);
  const files = list(root);
  const copies = files.filter((path) => /\.(br|gz)$/.test(path));
  assert.ok(copies.length >= 4);
  for (const copy of copies) {
    const original = readFileSync(join(root, copy.replace(/\.(br|gz)$/, '')));
    const packed = readFileSync(join(root, copy));
    assert.deepEqual(copy.endsWith('.br') ? brotliDecompressSync(packed) : gunzipSync(packed), original, copy);
    assert.ok(packed.length < original.length, copy);
  }
  assert.equal(files.includes('tiny.txt.br') || files.includes('tiny.txt.gz'), false);
});

// The built site (bash .ci/build); checked inside the tests, so this file loads without it.
const siteBuilt = () => existsSync(join(built, 'asset-manifest.json'));

test('in the built site every reference resolves and none names an old name', { skip: siteBuilt() ? false : 'no built site (bash .ci/build)' }, () => {
  const manifest = JSON.parse(readFileSync(join(built, 'asset-manifest.json'), 'utf8'));
  const files = list(built).filter((path) => !/\.(br|gz)$/.test(path));
  const originals = Object.keys(manifest.files);
  for (const [original, hashed] of Object.entries(manifest.files)) {
    assert.ok(files.includes(hashed), `${hashed} exists`);
    assert.equal(files.includes(original), false, `${original} is gone`);
  }
  for (const stable of ['index.html', 'embed.html', 'embed.js', 'embed-resize.js', 'favicon.svg']) assert.ok(manifest.stable.includes(stable), stable);
  for (const name of ['js/main.js', 'js/mc-worker.js', 'pkg/longgang_sim.js', 'pkg/longgang_sim_bg.wasm', 'pkg/dataset.json', 'pkg/sources.json', 'pkg-full/longgang_sim_bg.wasm', 'more.css', 'app.css']) {
    assert.ok(manifest.files[name], `${name} is hashed`);
  }
  // Every quoted name in a page, script or stylesheet that is one of the site's files
  // under its old name would be a miss in production.
  for (const path of files.filter((p) => /\.(html|js|css)$/.test(p))) {
    const text = readFileSync(join(built, path), 'utf8');
    for (const original of originals) {
      const name = original.split('/').pop().replace(/[.]/g, '\\.');
      assert.doesNotMatch(text, new RegExp(`["'\`/(]${name}["'\`?#)]`), `${path} names ${original}`);
    }
  }
  // And fingerprinting the built site again finds nothing dangling (it would throw).
  const copy = mkdtempSync(join(tmpdir(), 'fingerprint-built-'));
  for (const path of files) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), readFileSync(join(built, path)));
  }
  assert.doesNotThrow(() => fingerprint(copy));
});

test('the service worker and the app manifest may be written after fingerprinting, not never', () => {
  const root = site({
    'index.html': '<link rel="manifest" href="manifest.webmanifest"><script type="module" src="js/main.js"></script>',
    'js/main.js': 'navigator.serviceWorker.register(new URL("../sw.js",import.meta.url));',
  });
  fingerprint(root);
  assert.throws(() => compress(root), /names no file of the site/);
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch",()=>{});');
  writeFileSync(join(root, 'manifest.webmanifest'), '{"icons":[{"src":"favicon.svg"}]}');
  assert.throws(() => compress(root), /manifest\.webmanifest: "favicon\.svg" names no file/);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  assert.doesNotThrow(() => compress(root));
});
