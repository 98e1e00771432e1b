// Every figure of a row explains itself: the row's "sources and working" disclosure shows,
// under the row, the core's explanation of the projection, the target's level, the gaps
// and the status — formula, the exact numbers put in, the rounding that gives the figure
// in the table, and where each number comes from — by pointer and by keyboard, following
// the scenario, in the page's languages.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, openWithAnalysis, box, projected } from './fixtures.mjs';

/** The working under a row. */
const working = (page, id) => page.locator(`tr.working-row[data-working="${id}"]`);

test('a tap on a row’s disclosure shows how its projection is made, and it follows the scenario', async ({ page }) => {
  await open(page);
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  const panel = working(page, 'gdp');
  await expect(panel.locator('.working-title')).toHaveText('2024年地区生产总值（推演）');
  await expect(panel.locator('.working-numbers')).toHaveText('409.49 × (1 + 6.5 ÷ 100) = 436.10685');
  // The figure as rounded is the table's own.
  await expect(panel.locator('dd').nth(2)).toHaveText('→ 436.11 = 436.11亿元');
  expect(await projected(page, 'gdp').innerText()).toBe('436.11亿元');
  await expect(panel.locator('.working-inputs li').first()).toContainText('409.49 — 报告原文：“全年实现地区生产总值409.49亿元');
  await expect(panel.locator('.working-inputs li').nth(1)).toContainText('你的假设，与报告目标相同：“地区生产总值增长6.5%以上”');

  await box(page, 'gdp').fill('7');
  await box(page, 'gdp').press('Enter');
  await expect(panel.locator('.working-numbers')).toHaveText('409.49 × (1 + 7 ÷ 100) = 438.1543');
  await expect(panel.locator('.working-inputs li').nth(1)).toContainText('= 7 — 你的假设');

  // The status, its rule and conclusion; then a number that is itself computed, one tap on.
  await panel.locator('button[data-figure="gdp.status"]').click();
  await expect(panel.locator('button[data-figure="gdp.status"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.locator('.working-numbers')).toHaveText('7 − 6.5 = 0.5');
  await expect(panel).toContainText('结论：达到目标');
  await panel.locator('button[data-figure="gdp.gap_level"]').click();
  await expect(panel.locator('.working-numbers')).toHaveText('438.1543 − 436.10685 = 2.04745');
  await panel.locator('.working-inputs button[data-figure="gdp.target_level"]').click();
  await expect(panel.locator('.working-title')).toHaveText('2024年地区生产总值目标对应水平');

  // Closing the disclosure takes the working away.
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  await expect(working(page, 'gdp')).toHaveCount(0);
});

test('by keyboard, in English: open a row’s working and choose the gap in points', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '#lang=en');
  // Where the English table does not fit (Firefox's fonts), rows are cards: the card opens
  // first, by its own button, and shows its details.
  if (await page.locator('html.cards').count()) {
    await page.locator('tr[data-id="fai"] .row-toggle').focus();
    await page.keyboard.press('Enter');
  }
  const summary = page.locator('tr[data-id="fai"] details.sources summary');
  await expect(summary).toHaveText('Sources and working');
  await summary.focus();
  await page.keyboard.press('Enter');
  const panel = working(page, 'fai');
  await expect(panel.locator('.working-title')).toHaveText('Fixed-asset investment, 2024 (projected)');
  // In English an amount is in bn yuan, as the table has it: every level's point moves alike.
  await expect(panel.locator('.working-numbers')).toHaveText('20.628 × (1 + 15 ÷ 100) = 23.7222');
  await expect(panel.locator('dd').nth(2)).toHaveText('→ 23.722 = 23.722 bn yuan');
  expect((await projected(page, 'fai').innerText()).replace(/\s+/g, ' ')).toBe('23.722 bn yuan');
  const gap = panel.locator('button[data-figure="fai.gap_points"]');
  await gap.focus();
  await page.keyboard.press('Enter');
  await expect(gap).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.locator('.working-title')).toHaveText('Fixed-asset investment: assumed minus target growth (points)');
  await expect(panel.locator('.working-numbers')).toHaveText('15 − 15 = 0');
  await expect(panel.locator('.working-inputs li').nth(1)).toContainText('The report: “固定资产投资增长15%以上”');
});

test('the figures computed from a row explain themselves there too', async ({ page }) => {
  await open(page);
  await page.locator('tr[data-id="urban_income"] details.sources summary').click();
  const panel = working(page, 'urban_income');
  const ratio = panel.locator('button[data-figure="derived.urban_rural_ratio.plan"]');
  await expect(ratio).toHaveText('城乡居民收入比（2024年）');
  await expect(panel.locator('button[data-figure="derived.urban_rural_ratio.base"]')).toHaveText('城乡居民收入比（2023年）');
  await ratio.click();
  await expect(panel.locator('.working-title')).toHaveText('城乡居民收入比（2024年）');
  await expect(panel.locator('.working-numbers')).toHaveText(/^73273\.065 ÷ 41114\.75 = 1\.78/);
  await expect(panel.locator('dd').nth(2)).toHaveText('→ 1.78');
  // A figure of the sections below the table, explained from the GDP row: nominal GDP.
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  const gdp = working(page, 'gdp');
  await gdp.locator('button[data-figure="derived.nominal_gdp.plan"]').click();
  await expect(gdp.locator('.working-numbers')).toHaveText('436.10685 × (1 + 0 ÷ 100) = 436.10685');
  await expect(gdp.locator('.working-inputs li').nth(1)).toContainText('默认值。报告未给出价格假设');
});

test('the chance of meeting a target and the 90% range explain themselves from the run', async ({ page }) => {
  await openWithAnalysis(page);
  const chance = await page.locator('tr[data-id="gdp"] [data-cell="probability"]').innerText();
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  const panel = working(page, 'gdp');
  await panel.locator('button[data-figure="gdp.probability"]').click();
  await expect(panel.locator('.working-title')).toHaveText('地区生产总值：达到2024年目标的概率（%）');
  await expect(panel.locator('.working-numbers')).toHaveText(/^\d+ ÷ 20000 × 100 = /);
  // The same share as the table's column.
  await expect(panel.locator('dd').nth(2)).toHaveText(`→ ${chance.replace('%', '')}`);
  await expect(panel.locator('.working-inputs li').nth(0)).toContainText('在这些抽样中数出增速不低于6.5%的次数');
  await expect(panel.locator('.working-inputs li').nth(1)).toContainText('蒙特卡洛抽样：共20000次，随机种子');
  const range = (await page.locator('tr[data-id="gdp"] [data-cell="interval"]').innerText()).split(/\s*[–-]\s*/)[0];
  await panel.locator('button[data-figure="gdp.p5"]').click();
  await expect(panel.locator('.working-numbers')).toHaveText(/^409\.49 × \(1 \+ [\d.]+ ÷ 100\) = /);
  await expect(panel.locator('dd').nth(2)).toHaveText(`→ ${range} = ${range}亿元`);
  // A run's working waits for the sliders to rest, then follows them.
  await box(page, 'gdp').fill('5');
  await expect(panel.locator('.working-numbers')).toHaveText(/^409\.49 × \(1 \+ [\d.]+ ÷ 100\) = /);
  await expect(panel.locator('dd').nth(2)).not.toHaveText(`→ ${range} = ${range}亿元`);
});

test('a goal seek’s answer explains itself, and follows the question', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#goal-indicator').selectOption('gdp');
  await page.locator('#goal-solve').selectOption('tertiary');
  await expect(page.locator('#goal-answer')).toContainText('第三产业增加值需增长 6.50%');
  await page.locator('details.goal-why summary').click();
  const why = page.locator('details.goal-why');
  await expect(why.locator('.working-title')).toHaveText('第三产业增加值需要的2024年增速（%）');
  await expect(why.locator('.working-numbers')).toHaveText('((436.10685 − 10.31985 − 184.31955) ÷ 226.73 − 1) × 100 = 6.5');
  await page.locator('#goal-kind').selectOption('level');
  await page.locator('#goal-solve').selectOption('');
  await page.locator('#goal-level').fill('450');
  await expect(why.locator('.working-numbers')).toHaveText(/^\(450 ÷ 409\.49 − 1\) × 100 = 9\.89279/);
  await expect(why.locator('.working-inputs li').nth(1)).toContainText('你输入的目标水平');
});

test('a row the report says missed its 2023 target gives that account beside its working', async ({ page }) => {
  await open(page, '#lang=en');
  if (await page.locator('html.cards').count()) await page.locator('tr[data-id="foreign_trade"] .row-toggle').click();
  await page.locator('tr[data-id="foreign_trade"] details.sources summary').click();
  const account = working(page, 'foreign_trade').locator('.working-account');
  await expect(account).toContainText('This indicator missed its 2023 target.');
  await expect(account.locator('span[lang="zh-CN"]')).toContainText('贸易战以及关税问题的影响');
  if (await page.locator('html.cards').count()) await page.locator('tr[data-id="gdp"] .row-toggle').click();
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  await expect(working(page, 'gdp').locator('.working-title')).toHaveText('Gross domestic product, 2024 (projected)');
  await expect(working(page, 'gdp').locator('.working-account')).toHaveCount(0);
});

test('each end of a tornado bar explains itself', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#tornado-output').selectOption('urban_rural_ratio');
  await page.locator('details.tornado-why summary').click();
  await page.locator('#tornado-end').selectOption('rural_income|low');
  const why = page.locator('details.tornado-why');
  await expect(why.locator('.working-title')).toHaveText('城乡居民收入比（2024年）');
  await expect(why.locator('.working-varied')).toHaveText('此处2024年农村居民人均可支配收入增速（%）取其区间的最低值-20%，其余假设不变。');
  await expect(why.locator('.working-numbers')).toHaveText(/^73273\.065 ÷ 30740 = 2\.38/);
  // The end's figure is the tornado's own.
  await expect(page.locator('.tornado-row[data-id="rural_income"] .tornado-range')).toContainText(/2\.38/);
});

test('the key-project plan’s shares explain themselves below it', async ({ page }) => {
  await openWithAnalysis(page);
  const derived = page.locator('#derived-title');
  if (await page.locator('details.foldable:has(#derived-title):not([open])').count()) await derived.click();
  await page.locator('details.plan-why summary').click();
  const why = page.locator('details.plan-why');
  await expect(why.locator('.working-title')).toHaveCount(4);
  await expect(why.locator('.working-numbers').first()).toHaveText(/^77\.71 ÷ 236\.9 × 100 = 32\.80/);
  await expect(why.locator('.working-numbers').last()).toHaveText(/^236\.9 ÷ 237\.222 × 100 = 99\.86/);
  await box(page, 'fai').fill('10');
  await expect(why.locator('.working-numbers').last()).toHaveText(/^236\.9 ÷ 226\.908 × 100 = 104\.40/);
});

test('an indicator without a target explains its projection only, with its stand-in', async ({ page }) => {
  await open(page);
  await page.locator('tr[data-id="exports"] details.sources summary').click();
  const panel = working(page, 'exports');
  // The projection and the run's range: no target, so no gaps, status or chance.
  await expect(panel.locator('.working-choice').first().locator('button')).toHaveCount(3);
  await expect(panel.locator('button[data-figure="exports.probability"]')).toHaveCount(0);
  await expect(panel.locator('.working-inputs li').nth(1)).toContainText('官方情景的替代值');
});

test.describe('axe', () => {
  // axe-core injects inline styles while it measures (as in accessibility.spec.mjs).
  test.use({ bypassCSP: true });
  test('no axe violations with a row’s working open', { tag: '@chromium-only' }, async ({ page }) => {
    await open(page);
    await page.locator('tr[data-id="gdp"] details.sources summary').click();
    await working(page, 'gdp').locator('button[data-figure="gdp.status"]').click();
    await expect(working(page, 'gdp')).toContainText('结论');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
