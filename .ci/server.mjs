// Static file server for the page and the browser tests: serves the built site
// (target/site, see .ci/site.mjs) on the loopback address only, with the right MIME types
// (application/wasm lets the browser stream-compile) and no caching, so a rebuilt module
// is always what the page loads.
// Every response carries the strict Content-Security-Policy the embeds must work under, so
// each page is tested against it; `--csp none` turns it off.
// Usage: node .ci/server.mjs [--port 8000] [--root target/site] [--csp "policy" | --csp none]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const port = Number(option('--port', '8000'));
const root = resolve(option('--root', join(import.meta.dirname, '..', 'target', 'site')));
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const csp = option('--csp', STRICT);

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
};

const server = createServer(async (request, response) => {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (csp !== 'none') headers['Content-Security-Policy'] = csp;
  try {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    headers['Content-Type'] = types[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    headers['Content-Type'] = 'text/plain; charset=utf-8';
    response.writeHead(404, headers);
    response.end('Not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
});
