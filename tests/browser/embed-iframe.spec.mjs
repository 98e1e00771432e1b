// The iframe embed reports its height to the host in Datawrapper's, Pym.js's and AMP's
// message formats, again whenever its content changes height.
import { test, expect } from './fixtures.mjs';

test('height messages reach the host and follow a language switch', async ({ page }) => {
  await page.goto('/examples/article.html');
  await page.evaluate(() => {
    window.heights = [];
    addEventListener('message', (event) => window.heights.push(event.data));
  });
  const frameElement = page.locator('#frame');
  await frameElement.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('longgang-whatif .row')).toHaveCount(2);
  const documentHeight = () => page.frame({ url: /embed\.html/ }).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

  const first = await documentHeight();
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThanOrEqual(3);
  let messages = await page.evaluate(() => window.heights);
  expect(messages).toContainEqual({ 'datawrapper-height': { 'longgang-whatif': first } });
  expect(messages).toContainEqual(`pymxPYMxlonggang-whatifxPYMxheightxPYMx${first}`);
  expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: first });
  await expect(frameElement).toHaveCSS('height', `${first}px`);

  await page.evaluate(() => { window.heights = []; });
  await frame.locator('longgang-whatif button.lang').click();
  await expect(frame.locator('longgang-whatif .row[data-id="retail_sales"] .name')).toHaveText('Retail sales of consumer goods');
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThanOrEqual(3);
  const second = await documentHeight();
  expect(second).not.toBe(first);
  messages = await page.evaluate(() => window.heights);
  expect(messages.at(-3)).toEqual({ 'datawrapper-height': { 'longgang-whatif': second } });
  expect(messages.at(-2)).toBe(`pymxPYMxlonggang-whatifxPYMxheightxPYMx${second}`);
  expect(messages.at(-1)).toEqual({ sentinel: 'amp', type: 'embed-size', height: second });
  await expect(frameElement).toHaveCSS('height', `${second}px`);
});

test('a Pym.js parent gets its own child id back', async ({ page }) => {
  await page.goto('/examples/plain.html');
  await page.evaluate(() => {
    window.messages = [];
    addEventListener('message', (event) => window.messages.push(event.data));
    const frame = document.createElement('iframe');
    frame.src = '/embed.html?indicators=gdp&lang=en&childId=pym-42&initialWidth=600';
    frame.title = 'test';
    document.body.append(frame);
  });
  await expect.poll(() => page.evaluate(() => window.messages.find((m) => typeof m === 'string'))).toMatch(/^pymxPYMxpym-42xPYMxheightxPYMx\d+$/);
});
