// Preset buttons set every growth assumption by their stated formula and show which is active.
import { test, expect, open, projected, box } from './fixtures.mjs';

test('momentum keeps 2023 growth; cautious and ambitious move two points', async ({ page }) => {
  await open(page);
  await expect(page.locator('[data-preset="official"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-preset="momentum"]').click();
  await expect(projected(page, 'gdp')).toHaveText('445.12亿元');
  await expect(projected(page, 'fai')).toHaveText('269.40亿元');
  await expect(box(page, 'deposits_loans')).toHaveValue('18.8');
  await expect(page.locator('[data-preset="momentum"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-preset="official"]')).toHaveAttribute('aria-pressed', 'false');

  await page.locator('[data-preset="cautious"]').click();
  await expect(box(page, 'gdp')).toHaveValue('4.5');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="status"]')).toHaveText('▼低于目标');
  await page.locator('[data-preset="ambitious"]').click();
  await expect(box(page, 'gdp')).toHaveValue('8.5');
  await expect(projected(page, 'gdp')).toHaveText('444.30亿元');
  await expect(page.locator('tr[data-id="retail_sales"] [data-cell="status"]')).toHaveText('▲高于目标差距超过0.5个百分点');
});

test('changing one value leaves no preset marked', async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('7');
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
  await box(page, 'gdp').fill('6.5');
  await expect(page.locator('[data-preset="official"]')).toHaveAttribute('aria-pressed', 'true');
});
