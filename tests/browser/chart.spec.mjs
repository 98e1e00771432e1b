// The chart draws every indicator, follows the sliders live and keeps the table as its text.
import { test, expect, open, openWithAnalysis, box, pinThreePresets } from './fixtures.mjs';

test('one line per indicator with targets where the report sets them', async ({ page }) => {
  await open(page);
  const chart = page.locator('svg.chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart.locator('title')).toHaveText('2024年增速假设与目标');
  await expect(chart.locator('.chart-row')).toHaveCount(14);
  await expect(chart.locator('.target-mark[display="inline"]')).toHaveCount(8);
  await expect(chart.locator('.chart-row[data-id="gdp"] .chart-value')).toHaveText('6.5% ✓');
});

test('bars move with the assumptions', async ({ page }) => {
  await open(page);
  const bar = page.locator('.chart-row[data-id="gdp"] .bar');
  const before = Number(await bar.getAttribute('width'));
  await box(page, 'gdp').fill('13');
  await expect(page.locator('.chart-row[data-id="gdp"] .chart-value')).toHaveText('13% ✓');
  expect(Number(await bar.getAttribute('width'))).toBeCloseTo(before * 2, 0);
  await box(page, 'gdp').fill('-4');
  await expect(page.locator('.chart-row[data-id="gdp"] .chart-value')).toHaveText('-4% ▼');
  await expect(bar).toHaveClass(/status-short/);
});

/** Pins the three other presets (with the official one current) and waits for a Monte Carlo result. */
async function threePinsAndRanges(page, lang) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openWithAnalysis(page, `#lang=${lang}`);
  await pinThreePresets(page);
  // A fixed-asset investment far above its target: its range line runs wide of the others.
  await box(page, 'fai').fill('30.6');
  await expect(page.locator('.chart-row[data-id="fai"] .chart-value')).toHaveText(/^30\.6% /);
  await expect(page.locator('.chart-row[data-id="fai"] .interval[display="inline"]')).toHaveCount(1);
  await expect(page.locator('.chart-row .pin-2[display="inline"]').first()).toBeVisible();
}

/** Boxes of every drawn mark that enter the box of a drawn label, value or axis label. */
function collisions(chart) {
  const drawn = (el) => el.getAttribute('display') !== 'none' && el.closest('.chart-row')?.getAttribute('display') !== 'none';
  const boxes = (selector) => [...chart.querySelectorAll(selector)].filter(drawn).map((el) => ({ el, box: el.getBoundingClientRect() }));
  const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const name = ({ el }) => `${el.closest('.chart-row')?.dataset.id ?? 'axis'} ${el.getAttribute('class')}`;
  const marks = boxes('.bar, .target-mark, .growth-base, .interval, .pin-mark');
  const texts = boxes('.chart-label, .chart-value, .axis-label');
  const found = [];
  for (const text of texts) for (const mark of marks) if (hit(text.box, mark.box)) found.push(`${name(mark)} on ${name(text)} “${text.el.textContent}”`);
  return { found, marks: marks.length, texts: texts.length };
}

for (const lang of ['zh', 'en']) {
  test(`no mark sits on a label or a value, with three pins and ranges, at 1280 and 375 px (${lang})`, async ({ page }) => {
    await threePinsAndRanges(page, lang);
    const hash = new URL(await page.url()).hash;
    const chart = page.locator('svg.chart');
    // Redrawn as the window narrows, then opened afresh from the link at each width (a
    // phone's first layout has the eight targets only) and in large text.
    for (const [width, extra, fresh] of [[1280, '', false], [375, '', false], [375, '', true], [1280, '', true], [640, '&view=large', true]]) {
      await page.setViewportSize({ width, height: 900 });
      if (fresh) {
        await page.goto('/favicon.svg');
        await open(page, `${hash}${extra}`);
        await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).not.toHaveText('…');
        await expect(chart.locator('.chart-row[data-id="fai"] .interval[display="inline"]')).toHaveCount(1);
      }
      await expect(chart.locator('.chart-row[data-id="gdp"] .pin-mark[display="inline"]')).toHaveCount(3);
      await page.waitForTimeout(300);
      const result = await chart.evaluate(collisions);
      expect(result.marks).toBeGreaterThan(40);
      expect(result.texts).toBeGreaterThan(16);
      expect(result.found, `at ${width} px${extra}`).toEqual([]);
    }
  });
}

test('the legend and the description name every mark, each pin by its own shape', async ({ page }) => {
  await threePinsAndRanges(page, 'en');
  const legend = page.locator('.chart-legend li:not([hidden])');
  await expect(legend).toHaveText([
    /^Bar: 2024 growth assumption/,
    /^Vertical mark: the report’s target/,
    /^Ring: growth in 2023/,
    /^Thin line: 90% range/,
    'Pinned: 2023 momentum',
    'Pinned: Cautious',
    'Pinned: Ambitious',
  ]);
  const description = await page.locator('svg.chart desc').textContent();
  expect(description).toContain('90% range');
  expect(description).toContain('pinned scenarios');
  for (const name of ['2023 momentum', 'Cautious', 'Ambitious']) expect(description).toContain(`“${name}”`);
  // One symbol per meaning: the pins' shapes are not the statuses' glyphs, and the chart,
  // its legend and the list of pins use the same three.
  const statusGlyphs = ['✓', '▼', '▲', '–'];
  const chartGlyphs = await page.locator('.chart-row[data-id="gdp"] .pin-mark').evaluateAll((pins) => pins.map((pin) => pin.dataset.glyph));
  const legendGlyphs = await page.locator('.legend-pin').evaluateAll((items) => items.map((item) => item.dataset.glyph));
  const listGlyphs = await page.locator('.pins .pin-mark').evaluateAll((marks) => marks.map((mark) => mark.textContent));
  expect(new Set(chartGlyphs).size).toBe(3);
  expect(legendGlyphs).toEqual(chartGlyphs);
  expect(listGlyphs).toEqual(chartGlyphs);
  for (const glyph of chartGlyphs) expect(statusGlyphs).not.toContain(glyph);
  for (const glyph of chartGlyphs) expect(description).toContain(glyph);
  // The pins' shapes differ from one another, and the legend draws each as the chart does.
  const shapes = await page.locator('.chart-row[data-id="gdp"] .pin-mark').evaluateAll((pins) => pins.map((pin) => pin.getAttribute('d')));
  expect(new Set(shapes).size).toBe(3);
  expect(await page.locator('.legend-pin path').evaluateAll((paths) => paths.map((path) => path.getAttribute('d')))).toEqual(shapes);
});

test('without pins or ranges the legend and description leave them out', async ({ page }) => {
  await open(page);
  await expect(page.locator('svg.chart[viewBox]')).toHaveCount(1);
  await expect(page.locator('.chart-legend li:not([hidden])')).toHaveCount(3);
  const description = await page.locator('svg.chart desc').textContent();
  expect(description).not.toContain('90%');
  expect(description).not.toContain('固定');
});
