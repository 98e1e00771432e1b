// Offline use: after one visit, the service worker has cached the page and everything its
// table needs, and the page and the iframe widget work with the network gone — the first
// table (436.11) and recomputing after a slider move or a typed growth.
// The network is taken away by stopping this spec's own server (support/site-server.mjs),
// which works alike in every engine (Playwright's `context.setOffline` is Chromium-only).
// That server runs without the test recorder: the recorder is a file the test server puts
// in every page, which cannot load once the server is gone. Chromium still fails the test
// on any console or page error through Playwright's own channel; in Firefox and WebKit the
// spec checks what the page shows. The hash sets Chinese, which the recorder's cookie sets
// for WebKit elsewhere. Each test comes back as a new visit (the address again, after a
// blank page) and, except in Firefox, also reloads: Firefox's WebDriver reload bypasses the
// service worker, as a forced reload (Ctrl+Shift+R) does.
import { test, expect, projected, slider, box } from './fixtures.mjs';
import { portFor, startServer, workerReady, controlled } from './support/site-server.mjs';

/** Leaves the page and opens `url` again, then reloads it where a reload uses the worker. */
async function comeBack(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  if (test.info().project.name !== 'firefox') await page.reload();
}

test('the page works offline after one visit', async ({ page }) => {
  const server = await startServer({ port: portFor(8610, test.info().project.name), hooks: false });
  try {
    await page.goto(`${server.origin}/#lang=zh`);
    await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
    const caches = await workerReady(page);
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/^longgang-[0-9a-f]{10}$/);
  } finally {
    await server.stop();
  }
  // The server is gone: nothing can come from the network any more.
  await comeBack(page, `${server.origin}/#lang=zh`);
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
  expect(await controlled(page)).toBe(true);
  await box(page, 'gdp').fill('6');
  await expect(projected(page, 'gdp')).toHaveText('434.06亿元');
  await slider(page, 'gdp').focus();
  await page.keyboard.press('ArrowRight');
  await expect(projected(page, 'gdp')).toHaveText('434.47亿元');
  // The chart and the sections below the table, loaded on demand, came from the cache too.
  await expect(page.locator('svg.chart')).toHaveCount(1);
  await expect(page.locator('details.settings')).toHaveCount(1);
});

test('the iframe widget works offline after one visit', async ({ page }) => {
  const server = await startServer({ port: portFor(8613, test.info().project.name), hooks: false });
  const url = `${server.origin}/embed.html?indicators=gdp,retail_sales&lang=zh`;
  try {
    await page.goto(url);
    await expect(page.locator('longgang-whatif .row')).toHaveCount(2);
    await workerReady(page);
  } finally {
    await server.stop();
  }
  await comeBack(page, url);
  const widget = page.locator('longgang-whatif');
  await expect(widget.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 436.11亿元');
  expect(await controlled(page)).toBe(true);
  await widget.locator('#b-gdp').fill('6');
  await expect(widget.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 434.06亿元');
  await widget.locator('#r-gdp').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 434.47亿元');
});
