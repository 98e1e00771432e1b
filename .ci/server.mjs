// Static file server for the page and the browser tests: serves the built site
// (target/site, see .ci/site.mjs) on the loopback address only, with the right MIME types
// (application/wasm lets the browser stream-compile) and no caching, so a rebuilt module
// is always what the page loads: `no-store`, except for HTML, which is `no-cache` (fetched
// again on every visit all the same) because Chromium keeps no page sent with `no-store` in
// its back/forward cache.
// Every response carries the strict Content-Security-Policy the embeds must work under, so
// each page is tested against it (`--csp none` turns it off), and
// `Access-Control-Allow-Origin: *`, because articles on other sites load the embed's
// scripts, styles, dataset and WASM across origins.
// `--test-hooks` adds what the browser tests need and a reader never sees: the recorder
// `/__test__/hooks.js` first in every HTML page, a QR decoder at `/__test__/jsqr.js`,
// `/__test__/set-cookie?name=value` (a blank
// page that sets a cookie), an empty /favicon.ico where there is none, and the site again
// under `/__broken__/<mode>/`, where the files a mode names fail (see BROKEN), so a test
// can break a file in any engine and from any origin.
// Usage: node .ci/server.mjs [--port 8000] [--root target/site] [--csp "policy" | --csp none]
//                            [--test-hooks]
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const port = Number(option('--port', '8000'));
const root = resolve(option('--root', join(import.meta.dirname, '..', 'target', 'site')));
// img-src adds blob: for the share image, drawn on the device and shown from memory.
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:";
const csp = option('--csp', STRICT);
const testHooks = args.includes('--test-hooks');
const HOOKS = join(import.meta.dirname, '..', 'tests', 'browser', 'support', 'hooks.js');
// A QR decoder the tests load into a page, to read the codes the page draws on a canvas.
const JSQR = join(import.meta.dirname, '..', 'node_modules', 'jsqr', 'dist', 'jsQR.js');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

const notWasm = Buffer.from('<html>not wasm</html>');
/**
 * Under `/__broken__/<mode>/`: which paths fail, and how (a status, a body served as 200, or
 * `{ delay }`: served as usual after that many milliseconds, like a slow network).
 */
const BROKEN = {
  'wasm-404': [/\.wasm$/, 404],
  'wasm-garbage': [/\.wasm$/, notWasm],
  'wasm-truncated': [/\.wasm$/, Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 99])],
  'full-404': [/^\/pkg-full\/.*\.wasm$/, 404],
  // With or without the content hash the production build puts in the name.
  'dataset-404': [/^\/pkg\/dataset(?:\.[0-9a-f]{10})?\.json$/, 404],
  'worker-404': [/\/mc-worker(?:\.[0-9a-f]{10})?\.js$/, 404],
  // The analysis code: esbuild's chunk of it (analysis-<id>.js) in the production build.
  'analysis-404': [/^\/js\/analysis(?:-[0-9A-Z]+)?(?:\.[0-9a-f]{10})?\.js$/, 404],
  'embed-404': [/^\/embed\.js$/, 404],
  'wasm-slow': [/\.wasm$/, { delay: 1500 }],
  // The widget's Chinese words, late: a widget that starts in Chinese waits for them.
  'zh-embed-slow': [/^\/js\/lang\/zh\.embed(?:\.[0-9a-f]{10})?\.js$/, { delay: 1500 }],
  // Everything English, late: the page's and the widget's words and the English dataset.
  'en-slow': [/^\/(?:js\/(?:lang\/)?en[.-][^/]*\.js|pkg\/dataset\.en(?:\.[0-9a-f]{10})?\.json)$/, { delay: 1500 }],
};

/** Puts the test recorder first in a page, before any of the page's own scripts. */
function withHooks(html) {
  const tag = '<script src="/__test__/hooks.js"></script>';
  const charset = html.match(/<meta charset="[^"]*">/i);
  if (charset) return html.replace(charset[0], `${charset[0]}${tag}`);
  return html.replace(/<head>/i, `<head>${tag}`);
}

if (testHooks) mkdirSync(root, { recursive: true });

const server = createServer(async (request, response) => {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Access-Control-Allow-Origin': '*' };
  if (csp !== 'none') headers['Content-Security-Policy'] = csp;
  const send = (status, type, body) => {
    headers['Content-Type'] = type;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  try {
    const url = new URL(request.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (testHooks && path === '/__test__/hooks.js') return send(200, types['.js'], await readFile(HOOKS));
    if (testHooks && path === '/__test__/jsqr.js') return send(200, types['.js'], await readFile(JSQR));
    if (testHooks && path === '/__test__/set-cookie') {
      response.setHeader('Set-Cookie', [...url.searchParams].map(([name, value]) => `${name}=${value}; Path=/; SameSite=Lax`));
      return send(200, types['.html'], '<!doctype html><title>cookie set</title>');
    }
    const broken = testHooks && path.match(/^\/__broken__\/([a-z0-9-]+)(\/.*)$/);
    if (broken) {
      const [, mode, rest] = broken;
      const rule = BROKEN[mode];
      if (!rule) return send(400, 'text/plain; charset=utf-8', `unknown mode ${mode}\n`);
      path = rest;
      if (rule[0].test(path) && rule[1].delay) await new Promise((resolve) => setTimeout(resolve, rule[1].delay));
      else if (rule[0].test(path)) {
        if (typeof rule[1] === 'number') return send(rule[1], 'text/plain; charset=utf-8', 'broken on purpose\n');
        return send(200, types[extname(path)] ?? 'application/octet-stream', rule[1]);
      }
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (testHooks && extname(file) === '.html') body = withHooks(body.toString('utf8'));
    if (extname(file) === '.html') headers['Cache-Control'] = 'no-cache';
    send(200, type, body);
  } catch {
    // Browsers ask host pages without an icon for /favicon.ico; that miss is not a test's.
    if (testHooks && request.url === '/favicon.ico') return send(204, 'image/x-icon', '');
    send(404, 'text/plain; charset=utf-8', 'Not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/${testHooks ? ' (with test hooks)' : ''}`);
});
