// Derived figures, and GDP derived from the three sectors.
import { test, expect, open, projected, box, slider } from './fixtures.mjs';

test('official derived panel', async ({ page }) => {
  await open(page);
  await expect(page.locator('[data-derived="impliedGdp"]')).toHaveText('6.50% (三次产业推算的GDP 436.11亿元)');
  await expect(page.locator('[data-derived="structure"]')).toContainText('2023 2.37 : 42.26 : 55.37');
  await expect(page.locator('[data-derived="urbanRural"]')).toHaveText('2023 1.79 : 1 → 2024 1.78 : 1');
  await expect(page.locator('[data-derived="faiToGdp"]')).toHaveText('2023 50.37% → 2024 54.40%');
  await expect(page.locator('[data-plan-share="industry"]')).toHaveText('32.80%');
  await expect(page.locator('[data-derived="keyProjectsToFai"]')).toHaveText('99.86%');
});

test('sector mode derives GDP from the sectors and locks the GDP controls', async ({ page }) => {
  await open(page);
  await page.locator('#gdp-mode').check();
  await expect(slider(page, 'gdp')).toBeDisabled();
  await expect(box(page, 'gdp')).toBeDisabled();
  await expect(page.locator('tr[data-id="gdp"] .derived-note')).toBeVisible();
  await box(page, 'tertiary').fill('7.5');
  await expect(box(page, 'gdp')).toHaveValue('7.05');
  await expect(projected(page, 'gdp')).toHaveText('438.37亿元');
  await expect(page.locator('[data-derived="impliedGdp"]')).toContainText('7.05%');
  await page.locator('#gdp-mode').uncheck();
  await expect(box(page, 'gdp')).toHaveValue('6.5');
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
});
