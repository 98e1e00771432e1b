// The language switch (a link per language, see traditional.spec.mjs for the third) re-renders
// everything in the chosen language and is part of the URL.
import { test, expect, open, projected, box, SITE } from './fixtures.mjs';

test('switching to English and back keeps the scenario', async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('7.1');
  await page.locator('#lang-switch a[data-lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Longgang 2024 What-if');
  await expect(page.locator('#projection caption')).toHaveText('2024 projections against the targets');
  await expect(page.locator('tr[data-id="gdp"] .indicator-name')).toHaveText('Gross domestic product');
  await expect(projected(page, 'gdp')).toHaveText('43.856 bn yuan');
  await expect(projected(page, 'urban_income')).toHaveText('73,273.07 yuan');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="target"]')).toHaveText('at least 6.5% → 43.611 bn yuan');
  await expect(page.locator('#range-gdp')).toHaveAttribute('aria-valuetext', 'growth 7.1%');
  await expect(page).toHaveURL(/&lang=en$/);
  await expect(page.locator('#lang-switch a[aria-current] .lang-full')).toHaveText('English');
  await expect(page.locator('#lang-switch a[data-lang="zh"]')).toHaveAttribute('href', /^index\.html#s=.*&lang=zh$/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(box(page, 'gdp')).toHaveValue('7.1');

  await page.locator('#lang-switch a[data-lang="zh"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(projected(page, 'gdp')).toHaveText('438.56亿元');
});

test('field messages follow the language', async ({ page }) => {
  await open(page, '#lang=en');
  await box(page, 'gdp').fill('abc');
  await expect(page.locator('#error-gdp')).toHaveText('Enter a number, such as 6.5.');
});

/** Makes the browser report these languages to the page (see the test hook). */
async function browserLanguages(page, list) {
  await page.goto(`${SITE}/__test__/set-cookie?lg-test-languages=${list}`);
}

test('a link without a language follows the browser: English for an English browser', async ({ page }) => {
  await browserLanguages(page, 'en-GB,en');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Longgang 2024 What-if');
  await expect(projected(page, 'gdp')).toHaveText('43.611 bn yuan');
});

test('any other browser language gets English, a Simplified Chinese one Simplified', async ({ page }) => {
  await browserLanguages(page, 'de-DE,zh-CN');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await browserLanguages(page, 'zh-SG,en');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
});

test('the link’s language wins over the browser’s', async ({ page }) => {
  await browserLanguages(page, 'en-US');
  await page.goto('/#lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
  // The link the page then writes carries the language, so it opens the same for anyone.
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=zh');
});

test('a browser whose own locale is English opens in English', { tag: '@chromium-only' }, async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(projected(page, 'gdp')).toHaveText('43.611 bn yuan');
  await context.close();
});
