// What an article pays up front: the loader only (at most 3 KB gzip); the widget code, its
// styles and the WASM module load when a widget comes near the viewport.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { test, expect, showWidget } from './fixtures.mjs';

test('no widget code, styles or WASM before scrolling near a widget', async ({ page }) => {
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/examples/article.html');
  await page.waitForLoadState('networkidle');
  expect(requests).toContain('/embed.js');
  for (const lazy of ['/js/embed-widget.js', '/embed.css', '/pkg/longgang_sim_bg.wasm', '/embed.html']) {
    expect(requests, `${lazy} must wait for scrolling`).not.toContain(lazy);
  }
  await showWidget(page, '#widget-zh');
  expect(requests).toContain('/pkg/longgang_sim_bg.wasm');
});

test('the loader stays under 3 KB gzip', async () => {
  const size = gzipSync(readFileSync('www/embed.js'), { level: 9 }).length;
  console.log(`embed.js: ${size} bytes gzip (budget 3072)`);
  expect(size).toBeLessThanOrEqual(3072);
});
