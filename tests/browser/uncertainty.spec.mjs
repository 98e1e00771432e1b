// Monte Carlo in a worker: probabilities and ranges appear, typing stays responsive while
// runs go on, and the seed and settings travel in the share link.
import { test, expect, openWithAnalysis, box, projected } from './fixtures.mjs';

test('probabilities and 90% ranges appear for every indicator', async ({ page }) => {
  await openWithAnalysis(page);
  await expect(page.locator('#mc-status')).toHaveText('20,000次抽样(种子 1)');
  const gdp = page.locator('tr[data-id="gdp"]');
  await expect(gdp.locator('[data-cell="probability"]')).toHaveText(/^\d+\.\d%$/);
  await expect(gdp.locator('[data-cell="interval"]')).toHaveText(/^\d+\.\d\d亿元 – \d+\.\d\d亿元$/);
  await expect(page.locator('tr[data-id="exports"] [data-cell="probability"]')).toHaveText('—');
  await expect(page.locator('svg.chart .interval[display="inline"]')).toHaveCount(14);
});

test('zero spreads give certain outcomes', async ({ page }) => {
  const zero = 'gdp:0,industrial_va:0,fiscal_revenue:0,budget_revenue:0,retail_sales:0,exports:0,deposits_loans:0,urban_income:0,rural_income:0,primary:0,secondary:0,tertiary:0,fai:0,foreign_trade:0';
  await openWithAnalysis(page, `#lang=zh&sd=${zero}`);
  await expect(page.locator('tr[data-id="gdp"] [data-cell="probability"]')).toHaveText('100.0%');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).toHaveText('436.11亿元 – 436.11亿元');
  await box(page, 'gdp').fill('6');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="probability"]')).toHaveText('0.0%');
});

test('typing stays responsive while runs go on', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#spread-gdp').scrollIntoViewIfNeeded();
  // Many runs in a row: each settle starts one; the table must follow every value at once.
  const expected = { 6.1: '434.47', 6.2: '434.88', 6.3: '435.29', 6.4: '435.70', 6.6: '436.52', 6.7: '436.93', 6.8: '437.34', 6.9: '437.74' };
  for (const [value, level] of Object.entries(expected)) {
    await box(page, 'gdp').fill(value);
    // Read at once, without waiting: the table is updated within the input event.
    expect(await projected(page, 'gdp').textContent()).toBe(`${level}亿元`);
    await page.waitForTimeout(750);
  }
  await expect(projected(page, 'gdp')).toHaveText('437.74亿元');
  const blocked = await page.evaluate(async () => {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - start;
  });
  expect(blocked).toBeLessThan(200);
});

test('seed, correlation and spreads are in the link and reproduce the result', async ({ page, browser }) => {
  await openWithAnalysis(page);
  await page.locator('#mc-seed').fill('99');
  await page.locator('#mc-seed').press('Enter');
  await page.locator('.spreads summary').click();
  await page.locator('#spread-gdp').fill('3');
  await page.locator('#spread-gdp').press('Enter');
  await expect(page).toHaveURL(/&seed=99&sd=gdp:3/);
  await expect(page.locator('#mc-status')).toHaveText('20,000次抽样(种子 99)');
  const probability = await page.locator('tr[data-id="gdp"] [data-cell="probability"]').textContent();
  const other = await browser.newPage();
  await other.goto(await page.url());
  await expect(other.locator('#mc-status')).toHaveText('20,000次抽样(种子 99)');
  await expect(other.locator('tr[data-id="gdp"] [data-cell="probability"]')).toHaveText(probability);
  await other.close();
  await page.locator('#spread-gdp').fill('x');
  await page.locator('#spread-gdp').press('Enter');
  await expect(page.locator('#mc-error')).toHaveText('标准差应为 0 至 20 之间、最多两位小数的数字。');
});
