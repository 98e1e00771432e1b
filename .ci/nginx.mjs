// Serves the built site through nginx with the shipped configuration (.ci/nginx/site.conf),
// so what is run and tested locally is what a newsroom deploys: Debian's nginx, a complete
// nginx.conf of its own under target/nginx/<port>/ (pid, logs, temp files there; loopback
// only; in the foreground), the site's server block with its root and address filled in.
// With `testHooks`, the browser tests' additions sit in front of that server block, which
// stays exactly as shipped: a front server on the port proxies to it (over a Unix socket),
// puts the test recorder first in every page with sub_filter (pages are asked for
// uncompressed, as sub_filter cannot edit a .br or .gz body; everything else passes
// through compressed) and hands /__test__/ and /__broken__/ to `.ci/server.mjs
// --test-hooks`, which serves them as before (see its header comment).
// Usage: node .ci/nginx.mjs [--port 8000] [--root target/site] [--test-hooks]
// or:    import { startNginx } from './nginx.mjs'; const { url, stop } = await startNginx({ root, port });
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const SITE_CONF = join(import.meta.dirname, 'nginx', 'site.conf');
const HOOKS_LINE = '<script src="/__test__/hooks.js"></script>';

export const nginxAvailable = () => existsSync(NGINX) && existsSync(BROTLI_STATIC);

/** A free loopback port, for the test-hook server behind nginx. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * The user nginx's worker processes run as. Started as root (as on these machines), nginx
 * would otherwise run them as `nobody`; Debian's www-data is the account meant for it, and
 * what a newsroom's nginx uses. The workers only read the site, so it must be readable by
 * others (the build writes it 644/755); checked here so a private checkout fails with its
 * reason instead of serving 403s. Not started as root, workers run as whoever started it.
 */
function workerUser(root) {
  if (process.getuid?.() !== 0) return null;
  const passwd = readFileSync('/etc/passwd', 'utf8');
  const user = /^www-data:/m.test(passwd) ? 'www-data' : 'nobody';
  for (let dir = root; ; dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if (!(mode & 0o001) || (dir === root && !(mode & 0o004))) {
      throw new Error(`nginx: ${dir} is not readable by other users, so nginx's worker (${user}) cannot serve ${root}`);
    }
    if (dir === dirname(dir)) break;
  }
  return user;
}

/** site.conf with the root and the address filled in (the rest exactly as shipped). */
function siteConf(root, listen) {
  const shipped = readFileSync(SITE_CONF, 'utf8');
  let listens = 0;
  const filled = shipped
    .replace(/^(\s*)root\s+[^;]+;/m, (_, indent) => `${indent}root ${root};`)
    .replace(/^(\s*)listen\s+[^;]+;\n/gm, (_, indent) => (listens++ ? '' : `${indent}listen ${listen};\n`));
  if (listens === 0 || !filled.includes(`root ${root};`)) throw new Error(`nginx: ${SITE_CONF} has no root or listen line to fill in`);
  return filled;
}

/** The server in front of the site for the browser tests (see the header comment). */
function testFront(port, socket, hooksPort) {
  const hooks = `http://127.0.0.1:${hooksPort}`;
  return `
  # Pages are fetched uncompressed so the recorder can be put in; other files as asked.
  map $uri $longgang_test_accept_encoding {
    ~(?:\\.html|/)$  "";
    default        $http_accept_encoding;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://unix:${socket}:;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Connection "";
      proxy_set_header Accept-Encoding $longgang_test_accept_encoding;
      sub_filter '<meta charset="utf-8">' '<meta charset="utf-8">${HOOKS_LINE}';
      sub_filter_once on;
    }
    location /__test__/ { proxy_pass ${hooks}; }
    location /__broken__/ { proxy_pass ${hooks}; }
    # Browsers ask for /favicon.ico where a page names no icon; the hook server answers it.
    location = /favicon.ico { proxy_pass ${hooks}; }
  }
`;
}

/** Resolves once `url` answers (any status), or fails when `exited` settles first. */
async function answering(url, exited) {
  let done = false;
  exited.then(() => { done = true; });
  for (let attempt = 0; attempt < 100 && !done; attempt += 1) {
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`nothing answered at ${url}`);
}

/**
 * Starts nginx on 127.0.0.1:`port` serving `root` with the shipped configuration (and the
 * test hooks in front, with `testHooks`). Resolves to `{ url, stop, exited }` (`exited`
 * settles with nginx's exit status when it stops).
 */
export async function startNginx({ root, port, testHooks = false }) {
  if (!nginxAvailable()) throw new Error(`nginx: ${NGINX} or ${BROTLI_STATIC} is missing (bash .ci/install installs them)`);
  root = resolve(root);
  const dir = resolve(import.meta.dirname, '..', 'target', 'nginx', String(port));
  for (const sub of ['logs', 'temp']) mkdirSync(join(dir, sub), { recursive: true });
  const user = workerUser(root);

  let hooks = null;
  let front = '';
  let listen = `127.0.0.1:${port}`;
  if (testHooks) {
    const hooksPort = await freePort();
    hooks = spawn(process.execPath, [join(import.meta.dirname, 'server.mjs'), '--port', String(hooksPort), '--root', root, '--test-hooks'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const hooksExited = new Promise((done) => hooks.once('exit', done));
    await answering(`http://127.0.0.1:${hooksPort}/__test__/hooks.js`, hooksExited);
    // A socket left by an nginx that was killed: the port's own, unused (the TCP port would
    // not be free otherwise), and in the way of binding it again.
    rmSync(join(dir, 'site.sock'), { force: true });
    listen = `unix:${join(dir, 'site.sock')}`;
    front = testFront(port, join(dir, 'site.sock'), hooksPort);
  }

  writeFileSync(join(dir, 'site.conf'), siteConf(root, listen));
  const temp = (name) => `${name}_temp_path ${join(dir, 'temp', name)};`;
  writeFileSync(join(dir, 'nginx.conf'), `# Written by .ci/nginx.mjs for ${root}; rewritten at every start.
load_module ${BROTLI_STATIC};
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
${user ? `user ${user};` : ''}
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(dir, 'logs', 'access.log')};
  sendfile on;
  ${temp('client_body')}
  ${temp('proxy')}
  ${temp('fastcgi')}
  ${temp('uwsgi')}
  ${temp('scgi')}
  include ${join(dir, 'site.conf')};
${front}}
`);

  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr.on('data', (data) => { errors += data; });
  const exited = new Promise((done) => nginx.once('exit', done));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    hooks?.kill();
    if (nginx.exitCode === null) nginx.kill('SIGQUIT');
    await exited;
  };
  try {
    await answering(url, exited);
  } catch (error) {
    await stop();
    const log = existsSync(join(dir, 'logs', 'error.log')) ? readFileSync(join(dir, 'logs', 'error.log'), 'utf8').trim().split('\n').slice(-5).join('\n') : '';
    throw new Error(`nginx did not start on ${url}: ${errors.trim() || log || error.message}`);
  }
  return { url, stop, exited };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
  };
  const root = option('--root', join(import.meta.dirname, '..', 'target', 'site'));
  const testHooks = args.includes('--test-hooks');
  const { url, stop, exited } = await startNginx({ root, port: Number(option('--port', '8000')), testHooks });
  console.log(`Serving ${resolve(root)} through nginx on ${url}${testHooks ? ' (with test hooks)' : ''}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop().then(() => process.exit(0)));
  // nginx stopping on its own (killed, or a fatal error) ends this too, with its status.
  exited.then((code) => stop().then(() => process.exit(code ?? 1)));
}
