// Range inputs move by keyboard in 0.1-point steps and update the whole page.
import { test, expect, open, projected, slider, box } from './fixtures.mjs';

test('arrow keys move GDP growth and the table follows', async ({ page }) => {
  await open(page);
  const gdp = slider(page, 'gdp');
  await gdp.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await expect(box(page, 'gdp')).toHaveValue('6.8');
  await expect(projected(page, 'gdp')).toHaveText('437.34亿元');
  await expect(gdp).toHaveAttribute('aria-valuetext', '增长 6.8%');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="gap"]')).toHaveText('+1.23亿元 / +0.30个百分点');
  await page.keyboard.press('ArrowLeft');
  await expect(projected(page, 'gdp')).toHaveText('436.93亿元');
});

test('Home and End jump to the ends of the range', async ({ page }) => {
  await open(page);
  await slider(page, 'fai').focus();
  await page.keyboard.press('End');
  await expect(box(page, 'fai')).toHaveValue('60');
  await expect(projected(page, 'fai')).toHaveText('330.05亿元');
  await page.keyboard.press('Home');
  await expect(box(page, 'fai')).toHaveValue('-30');
  await expect(page.locator('tr[data-id="fai"] [data-cell="status"]')).toHaveText('▼低于目标');
});

test('focus is visible on the slider', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.id)) !== 'range-gdp' && guard < 30) {
    await page.keyboard.press('Tab');
    guard += 1;
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).toBe('solid');
});
