// The sensitivity tornado renders sorted by effect and reorders with the chosen figure.
import { test, expect, openWithAnalysis } from './fixtures.mjs';

test('tornado bars sorted by swing, reordering for another figure', async ({ page }) => {
  await openWithAnalysis(page);
  const rows = page.locator('svg.tornado .tornado-row');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((nodes) => nodes.map((n) => n.dataset.id))).toEqual(['tertiary', 'secondary', 'primary']);
  const widths = await page.locator('svg.tornado .tornado-bar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('width'))));
  expect(widths[0]).toBeGreaterThan(widths[1]);
  expect(widths[1]).toBeGreaterThan(widths[2]);
  await page.locator('#tornado-output').selectOption('budget_to_gdp');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((nodes) => nodes.map((n) => n.dataset.id))).toEqual(['gdp', 'budget_revenue', 'deflator']);
  await expect(page.locator('svg.tornado title')).toContainText('一般公共预算收入占GDP比重');
  await page.locator('#tornado-output').selectOption('urban_rural_ratio');
  expect(await rows.evaluateAll((nodes) => nodes.map((n) => n.dataset.id))).toEqual(['rural_income', 'urban_income']);
});
