// The iframe embed, in an article on another site, reports its height to the host in
// Datawrapper's, Pym.js's and AMP's message formats, again whenever its content changes
// height; a page using the real Pym.js parent library sizes the frame from those messages.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, hostExample, hostPage } from './fixtures.mjs';

/** The height the framed document reports, read inside the frame. */
const frameHeight = (page, selector) => page.frameLocator(selector).locator('html')
  .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

test('height messages reach the host and follow a language switch', async ({ page }) => {
  await page.goto(hostExample('article.html'));
  await page.evaluate(() => {
    window.heights = [];
    addEventListener('message', (event) => window.heights.push(event.data));
  });
  const frameElement = page.locator('#frame');
  await frameElement.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('longgang-whatif .row')).toHaveCount(2);

  // The frame reports each new height in the frame after it changes: wait until the latest
  // report is the frame's height now, then check all three formats carried it.
  const latest = async () => (await page.evaluate(() => window.heights.filter((m) => m['datawrapper-height']).at(-1)?.['datawrapper-height']['longgang-whatif']));
  await expect.poll(async () => (await latest()) === (await frameHeight(page, '#frame'))).toBe(true);
  const first = await frameHeight(page, '#frame');
  let messages = await page.evaluate(() => window.heights);
  expect(messages).toContainEqual({ 'datawrapper-height': { 'longgang-whatif': first } });
  expect(messages).toContainEqual(`pymxPYMxlonggang-whatifxPYMxheightxPYMx${first}`);
  expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: first });
  await expect(frameElement).toHaveCSS('height', `${first}px`);

  await page.evaluate(() => { window.heights = []; });
  await frame.locator('longgang-whatif button.lang[data-lang="en"]').click();
  await expect(frame.locator('longgang-whatif .row[data-id="retail_sales"] .name')).toHaveText('Retail sales of consumer goods');
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThanOrEqual(3);
  await expect.poll(async () => (await latest()) === (await frameHeight(page, '#frame'))).toBe(true);
  const second = await frameHeight(page, '#frame');
  expect(second).not.toBe(first);
  messages = await page.evaluate(() => window.heights);
  expect(messages.at(-3)).toEqual({ 'datawrapper-height': { 'longgang-whatif': second } });
  expect(messages.at(-2)).toBe(`pymxPYMxlonggang-whatifxPYMxheightxPYMx${second}`);
  expect(messages.at(-1)).toEqual({ sentinel: 'amp', type: 'embed-size', height: second });
  await expect(frameElement).toHaveCSS('height', `${second}px`);
});

test('a page using the Pym.js parent library sizes the frame to the widget', async ({ page }) => {
  const hosts = join(import.meta.dirname, '..', '..', 'target', 'test-hosts');
  mkdirSync(hosts, { recursive: true });
  copyFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), join(hosts, 'pym.v1.min.js'));
  hostPage('pym-host.js', "window.parentWidget = new pym.Parent('pym-widget', '{{SITE}}/embed.html?indicators=gdp,fai,retail_sales&lang=en', { title: 'Longgang 2024 What-if' });\n");
  await page.goto(hostPage('pym.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pym.js host</title>
<script src="pym.v1.min.js"></script></head><body><h1>An article using Pym.js</h1>
<div id="pym-widget"></div><script src="pym-host.js"></script></body></html>`));
  const frame = page.locator('#pym-widget iframe');
  await expect(frame).toHaveAttribute('src', /childId=pym-widget/);
  await expect(page.frameLocator('#pym-widget iframe').locator('longgang-whatif .row')).toHaveCount(3);
  // Pym.js sets the frame's height attribute from the child's height messages.
  await expect.poll(async () => Number.parseInt(await frame.getAttribute('height') ?? '0', 10)).toBeGreaterThan(200);
  const reported = await frameHeight(page, '#pym-widget iframe');
  await expect(frame).toHaveAttribute('height', `${reported}px`);
  await expect(frame).toHaveCSS('height', `${reported}px`);
});
