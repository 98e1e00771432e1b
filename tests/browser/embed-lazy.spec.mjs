// What an article pays up front: the loader only (at most 3 KB gzip); the widget code, its
// styles and the WASM module load when a widget comes near the viewport. Read from the
// article's Resource Timing entries, in every engine.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { test, expect, showWidget, hostExample, fetchedUrls, SITE, asset } from './fixtures.mjs';

test('no widget code, styles or WASM before scrolling near a widget', async ({ page }) => {
  await page.goto(hostExample('article.html'));
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  let urls = await fetchedUrls(page);
  expect(urls).toContain(`${SITE}/embed.js`);
  for (const lazy of ['js/embed-widget.js', 'embed.css', 'pkg/longgang_sim_bg.wasm', 'embed.html'].map(asset)) {
    expect(urls, `${lazy} must wait for scrolling`).not.toContain(`${SITE}${lazy}`);
  }
  await showWidget(page, '#widget-zh');
  urls = await fetchedUrls(page);
  expect(urls).toContain(`${SITE}${asset('pkg/longgang_sim_bg.wasm')}`);
  expect(urls).toContain(`${SITE}${asset('js/embed-widget.js')}`);
});

test('the loader stays under 3 KB gzip', { tag: '@no-browser' }, async () => {
  const size = gzipSync(readFileSync('www/embed.js'), { level: 9 }).length;
  console.log(`embed.js: ${size} bytes gzip (budget 3072)`);
  expect(size).toBeLessThanOrEqual(3072);
});
