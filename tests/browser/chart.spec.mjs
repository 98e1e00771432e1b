// The chart draws every indicator, follows the sliders live and keeps the table as its text.
import { test, expect, open, box } from './fixtures.mjs';

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
