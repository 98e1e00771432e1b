// The uncertainty part answers its own question: per target, the probability of meeting it
// and the 90% range, with the same figures as the main table's columns, and a sentence on
// how the probability relates to the status.
import { test, expect, openWithAnalysis, box } from './fixtures.mjs';

test('probability and 90% range per target, inside the uncertainty part', async ({ page }) => {
  await openWithAnalysis(page);
  const list = page.locator('#mc-results');
  await expect(list.locator('tbody tr')).toHaveCount(8);
  const gdp = list.locator('tr[data-id="gdp"]');
  await expect(gdp.locator('th')).toHaveText('地区生产总值');
  const probability = await page.locator('#projection tr[data-id="gdp"] [data-cell="probability"]').textContent();
  const interval = await page.locator('#projection tr[data-id="gdp"] [data-cell="interval"]').textContent();
  await expect(gdp.locator('.mc-probability')).toHaveText(probability);
  await expect(gdp.locator('.mc-interval')).toHaveText(interval.replace(/\s+/g, ' '));
  await expect(list.locator('tr[data-id="exports"]')).toHaveCount(0);
  await expect(page.locator('.mc-note')).toContainText('主表');
  await expect(page.locator('.mc-note')).toContainText('50%');
  await expect(page.locator('.mc-terms')).toContainText('标准差');
  await expect(page.locator('.mc-terms')).toContainText('90%区间');
  await box(page, 'gdp').fill('6');
  await expect(gdp.locator('.mc-probability')).not.toHaveText(probability);
  await expect(gdp.locator('.mc-probability')).toHaveText(await page.locator('#projection tr[data-id="gdp"] [data-cell="probability"]').textContent());
});

test('in English, after switching language', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#lang-switch a[data-lang="en"]').click();
  const list = page.locator('#mc-results');
  await expect(list.locator('tr[data-id="gdp"] th')).toHaveText('GDP');
  await expect(list.locator('tr[data-id="gdp"] .mc-probability')).toHaveText(/^\d+\.\d%$/);
  await expect(list.locator('tr[data-id="gdp"] .mc-interval')).toHaveText(/^\d+\.\d{3} – \d+\.\d{3} bn yuan$/);
  await expect(page.locator('.mc-note')).toContainText('main table');
});
