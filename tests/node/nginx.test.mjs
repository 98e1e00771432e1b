// The shipped nginx configuration (.ci/nginx/site.conf, started by .ci/nginx.mjs as a
// newsroom would run it) against the built site: MIME types, the security headers on every
// kind of file (nginx drops a server's add_header in any location that has its own), the
// frame rules of the page and of embed.html, cache lifetimes of hashed and published names,
// the precompressed copies, the language of /, and the 404. Skipped, saying why, only
// where nginx is not installed (the test command installs it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { nginxAvailable, startNginx } from '../../.ci/nginx.mjs';

const site = join(import.meta.dirname, '..', '..', 'target', 'site');
const skip = nginxAvailable() ? false : 'nginx or its brotli static module is not installed (bash .ci/install installs them)';
const PORT = 8470 + (process.pid % 20);
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:";

let server = null;
let files = null;
before(async () => {
  if (skip) return;
  files = JSON.parse(readFileSync(join(site, 'asset-manifest.json'), 'utf8')).files;
  server = await startNginx({ root: site, port: PORT });
});
after(() => server?.stop());

/** One request with exactly the headers given (fetch would add Accept-Encoding and decode). */
function get(path, headers = {}, port = PORT) {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

/** One path of every kind the site serves, with the type it must be served as. */
const kinds = () => [
  ['/', 'text/html; charset=utf-8'],
  ['/index.html', 'text/html; charset=utf-8'],
  ['/embed.html', 'text/html; charset=utf-8'],
  ['/examples/article.html', 'text/html; charset=utf-8'],
  [`/${files['js/main.js']}`, 'application/javascript; charset=utf-8'],
  ['/embed.js', 'application/javascript; charset=utf-8'],
  [`/${files['app.css']}`, 'text/css; charset=utf-8'],
  [`/${files['pkg/longgang_sim_bg.wasm']}`, 'application/wasm'],
  [`/${files['pkg/dataset.json']}`, 'application/json; charset=utf-8'],
  ['/asset-manifest.json', 'application/json; charset=utf-8'],
  ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
  ['/og.png', 'image/png'],
  ...(existsSync(join(site, 'manifest.webmanifest')) ? [['/manifest.webmanifest', 'application/manifest+json; charset=utf-8']] : []),
];

test('every kind of file has its MIME type and every header', { skip }, async () => {
  for (const [path, type] of [...kinds(), ['/missing.js', 'text/plain; charset=utf-8']]) {
    const { headers, status } = await get(path);
    assert.equal(headers['content-type'], type, path);
    assert.match(headers['content-security-policy'] ?? '', new RegExp(`^${STRICT.replace(/[()*+.?[\]^$|\\]/g, '\\$&')}`), path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
    assert.equal(headers['access-control-allow-origin'], '*', path);
    assert.ok(headers['cache-control'], `${path}: Cache-Control`);
    assert.equal(status, path === '/missing.js' ? 404 : 200, path);
  }
});

test('the page may not be framed; embed.html may be framed anywhere', { skip }, async () => {
  for (const path of ['/', '/index.html', '/examples/article.html', ...(existsSync(join(site, 'index.en.html')) ? ['/index.en.html'] : [])]) {
    const { headers } = await get(path);
    assert.equal(headers['x-frame-options'], 'DENY', path);
    assert.equal(headers['content-security-policy'], `${STRICT}; frame-ancestors 'none'`, path);
  }
  const { headers } = await get('/embed.html?indicators=gdp&lang=en');
  assert.equal(headers['x-frame-options'], undefined);
  assert.equal(headers['content-security-policy'], STRICT);
});

test('hashed files are kept a year; pages, the service worker and published names are revalidated or short-lived', { skip }, async () => {
  for (const original of ['js/main.js', 'app.css', 'pkg/longgang_sim_bg.wasm', 'pkg/dataset.json', 'js/mc-worker.js']) {
    assert.equal((await get(`/${files[original]}`)).headers['cache-control'], 'public, max-age=31536000, immutable', original);
  }
  for (const path of ['/', '/index.html', '/embed.html', '/asset-manifest.json', ...(existsSync(join(site, 'sw.js')) ? ['/sw.js'] : [])]) {
    assert.equal((await get(path)).headers['cache-control'], 'no-cache', path);
  }
  for (const path of ['/embed.js', '/embed-resize.js', '/favicon.svg', '/og.png', '/apple-touch-icon.png']) {
    assert.equal((await get(path)).headers['cache-control'], 'public, max-age=300', path);
  }
  // A miss under a hashed-looking name must not be kept for a year.
  assert.equal((await get('/js/main.0123456789.js')).headers['cache-control'], 'no-store');
});

test('.br for brotli, .gz for gzip, the file itself otherwise', { skip }, async () => {
  for (const path of ['/index.html', `/${files['js/main.js']}`, `/${files['pkg/longgang_sim_bg.wasm']}`, '/embed.js']) {
    const file = readFileSync(join(site, path === '/' ? 'index.html' : path.slice(1)));
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', path);
    assert.match(br.headers.vary ?? '', /Accept-Encoding/, path);
    assert.deepEqual(brotliDecompressSync(br.body), file, path);
    const gz = await get(path, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', path);
    assert.deepEqual(gunzipSync(gz.body), file, path);
    const plain = await get(path);
    assert.equal(plain.headers['content-encoding'], undefined, path);
    assert.deepEqual(plain.body, file, path);
  }
});

test('/ is the Chinese page, the Traditional one for zh-TW, or the English one for a browser whose first language is not Chinese', { skip }, async () => {
  const zh = readFileSync(join(site, 'index.html'));
  const english = existsSync(join(site, 'index.en.html')) ? readFileSync(join(site, 'index.en.html')) : zh;
  const traditional = existsSync(join(site, 'index.zh-Hant.html')) ? readFileSync(join(site, 'index.zh-Hant.html')) : zh;
  const cases = [
    [{}, zh],
    [{ 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' }, zh],
    [{ 'Accept-Language': 'zh-TW' }, traditional],
    [{ 'Accept-Language': 'en-US,en;q=0.9,zh-CN;q=0.8' }, english],
    [{ 'Accept-Language': 'de-DE' }, english],
  ];
  for (const [headers, body] of cases) {
    const response = await get('/', headers);
    assert.equal(response.status, 200, JSON.stringify(headers));
    assert.deepEqual(response.body, body, JSON.stringify(headers));
    assert.match(response.headers.vary ?? '', /Accept-Language/);
  }
  // Only / varies by language: a page's own address is one page.
  assert.doesNotMatch((await get('/index.html')).headers.vary ?? '', /Accept-Language/);
});

test('with English and Traditional pages beside it, / chooses by the first language the browser names', { skip }, async () => {
  // A two-page site of its own, so the choice is seen whether or not the build wrote
  // index.en.html. Readable by nginx's worker user, as a deployed site is.
  const root = mkdtempSync(join(tmpdir(), 'nginx-lang-'));
  chmodSync(root, 0o755);
  writeFileSync(join(root, 'index.html'), 'zh\n');
  writeFileSync(join(root, 'index.en.html'), 'en\n');
  writeFileSync(join(root, 'index.zh-Hant.html'), 'zh-Hant\n');
  const port = PORT + 20;
  const other = await startNginx({ root, port });
  try {
    const cases = [
      [undefined, 'zh'], ['*', 'zh'], ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'], ['zh', 'zh'], ['zh-Hans-CN', 'zh'],
      ['ZH-tw', 'zh-Hant'], ['zh-HK,zh;q=0.8', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant-TW,en', 'zh-Hant'],
      ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'], ['en', 'en'], ['de-DE,zh;q=0.5', 'en'],
    ];
    for (const [language, page] of cases) {
      const response = await get('/', language ? { 'Accept-Language': language } : {}, port);
      assert.equal(response.body.toString(), `${page}\n`, `Accept-Language: ${language}`);
      assert.equal(response.headers['cache-control'], 'no-cache');
    }
  } finally {
    await other.stop();
  }
});

test('a missing file is a plain-text 404, not a page of the site', { skip }, async () => {
  for (const path of ['/nothing-here', '/js/nothing.js', '/examples/', '/pkg/.gitignore']) {
    const { status, headers, body } = await get(path);
    assert.equal(status, 404, path);
    assert.equal(headers['content-type'], 'text/plain; charset=utf-8', path);
    assert.equal(body.toString(), 'Not found\n', path);
  }
});
