// Atomic deployments: a second build's deployment takes over completely, and never mixes
// with the first. Two real builds (`node .ci/site.mjs --out DIR` with BUILD_LABEL=build-1 and
// build-2, which stamps the label into every page, script and stylesheet, so those differ
// between the builds; the WASM and JSON are the same bytes in both) are served by this
// spec's own server from a symbolic link, switched from one build to the other the way a
// real deployment switches directories.
// What is checked: a page of build 1 open at the switch, and one opened after it while build
// 1's worker is in charge, keep getting build 1's files (also a chunk loaded after the
// switch); once they are closed, the next visit is build 2 throughout: the page's label and
// version, every file it used (its Resource Timing entries, fetched again through the worker
// and compared with build 2's files byte for byte) and the caches (build 1's is gone).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, projected, HOST } from './fixtures.mjs';
import { portFor, startServer, workerReady, controlled } from './support/site-server.mjs';

const REPO = join(import.meta.dirname, '..', '..');

/** Builds build-1 and build-2 of this checkout into `dir`; returns the link to serve. */
function buildTwice(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const label of ['build-1', 'build-2']) {
    execFileSync(process.execPath, [join(REPO, '.ci', 'site.mjs'), '--out', join(dir, label)], { env: { ...process.env, BUILD_LABEL: label }, stdio: 'ignore' });
  }
  symlinkSync('build-1', join(dir, 'live'));
  return join(dir, 'live');
}

/** Points the served link at another build in one step, as a deployment does. */
function deploy(dir, label) {
  symlinkSync(label, join(dir, 'live.next'));
  renameSync(join(dir, 'live.next'), join(dir, 'live'));
}

/** SHA-256 of every file the page used on this site, fetched again through its worker. */
function servedDigests(page) {
  return page.evaluate(async () => {
    const digests = {};
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin !== location.origin || url.pathname.startsWith('/__test__/')) continue;
      const bytes = await (await fetch(url)).arrayBuffer();
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      digests[url.pathname] = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
    }
    return digests;
  });
}

const onDisk = (dir, path) => (existsSync(join(dir, path)) ? createHash('sha256').update(readFileSync(join(dir, path))).digest('hex') : null);

/** The page's build label and version (the tags the build writes into every page). */
const tags = (page) => page.evaluate(() => ['build-label', 'version'].map((name) => document.querySelector(`meta[name="${name}"]`)?.content));

test('a new deployment takes over completely once the old pages are closed', async ({ context, page }) => {
  test.setTimeout(120_000);
  const dir = join(REPO, 'target', 'deploy-test', test.info().project.name);
  const live = buildTwice(dir);
  const builds = { 1: join(dir, 'build-1'), 2: join(dir, 'build-2') };
  const server = await startServer({ port: portFor(8620, test.info().project.name), root: live });
  const url = `${server.origin}/#lang=zh`;
  try {
    // The first visit installs build 1's worker; the second is a page it controls.
    await page.goto(url);
    await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
    const [cache1] = await workerReady(page);
    await page.goto('about:blank');
    await page.goto(url);
    await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
    expect(await controlled(page)).toBe(true);
    const [, version1] = await tags(page);
    expect(await tags(page)).toEqual(['build-1', cache1.replace('longgang-', '')]);

    deploy(dir, 'build-2');
    // A page opened now is still build 1's (its worker serves its own version's page), and
    // build 2's worker installs meanwhile, to wait.
    const second = await context.newPage();
    await second.goto(url);
    await expect(projected(second, 'gdp')).toHaveText('436.11亿元');
    expect(await tags(second)).toEqual(['build-1', version1]);
    await expect.poll(() => second.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting))).toBe(true);

    // The page open since before the switch keeps working with build 1's files, also with
    // what it loads now (the English texts).
    await page.locator('#lang-switch a[data-lang="en"]').click();
    await expect(projected(page, 'gdp')).toHaveText('43.611 bn yuan');
    for (const check of [page, second]) {
      const used = await servedDigests(check);
      expect(Object.keys(used).length).toBeGreaterThan(8);
      for (const [path, digest] of Object.entries(used)) expect(digest, path).toBe(onDisk(builds[1], path));
      const differing = Object.keys(used).filter((path) => onDisk(builds[2], path) !== used[path]);
      expect(differing.length).toBeGreaterThan(5);
    }

    // Takeover: once no page of build 1 is open (a page on another site keeps the window),
    // build 2's worker activates; the next visit is build 2's.
    const holder = await context.newPage();
    await holder.goto(`${HOST}/__test__/hooks.js`);
    await second.close();
    await page.close();
    let third = null;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      third = await context.newPage();
      await third.goto(url);
      await expect(projected(third, 'gdp')).toHaveText('436.11亿元');
      if ((await tags(third))[0] === 'build-2') break;
      // Opened before the activation had happened: close it and come again.
      await third.close();
      await holder.waitForTimeout(250);
    }
    const [label, version2] = await tags(third);
    expect(label).toBe('build-2');
    expect(version2).not.toBe(version1);
    expect(await controlled(third)).toBe(true);
    // Load what comes on demand too: the English texts and the full module.
    await third.locator('#lang-switch a[data-lang="en"]').click();
    await expect(projected(third, 'gdp')).toHaveText('43.611 bn yuan');
    const used = await servedDigests(third);
    // By their names in build 2 (content-hashed, see its asset-manifest.json).
    const names = JSON.parse(readFileSync(join(builds[2], 'asset-manifest.json'), 'utf8')).files;
    for (const path of ['js/main.js', 'app.css', 'pkg/longgang_sim_bg.wasm', 'pkg/dataset.json']) expect(Object.keys(used)).toContain(`/${names[path]}`);
    for (const [path, digest] of Object.entries(used)) expect(digest, path).toBe(onDisk(builds[2], path));
    expect(Object.keys(used).filter((path) => onDisk(builds[1], path) !== used[path]).length).toBeGreaterThan(5);
    expect(await third.evaluate(() => caches.keys())).toEqual([`longgang-${version2}`]);
  } finally {
    await server.stop();
  }
});
