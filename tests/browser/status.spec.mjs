// Every status explains itself: the target keeps the report's qualifier (以上/左右, at least
// /about) and an "about" target says, where its status shows, that half a point either side
// counts as met — so 7.5% "meets" an about-8% target while 6.4% misses an at-least-6.5% one.
import { test, expect, open, openWithAnalysis, box } from './fixtures.mjs';

const target = (page, id) => page.locator(`tr[data-id="${id}"] [data-cell="target"]`);
const status = (page, id) => page.locator(`tr[data-id="${id}"] [data-cell="status"]`);

test('qualifiers and the about rule in Chinese', async ({ page }) => {
  await open(page);
  await expect(target(page, 'gdp')).toHaveText('6.5%以上 → 436.11亿元');
  await expect(target(page, 'industrial_va')).toHaveText('8%左右 → 69.24亿元');
  await expect(status(page, 'industrial_va').locator('.status-rule')).toHaveText('差距在±0.5个百分点内');
  await expect(status(page, 'gdp').locator('.status-rule')).toHaveCount(0);
  await box(page, 'industrial_va').fill('7.5');
  await box(page, 'gdp').fill('6.4');
  await expect(status(page, 'industrial_va')).toHaveText('✓达到目标差距在±0.5个百分点内');
  await expect(status(page, 'gdp')).toHaveText('▼低于目标');
  await expect(status(page, 'industrial_va').locator('.status-rule')).toBeVisible();
});

test('qualifiers and the about rule in English', async ({ page }) => {
  await open(page, '#lang=en');
  await expect(target(page, 'gdp')).toHaveText('at least 6.5% → 43.611 bn yuan');
  await expect(target(page, 'industrial_va')).toHaveText('about 8% → 6.924 bn yuan');
  await box(page, 'industrial_va').fill('8.6');
  await expect(status(page, 'industrial_va')).toHaveText('▲exceeds targetmore than 0.5 pts off');
});

test('where the status and the chance show together, the table says how they differ', async ({ page }) => {
  await openWithAnalysis(page);
  await expect(page.locator('tr[data-id="gdp"] [data-cell="probability"]')).toHaveText(/^\d+\.\d%$/);
  const note = page.locator('#projection ~ .chance-note');
  await expect(note).toHaveText('状态按你设定的增速判断;达标概率是增速按标准差随机变动时达到目标的比例。所以增速正好等于目标时,状态是“达到目标”,概率约为50%。');
  await expect(note).toBeVisible();
});

test('on a phone the rule shows with a card’s details', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  const rule = status(page, 'industrial_va').locator('.status-rule');
  await expect(rule).toBeHidden();
  await page.locator('tr[data-id="industrial_va"] .row-toggle').click();
  await expect(rule).toBeVisible();
  await expect(rule).toHaveText('差距在±0.5个百分点内');
  await expect(target(page, 'industrial_va')).toBeVisible();
});
