// The npm package in every engine: a page that imports it as a plain ES module, and a page
// esbuild bundled from `import … from 'longgang-sim'`, both served from another origin as a
// developer's own site would serve them (tests/package/: the same consumers the Node tests
// run in Chromium; here also Firefox and WebKit, the engine of every iPhone).
import { join } from 'node:path';
import { test, expect, HOST } from './fixtures.mjs';
import { prepareConsumer } from '../package/prepare.mjs';

const HOST_ROOT = join(import.meta.dirname, '..', '..', 'target', 'test-hosts');

/** This worker's own consumer folder on the host origin, packed and installed once. */
let prepared = null;
function consumer() {
  const name = `package-${process.pid}`;
  prepared ??= prepareConsumer(join(HOST_ROOT, name), join(HOST_ROOT, name, 'npm')).then(() => `${HOST}/${name}`);
  return prepared;
}

test('a page imports the package as a plain ES module and shows the official GDP, 436.11', async ({ page }) => {
  await page.goto(`${await consumer()}/plain.html`);
  await expect(page.locator('#gdp')).toHaveText('436.11');
  await expect(page.locator('#error')).toHaveText('');
});

test('a page bundled by esbuild shows 436.11, then loads the full module for a goal seek', async ({ page }) => {
  await page.goto(`${await consumer()}/bundled/index.html`);
  await expect(page.locator('#gdp')).toHaveText('436.11');
  await expect(page.locator('#goal')).toHaveText('6.50');
  await expect(page.locator('#error')).toHaveText('');
});
