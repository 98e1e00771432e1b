// Number boxes accept typed growth, including what Chinese input methods produce.
import { test, expect, open, projected, slider, box } from './fixtures.mjs';

test('typing a growth figure updates the slider and the table', async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('6');
  await expect(projected(page, 'gdp')).toHaveText('434.06亿元');
  await expect(slider(page, 'gdp')).toHaveValue('6');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="status"]')).toHaveText('▼低于目标');
  await box(page, 'urban_income').fill('6.25');
  await expect(projected(page, 'urban_income')).toHaveText('73,101.06元');
});

test('full-width digits and a trailing point are read as typed', async ({ page }) => {
  await open(page);
  await box(page, 'fai').fill('１０');
  await expect(projected(page, 'fai')).toHaveText('226.91亿元');
  await box(page, 'fai').fill('10.');
  await expect(box(page, 'fai')).toHaveValue('10.');
  await expect(projected(page, 'fai')).toHaveText('226.91亿元');
  await box(page, 'fai').press('Tab');
  await expect(box(page, 'fai')).toHaveValue('10');
});

test('the deflator changes the nominal ratios, not the real GDP row', async ({ page }) => {
  await open(page);
  await box(page, 'deflator').fill('2');
  await expect(page.locator('[data-derived="nominalGdp"]')).toHaveText('444.83亿元');
  await expect(page.locator('[data-derived="budgetToGdp"]')).toHaveText('2023 5.00% → 2024 4.97%');
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
});
