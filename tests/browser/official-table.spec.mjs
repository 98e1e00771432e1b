// The page loads the WASM core and shows the official projection with the report's numbers.
import { test, expect, open, projected } from './fixtures.mjs';

test('official projection with the report numbers', async ({ page }) => {
  await open(page);
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
  await expect(projected(page, 'urban_income')).toHaveText('73,273.07元');
  await expect(projected(page, 'fai')).toHaveText('237.22亿元');
  await expect(projected(page, 'foreign_trade')).toHaveText('108.00');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="target"]')).toHaveText('6.5%以上 → 436.11亿元');
  await expect(page.locator('tr[data-id="exports"] [data-cell="target"]')).toHaveText('报告未设目标');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="status"]')).toHaveText('✓达到目标');
  await expect(page.locator('#loading')).toHaveCount(0);
  await expect(page).toHaveURL(/#s=v2~longgang-2024~E1~D0~M0~gdp6\.5~.*~C[0-9a-z]{3}&lang=zh$/);
});

test('each number reveals the report sentence it comes from', async ({ page }) => {
  await open(page);
  const sources = page.locator('tr[data-id="gdp"] details.sources');
  await expect(sources.locator('q').first()).toBeHidden();
  await sources.locator('summary').click();
  await expect(sources.locator('q').first()).toHaveText('全年实现地区生产总值409.49亿元,增速8.7%,增速居温州第1、全省第3。');
  await expect(sources.locator('q').nth(2)).toHaveText('地区生产总值增长6.5%以上');
});

test('foreign trade is shown in growth terms with the reason', async ({ page }) => {
  await open(page);
  const row = page.locator('tr[data-id="foreign_trade"]');
  await expect(row.locator('.note')).toContainText('未给出2023年数值');
  await expect(row.locator('[data-cell="base"]')).toHaveText('指数 100');
});
