// Back and forward walk through the scenarios a person made, one entry per gesture.
import { test, expect, open, box } from './fixtures.mjs';

test('back and forward restore earlier scenarios and language', async ({ page }) => {
  await open(page);
  await page.locator('[data-preset="momentum"]').click();
  await expect(box(page, 'gdp')).toHaveValue('8.7');
  await box(page, 'gdp').fill('5');
  await box(page, 'gdp').press('Enter');
  await expect(box(page, 'gdp')).toHaveValue('5');
  await page.locator('#lang-switch a[data-lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(box(page, 'gdp')).toHaveValue('5');
  await page.goBack();
  await expect(box(page, 'gdp')).toHaveValue('8.7');
  await page.goBack();
  await expect(box(page, 'gdp')).toHaveValue('6.5');
  await expect(page.locator('[data-preset="official"]')).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(box(page, 'gdp')).toHaveValue('8.7');
  await expect(page.locator('[data-preset="momentum"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a drag of many steps is one history entry', async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => history.length);
  await page.locator('#range-fai').scrollIntoViewIfNeeded();
  const bounds = await page.locator('#range-fai').boundingBox();
  const y = bounds.y + bounds.height / 2;
  await page.mouse.move(bounds.x + bounds.width * 0.5, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(bounds.x + bounds.width * (0.5 + i * 0.03), y);
  await page.mouse.up();
  await expect(box(page, 'fai')).not.toHaveValue('15');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(box(page, 'fai')).toHaveValue('15');
});

test('a run of arrow keys on one slider is one entry; each typed value is one', async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => history.length);
  await page.locator('[data-preset="cautious"]').click();
  await expect(page.locator('[data-preset="cautious"]')).toHaveAttribute('aria-pressed', 'true');
  for (const [id, value] of [['gdp', '6'], ['retail_sales', '7'], ['fai', '12']]) {
    await box(page, id).fill(value);
    await box(page, id).press('Enter');
    await expect(box(page, id)).toHaveValue(value);
  }
  await page.locator('#range-gdp').focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect(box(page, 'gdp')).toHaveValue('6.5');
  // The preset, three typed values and one run of keys on the GDP slider.
  await expect.poll(() => page.evaluate(() => history.length)).toBe(before + 5);
  await page.goBack();
  await expect(box(page, 'gdp')).toHaveValue('6');
  await expect(box(page, 'fai')).toHaveValue('12');
  for (let i = 0; i < 3; i += 1) await page.goBack();
  await expect(page.locator('[data-preset="cautious"]')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.locator('[data-preset="official"]')).toHaveAttribute('aria-pressed', 'true');
});
