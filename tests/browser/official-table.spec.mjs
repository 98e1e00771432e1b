// The page loads the WASM core and shows the official projection table.
import { test, expect } from './fixtures.mjs';

test('shows the official projection with the report numbers', async ({ page, problems }) => {
  await page.goto('/');
  const table = page.locator('#projection');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(14);
  await expect(table.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11');
  await expect(table.locator('tr[data-id="urban_income"] [data-cell="projected"]')).toHaveText('73273.07');
  await expect(table.locator('tr[data-id="fai"] [data-cell="projected"]')).toHaveText('237.22');
  await expect(page.locator('#status')).toHaveText('');
  expect(problems).toEqual([]);
});
