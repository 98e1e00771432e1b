// The copied share link opens the same scenario, in the same language, in a fresh page.
import { test, expect, open, openWithAnalysis, reachAnalysis, projected, box, tableText } from './fixtures.mjs';

test('copy link, open it in a fresh page, get the same table', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithAnalysis(page);
  await box(page, 'gdp').fill('5.75');
  await box(page, 'tertiary').fill('9.2');
  await page.locator('#gdp-mode').check();
  await box(page, 'deflator').fill('-0.5');
  await page.locator('#lang-switch').click();
  await expect(projected(page, 'tertiary')).toHaveText('24.759 bn yuan');
  await page.locator('#copy-link').click();
  await expect(page.locator('.toolbar-status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#share-link').inputValue());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=v1~D-0\.5~M1~gdp5\.75~.*tertiary9\.2~.*&lang=en$/);
  await expect(page.locator('#mc-status')).toContainText('seed 1');
  const before = await tableText(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.locator('#projection tbody tr')).toHaveCount(14);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.locator('#gdp-mode')).toBeChecked();
  await expect(other.locator('#box-deflator')).toHaveValue('-0.5');
  // Same seed, same settings: the Monte Carlo columns must match too, once they arrive.
  await reachAnalysis(other);
  expect(await other.locator('#projection tbody').innerText()).toBe(before);
  await fresh.close();
});

test('reload restores the exact scenario', async ({ page }) => {
  await open(page);
  await box(page, 'rural_income').fill('9.99');
  await expect(projected(page, 'rural_income')).toHaveText('42,263.66元');
  await page.reload();
  await expect(box(page, 'rural_income')).toHaveValue('9.99');
  await expect(projected(page, 'rural_income')).toHaveText('42,263.66元');
});
