// Goal seek: the answer appears in words and "apply" moves the slider to it.
import { test, expect, openWithAnalysis, box, projected } from './fixtures.mjs';

test('growth needed for a typed level, applied to the slider', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#goal-indicator').selectOption('fai');
  await page.locator('#goal-kind').selectOption('level');
  await page.locator('#goal-level').fill('250');
  await expect(page.locator('#goal-answer')).toHaveText('固定资产投资需增长 21.19% 才能达到250.00亿元。');
  await page.locator('#goal-apply').click();
  await expect(box(page, 'fai')).toHaveValue('21.19');
  await expect(projected(page, 'fai')).toHaveText('249.99亿元');
});

test('the growth one sector needs for GDP to reach its target', async ({ page }) => {
  await openWithAnalysis(page);
  await box(page, 'secondary').fill('5');
  await page.locator('#goal-indicator').selectOption('gdp');
  await page.locator('#goal-solve').selectOption('tertiary');
  await expect(page.locator('#goal-answer')).toHaveText('第三产业增加值需增长 7.64% 才能使地区生产总值达到目标(6.5%以上,436.11亿元)。');
  await page.locator('#goal-apply').click();
  await expect(page.locator('#gdp-mode')).toBeChecked();
  await expect(box(page, 'tertiary')).toHaveValue('7.64');
  await expect(box(page, 'gdp')).toHaveValue('6.50');
});

test('impossible and out-of-range goals say so', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  await page.locator('#goal-indicator').selectOption('gdp');
  await page.locator('#goal-kind').selectOption('level');
  await page.locator('#goal-level').fill('-5');
  await expect(page.locator('#goal-answer')).toHaveText('Not reachable: it would need a fall of more than 100%.');
  await expect(page.locator('#goal-apply')).toBeDisabled();
  // In English the level is in the unit the page shows: 70 bn yuan (700亿元).
  await page.locator('#goal-level').fill('70');
  await expect(page.locator('#goal-answer')).toHaveText('GDP needs to grow 70.94% to reach 70.000 bn yuan. That is outside the slider’s range (-20% to 40%).');
  await expect(page.locator('#goal-apply')).toBeDisabled();
  await page.locator('#goal-indicator').selectOption('exports');
  await expect(page.locator('#goal-kind option[value="official"]')).toBeDisabled();
});
