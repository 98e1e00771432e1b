// Writes the site that is served and measured: a copy of www/ (with the WASM packages the
// build put there) in target/site, every JavaScript and CSS file minified on its own by
// esbuild. Paths and file names stay as they are, so every relative import, worker URL and
// `import.meta.url` lookup works unchanged; the readable sources stay in www/.
// Usage: node .ci/site.mjs
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { transform } from 'esbuild';

const source = join(import.meta.dirname, '..', 'www');
const site = join(import.meta.dirname, '..', 'target', 'site');

rmSync(site, { recursive: true, force: true });
cpSync(source, site, { recursive: true });

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
  const result = await transform(code, { loader, minify: true, legalComments: 'none' });
  writeFileSync(file, result.code);
  before += code.length;
  after += result.code.length;
}
console.log(`site: target/site written; JavaScript and CSS minified from ${before} to ${after} bytes`);
