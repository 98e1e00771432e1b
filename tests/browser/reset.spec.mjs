// Reset returns everything (growth, deflator, GDP mode) to the official targets.
import { test, expect, open, projected, box, menuItem } from './fixtures.mjs';

test('reset restores the official scenario', async ({ page }) => {
  await open(page);
  await page.locator('[data-preset="momentum"]').click();
  await box(page, 'deflator').fill('3');
  await page.locator('#gdp-mode').check();
  await box(page, 'tertiary').fill('1');
  await expect(projected(page, 'gdp')).not.toHaveText('436.11亿元');
  await menuItem(page, '#reset');
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
  await expect(box(page, 'tertiary')).toHaveValue('6.5');
  await expect(box(page, 'deflator')).toHaveValue('0');
  await expect(page.locator('#gdp-mode')).not.toBeChecked();
  await expect(page.locator('[data-preset="official"]')).toHaveAttribute('aria-pressed', 'true');
});
