// Pinned scenarios: side-by-side table with differences, marks on the chart, and the pins
// travel in the share link.
import { test, expect, openWithAnalysis, box } from './fixtures.mjs';

test('pin scenarios, compare them, and reopen them from the link', async ({ page, browser }) => {
  await openWithAnalysis(page);
  await page.locator('#pin-name').fill('官方');
  await page.locator('#pin-current').click();
  await page.locator('[data-preset="momentum"]').click();
  await page.locator('#pin-current').click();
  await expect(page.locator('.pins li')).toHaveCount(2);
  await box(page, 'gdp').fill('6');
  const table = page.locator('#compare');
  await expect(table.locator('thead th')).toHaveText(['指标', '2024年目标', '当前', '官方', '延续2023年']);
  await expect(table.locator('tr[data-id="gdp"] td .compare-value')).toHaveText(['434.06亿元 · 6%', '436.11亿元 (+2.05亿元) · 6.5%', '445.12亿元 (+11.06亿元) · 8.7%']);
  await expect(page.locator('svg.chart .chart-row[data-id="gdp"] .pin-mark[display="inline"]')).toHaveCount(2);
  await expect(page).toHaveURL(/&pin=v2~.*&pn=%E5%AE%98%E6%96%B9&pin=v2~longgang-2024~E1~D0~M0~gdp8\.7~.*&pn=/);

  const other = await browser.newPage();
  await other.goto(await page.url());
  await expect(other.locator('#compare tr[data-id="gdp"] .compare-value').nth(2)).toHaveText('445.12亿元 (+11.06亿元) · 8.7%');
  await expect(other.locator('.pins li')).toHaveCount(2);
  await other.close();

  await page.locator('#lang-switch a[data-lang="en"]').click();
  await expect(page.locator('.pins li')).toHaveCount(2);
  await expect(table.locator('thead th').first()).toHaveText('Indicator');
  await page.locator('#lang-switch a[data-lang="zh"]').click();
  await expect(page.locator('.pins li')).toHaveCount(2);
  await page.locator('#pin-current').click();
  await expect(page.locator('#pin-current')).toBeDisabled();
  await page.getByRole('button', { name: '移除“官方”' }).click();
  await expect(table.locator('thead th')).toHaveText(['指标', '2024年目标', '当前', '延续2023年', '情景3']);
});

test('a damaged pinned link is named in the notice', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en&pin=v1~broken&pn=Plan%20B');
  await expect(page.locator('#notice')).toContainText('Pinned scenario “Plan B” could not be opened');
  await expect(page.locator('.pins li')).toHaveCount(0);
});
