// The prerendered page: the build writes the official scenario's page into the HTML (in
// Chinese in index.html, in English in index.en.html) and the scripts take that DOM over in
// place — the elements the reader already sees are the ones that then answer the sliders —
// instead of building it again. A link to another scenario shows the figures it changes as
// pending until the module has computed them, and nothing on the page moves meanwhile.
import { test, expect, open, projected, box, projectionModule, SITE } from './fixtures.mjs';

/** The share link of the official scenario with some growth changed. */
async function linkWith(growth) {
  const core = await projectionModule();
  const scenario = core.presetScenario('official');
  Object.assign(scenario.growth, growth);
  return core.encodeScenario(scenario);
}

/** How many elements the served page has from the build (each stamped with its place). */
async function stampsIn(path) {
  const html = await (await fetch(`${SITE}${path}`)).text();
  return html.match(/ data-h="/g)?.length ?? 0;
}

test('the scripts take the prerendered page over without rebuilding it', async ({ page }) => {
  const stamps = await stampsIn('/index.html');
  expect(stamps).toBeGreaterThan(500);
  await open(page);
  // Every element of the build is still there (a rebuilt page has none of these stamps)…
  await expect(page.locator('[data-h]')).toHaveCount(stamps);
  await expect(page.locator('#projection')).toHaveAttribute('data-h', /^v\d+$/);
  await expect(page.locator('svg.chart')).toHaveAttribute('data-h', /^c\d+$/);
  // …and they are the ones that answer: the box and the figure the build wrote.
  await box(page, 'gdp').fill('7');
  await expect(projected(page, 'gdp')).toHaveText('438.15亿元');
  await expect(page.locator('#answer [data-id="gdp"] .tile-level')).toHaveText('438.15亿元');
  await expect(page.locator('[data-h]')).toHaveCount(stamps);
});

test('an English reader gets the English prerendered page, taken over in place', async ({ page }) => {
  const stamps = await stampsIn('/index.en.html');
  await page.goto('/#lang=en');
  // nginx gives an English browser the English page at the address itself; the page of the
  // other language sends a Chinese browser on to it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Longgang 2024 What-if');
  await expect(projected(page, 'gdp')).toHaveText('43.611 bn yuan');
  await expect(page.locator('[data-wait]')).toHaveCount(0);
  await expect(page.locator('[data-h]')).toHaveCount(stamps);
  await expect(page).toHaveURL(/lang=en$/);
});

test('a scenario link shows the figures it changes as pending, then its own, and nothing moves', { tag: '@chromium-only' }, async ({ page }) => {
  // The Layout Instability API (layout-shift entries) and reading the page before its load
  // event are Chromium's (Playwright's `waitUntil: 'commit'`).
  const link = await linkWith({ gdp: '7' });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  // The WASM file arrives 1.5 s late here: long enough to see the prerendered page first.
  await page.goto(`${SITE}/__broken__/wasm-slow/#s=${link}&lang=zh`, { waitUntil: 'commit' });
  const gdp = projected(page, 'gdp');
  const retail = projected(page, 'retail_sales');
  await expect(page.locator('html')).toHaveClass(/pending/);
  // GDP's figures are pending (their text hidden, greyed); retail sales' are the linked ones.
  await expect.poll(() => gdp.evaluate((cell) => getComputedStyle(cell).color)).toBe('rgba(0, 0, 0, 0)');
  await expect.poll(() => retail.evaluate((cell) => getComputedStyle(cell).color)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('#answer .answer-title')).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
  await expect(gdp).toHaveText('438.15亿元', { timeout: 10_000 });
  await expect(page.locator('html')).not.toHaveClass(/pending/);
  await expect.poll(() => gdp.evaluate((cell) => getComputedStyle(cell).color)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('#answer .answer-scenario')).toContainText('自定情景');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.shifts)).toEqual([]);
});

test('a phone opening the official page sees nothing move', { tag: '@chromium-only' }, async ({ page }) => {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.shifts)).toEqual([]);
});

test('the prerendered pages carry the official figures and their sources', { tag: '@no-browser' }, async () => {
  const zh = await (await fetch(`${SITE}/index.html`)).text();
  const en = await (await fetch(`${SITE}/index.en.html`)).text();
  expect(zh).toContain('436.11亿元');
  // The report's sentences behind every number, each figure kept on one line.
  expect(zh).toContain('<q lang="zh-CN">全年实现地区生产总值<span class="nowrap">409.49亿元</span>');
  expect(zh.match(/<q lang="zh-CN">/g).length).toBeGreaterThanOrEqual(30);
  expect(en).toContain('43.611 bn yuan');
  expect(en).toContain('<html lang="en"');
  const official = await linkWith({});
  for (const html of [zh, en]) expect(html).toContain(`<meta name="longgang:official" content="${official}">`);
  // The titles come from the report's data, through the catalogues' words.
  expect(zh).toContain('<title>龙港市2024年发展目标推演</title>');
  const frame = await (await fetch(`${SITE}/embed.html`)).text();
  expect(frame).toContain('<title>龙港市2024年发展目标推演 · 龍港市2024年發展目標推演 · Longgang 2024 What-if</title>');
});

test('the iframe embed holds the official table: shown without WebAssembly', async ({ page }) => {
  await page.goto(`${SITE}/__test__/set-cookie?lg-test-no-wasm=1`);
  await page.goto('/embed.html');
  const widget = page.locator('longgang-whatif');
  await expect(widget.locator('.problem')).toHaveText('交互版无法加载,以下为静态版本。');
  const gdp = widget.locator('table tr[data-id="gdp"] td').nth(2);
  await expect(gdp).toHaveText('436.11亿元');
  await gdp.scrollIntoViewIfNeeded();
  await expect(gdp).toBeVisible();
});

test('an iframe asking for another view shows its prerendered table as pending, then the widget', { tag: '@chromium-only' }, async ({ page }) => {
  // Reading the frame before its load event is Playwright's (`waitUntil: 'commit'`).
  const link = await linkWith({ gdp: '7' });
  await page.goto(`${SITE}/__broken__/wasm-slow/embed.html?lang=en&s=${link}`, { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveClass(/pending/);
  const cell = page.locator('longgang-whatif table tr[data-id="gdp"] td').nth(2);
  await expect.poll(() => cell.evaluate((td) => getComputedStyle(td).color)).toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('longgang-whatif .row[data-id="gdp"] .projected')).toHaveText('2024 43.815 bn yuan', { timeout: 10_000 });
});
