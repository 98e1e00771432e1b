// The page and the embeds load only the projection module; the full module (analyses,
// uncertainty, CSV, QR code, embed snippets) is fetched when a reader comes near the
// analysis section, asks for one of those, or opens a link that carries analysis settings.
import { readFileSync } from 'node:fs';
import { test, expect, open, showWidget, reachAnalysis, countAnnouncements, fetched, fetchedUrls, hostExample, SITE, menuItem, scrollToAnalysis, asset } from './fixtures.mjs';

// The shipped report: the folder seeds/reports/SHIPPED names.
const SHIPPED = `seeds/reports/${readFileSync('seeds/reports/SHIPPED', 'utf8').trim()}`;
const OTHER_TARGETS = JSON.parse(readFileSync(`${SHIPPED}/dataset.json`, 'utf8')).otherTargets.length;

/** The full module's path in the built site (its name carries its hash). */
const full = () => asset('pkg-full/longgang_sim_bg.wasm');

test('the table needs only the projection module; the analyses fetch the full one', async ({ page }) => {
  await open(page);
  // Long enough for the settle step (0.7 s) that would start the analyses.
  await page.waitForTimeout(1500);
  let paths = await fetched(page);
  expect(paths).toContain(asset('pkg/longgang_sim_bg.wasm'));
  expect(paths).not.toContain(full());
  await expect(page.locator('th[data-col="colProbability"]')).toBeHidden();
  await expect(page.locator('#goal-answer')).toHaveCount(0);
  await expect(page.locator('#analysis-status')).toHaveText('正在加载分析模块…');

  await reachAnalysis(page);
  paths = await fetched(page);
  expect(paths.filter((p) => p === full())).toHaveLength(1);
  await expect(page.locator('th[data-col="colProbability"]')).toBeVisible();
  await expect(page.locator('#goal-answer')).not.toBeEmpty();
  await expect(page.locator('.tornado-row')).toHaveCount(3);
  await expect(page.locator('#analysis-status')).toBeHidden();
});

test('a link with pinned scenarios fetches the full module at once', async ({ page }) => {
  const official = 'v1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Cohe';
  const lower = 'v1~D0~M0~gdp5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~C5ti';
  await open(page, `#s=${official}&pin=${lower}&pn=low`);
  await expect.poll(async () => (await fetched(page)).includes(full())).toBe(true);
  await expect(page.locator('#compare tbody tr[data-id="gdp"] td').nth(2)).toContainText('(');
});

test('the other targets arrive with the full module when their panel is opened', async ({ page }) => {
  await open(page, '#lang=en');
  // The English page's dataset file: the figures with the English texts.
  expect(await fetched(page)).toContain(asset('pkg/dataset.en.json'));
  const panel = page.locator('details.other-targets');
  await expect(panel.locator('li')).toHaveText(['Loading…']);
  await panel.locator('summary').click();
  await expect(panel.locator('li')).toHaveCount(OTHER_TARGETS);
  await expect(panel.locator('li').first().locator('q')).not.toBeEmpty();
  expect(await fetched(page)).toContain(full());
  // A language switch rebuilds the list from what was fetched.
  await page.locator('#lang-switch a[data-lang="zh"]').click();
  await expect(page.locator('details.other-targets li')).toHaveCount(OTHER_TARGETS);
});

test('CSV works before the analyses were ever reached', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page);
  const download = page.waitForEvent('download');
  await menuItem(page, '#download-csv');
  const file = await download;
  expect(file.suggestedFilename()).toBe('longgang-2024-whatif-zh.csv');
});

test('an article with widgets never fetches the full module', async ({ page }) => {
  await page.goto(hostExample('article.html'));
  await showWidget(page, 'longgang-whatif >> nth=0');
  await showWidget(page, 'longgang-whatif >> nth=1');
  await page.waitForTimeout(1000);
  const urls = await fetchedUrls(page);
  expect(urls).toContain(`${SITE}${asset('pkg/longgang_sim_bg.wasm')}`);
  expect(urls.filter((url) => url.includes('/pkg-full/'))).toEqual([]);
});

test('the arrival of the full module does not announce the summary again', async ({ page }) => {
  await open(page);
  await expect(page.locator('#summary')).toContainText('GDP增长6.5%');
  const announcements = await countAnnouncements(page);
  await reachAnalysis(page);
  // Past the settle delay (0.7 s) that follows the module's arrival.
  await page.waitForTimeout(1500);
  expect(await announcements()).toBe(0);
});

test.describe('when a file is missing', () => {
  // The browser may log the failed request; that is the point of these tests.
  test.use({ expectedProblem: /Failed to load resource|resource: failed to load|status of 404/ });

  test('without the dataset file the page says so in the reader’s language and shows the official table', async ({ page }) => {
    await page.goto(`${SITE}/__broken__/dataset-404/`);
    await expect(page.locator('#notice')).toHaveText('计算模块没有加载成功(可能是网络问题),请刷新页面重试。');
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11亿元');
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toBeVisible();
    await expect(page.locator('#range-gdp')).toBeHidden();
  });

  test('without the full module the analysis section says why and the table stays', async ({ page }) => {
    await page.goto(`${SITE}/__broken__/full-404/`);
    await expect(page.locator('#projection tbody tr')).toHaveCount(14);
    await scrollToAnalysis(page);
    await expect(page.locator('#analysis-status')).toContainText('计算模块没有加载成功');
    await expect(page.locator('#analysis-status')).toHaveClass(/field-error/);
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11亿元');
  });

  test('without the analysis code the analysis section says it failed instead of loading for ever', async ({ page }) => {
    await page.goto(`${SITE}/__broken__/analysis-404/`);
    await expect(page.locator('#projection tbody tr')).toHaveCount(14);
    await scrollToAnalysis(page);
    await expect(page.locator('#analysis-status')).toHaveClass(/field-error/);
    await expect(page.locator('#analysis-status')).not.toHaveText('正在加载分析模块…');
    await expect(page.locator('#analysis-status')).not.toBeEmpty();
  });
});
