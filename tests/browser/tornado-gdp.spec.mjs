// The sensitivity chart opens on a figure readers know: GDP growth.
import { test, expect, openWithAnalysis } from './fixtures.mjs';

test('the tornado opens on GDP growth, in plain words', async ({ page }) => {
  await openWithAnalysis(page);
  const output = page.locator('#tornado-output');
  await expect(output).toHaveValue('gdp_growth');
  await expect(output.locator('option').first()).toHaveText(/^地区生产总值增速/);
  await expect(page.locator('svg.tornado title')).toContainText('地区生产总值增速');
  await expect(page.locator('svg.tornado title')).not.toContainText('三次产业推算的GDP增速');
  // Ranges read low to high, with words, not a bare dash.
  await expect(page.locator('svg.tornado .tornado-range').first()).toHaveText(/^-?\d+\.\d\d% 至 -?\d+\.\d\d%$/);
});

test('in English', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  await expect(page.locator('#tornado-output option').first()).toHaveText(/^GDP growth/);
  await expect(page.locator('label[for="tornado-output"]')).toHaveText('Result to watch');
  await expect(page.locator('svg.tornado .tornado-range').first()).toHaveText(/^-?\d+\.\d\d% to -?\d+\.\d\d%$/);
});
