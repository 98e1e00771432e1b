// Monte Carlo in a worker: probabilities and ranges appear (and do not, without the worker
// file), typing stays responsive while runs go on, correlation moves the sectors together,
// and the seed, correlation and spreads travel in the share link.
import { test, expect, open, openWithAnalysis, reachAnalysis, box, projected, SITE, scrollToAnalysis } from './fixtures.mjs';

test('probabilities and 90% ranges appear for every indicator', async ({ page }) => {
  await openWithAnalysis(page);
  await expect(page.locator('#mc-status')).toHaveText('20,000次抽样(种子 1)');
  const gdp = page.locator('tr[data-id="gdp"]');
  await expect(gdp.locator('[data-cell="probability"]')).toHaveText(/^\d+\.\d%$/);
  await expect(gdp.locator('[data-cell="interval"]')).toHaveText(/^\d+\.\d\d – \d+\.\d\d亿元$/);
  await expect(page.locator('tr[data-id="exports"] [data-cell="probability"]')).toHaveText('—');
  await expect(page.locator('svg.chart .interval[display="inline"]')).toHaveCount(14);
});

test('zero spreads give certain outcomes', async ({ page }) => {
  const zero = 'gdp:0,industrial_va:0,fiscal_revenue:0,budget_revenue:0,retail_sales:0,exports:0,deposits_loans:0,urban_income:0,rural_income:0,primary:0,secondary:0,tertiary:0,fai:0,foreign_trade:0';
  await openWithAnalysis(page, `#lang=zh&sd=${zero}`);
  await expect(page.locator('tr[data-id="gdp"] [data-cell="probability"]')).toHaveText('100.0%');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).toHaveText('436.11 – 436.11亿元');
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
  await page.locator('#mc-correlation').fill('0.8');
  await page.locator('.spreads summary').click();
  await page.locator('#spread-gdp').fill('3');
  await page.locator('#spread-gdp').press('Enter');
  await expect(page).toHaveURL(/&seed=99&rho=0\.8&sd=gdp:3/);
  await expect(page.locator('#mc-status')).toHaveText('20,000次抽样(种子 99)');
  const other = await browser.newPage();
  await other.goto(await page.url());
  await expect(other.locator('#mc-status')).toHaveText('20,000次抽样(种子 99)');
  await expect(other.locator('#mc-correlation')).toHaveValue('0.8');
  // The status reads the same for the run before the spread changed, so the two pages are
  // compared until both show their final run: the same figures, not merely some figures.
  const figures = (p) => Promise.all([
    p.locator('tr[data-id="gdp"] [data-cell="probability"]').textContent(),
    p.locator('tr[data-id="fai"] [data-cell="interval"]').textContent(),
  ]);
  await expect.poll(async () => {
    const [mine, theirs] = [await figures(page), await figures(other)];
    return JSON.stringify(mine) === JSON.stringify(theirs) ? theirs[0] : 'different';
  }).toMatch(/^\d+\.\d%$/);
  await other.close();
  await page.locator('#spread-gdp').fill('x');
  await page.locator('#spread-gdp').press('Enter');
  await expect(page.locator('#mc-error')).toHaveText('标准差应为 0 至 20 之间、最多两位小数的数字。');
});

test('correlation near 1 moves the sectors together and widens GDP’s range', async ({ browser }) => {
  // GDP from the sectors, each with spread 2 and nothing else uncertain: the width of GDP's
  // 90% range grows by about 1.42 from correlation 0 to 0.95 (see tests/analysis.rs).
  const zeroElsewhere = 'gdp:0,industrial_va:0,fiscal_revenue:0,budget_revenue:0,retail_sales:0,exports:0,deposits_loans:0,urban_income:0,rural_income:0,fai:0,foreign_trade:0,primary:2,secondary:2,tertiary:2';
  const sectors = 'v1~D0~M1~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Cfmb';
  const width = async (rho) => {
    // A page of its own each time, so no earlier result is on screen.
    const page = await browser.newPage();
    await open(page, `#s=${sectors}&lang=en&rho=${rho}&sd=${zeroElsewhere}`);
    await reachAnalysis(page);
    await expect(page.locator('#mc-correlation')).toHaveValue(rho);
    const text = await page.locator('tr[data-id="gdp"] [data-cell="interval"]').textContent();
    await page.close();
    const [low, high] = text.split(' – ').map((part) => Number(part.match(/[\d,]+\.\d+/)[0].replaceAll(',', '')));
    return high - low;
  };
  const independent = await width('0');
  const together = await width('0.95');
  expect(together / independent).toBeGreaterThan(1.3);
  expect(together / independent).toBeLessThan(1.55);
});

test.describe('without the worker file', () => {
  test.use({ expectedProblem: /Failed to load resource|status of 404|worker|mc-worker/i });

  test('no result appears and the section says the run failed: the draws are the worker’s', async ({ page }) => {
    await page.goto(`${SITE}/__broken__/worker-404/`);
    await expect(page.locator('#projection tbody tr')).toHaveCount(14);
    await scrollToAnalysis(page);
    await expect(page.locator('#mc-error')).toHaveText('抽样计算失败。');
    await expect(page.locator('th[data-col="colProbability"]')).toBeHidden();
    await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).toHaveText('…');
    await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
  });
});
