// The comparison answers "which targets are at risk": each scenario's status against each
// target, by glyph and word, and how many targets each one meets.
import { test, expect, openWithAnalysis, box } from './fixtures.mjs';

test('status per target and the count of targets met, for the current scenario and each pin', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#pin-current').click();
  await page.locator('[data-preset="cautious"]').click();
  await page.locator('#pin-current').click();
  await page.locator('[data-preset="official"]').click();
  await box(page, 'gdp').fill('6');
  const table = page.locator('#compare');
  await expect(table.locator('thead th')).toHaveText(['指标', '2024年目标', '当前', '官方目标', '审慎']);
  const gdp = table.locator('tr[data-id="gdp"]');
  await expect(gdp.locator('td').nth(0)).toHaveText('6.5%以上');
  await expect(gdp.locator('td').nth(1).locator('.compare-status')).toHaveText('▼低于目标');
  await expect(gdp.locator('td').nth(2).locator('.compare-status')).toHaveText('✓达到目标');
  await expect(gdp.locator('td').nth(3).locator('.compare-status')).toHaveText('▼低于目标');
  await expect(table.locator('tr[data-id="fai"] td').nth(1).locator('.compare-status')).toHaveText('✓达到目标');
  // No target, no status.
  await expect(table.locator('tr[data-id="exports"] td').nth(0)).toHaveText('无目标');
  await expect(table.locator('tr[data-id="exports"] .compare-status')).toHaveCount(0);
  await expect(table.locator('tr.compare-count td')).toHaveText(['7项达到目标(共8项)', '8项达到目标(共8项)', '0项达到目标(共8项)']);

  await page.locator('#lang-switch a[data-lang="en"]').click();
  await expect(table.locator('tr[data-id="gdp"] td').nth(1).locator('.compare-status')).toHaveText(/^▼\s*falls short$/);
  await expect(table.locator('tr.compare-count td')).toHaveText(['7 of 8 targets met', '8 of 8 targets met', '0 of 8 targets met']);
});
