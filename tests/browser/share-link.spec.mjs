// The copied share link opens the same scenario, in the same language, in a fresh page.
import { test, expect, open, openWithAnalysis, reachAnalysis, projected, box, tableText } from './fixtures.mjs';

test('copy link, open it in a fresh page, get the same table', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithAnalysis(page);
  await box(page, 'gdp').fill('5.75');
  await box(page, 'tertiary').fill('9.2');
  await page.locator('#gdp-mode').check();
  await box(page, 'deflator').fill('-0.5');
  await page.locator('#lang-switch a[data-lang="en"]').click();
  await expect(projected(page, 'tertiary')).toHaveText('24.759 bn yuan');
  await page.locator('#copy-link').click();
  await expect(page.locator('.toolbar-status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#share-link').inputValue());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=v2~longgang-2024~E1~D-0\.5~M1~gdp5\.75~.*tertiary9\.2~.*&lang=en$/);
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

/** GDP 7.3%, investment 11%: the same scenario as a v1 link (made before links carried the
 * report and the edition of the data) and as the v2 link the page writes today. */
const V1_LINK = 'v1~D0~M0~gdp7.3~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai11~foreign_trade8~Cks3';
const V2_LINK = 'v2~longgang-2024~E1~D0~M0~gdp7.3~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai11~foreign_trade8~C8y4';

test('an old v1 link opens its scenario, and the page goes on with the v2 link', async ({ page }) => {
  await open(page, `#s=${V1_LINK}`);
  await expect(projected(page, 'gdp')).toHaveText('439.38亿元');
  await expect(projected(page, 'fai')).toHaveText('228.97亿元');
  await expect(page.locator('#notice')).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#s=${V2_LINK}&lang=zh$`));
  await page.goto(`/#s=${V2_LINK}`);
  await expect(projected(page, 'gdp')).toHaveText('439.38亿元');
});
