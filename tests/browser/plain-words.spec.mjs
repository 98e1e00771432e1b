// Plain words: every term a citizen may not know has a short explanation anyone can open by
// touch or keyboard — never only a tooltip — and a preset says what it means when chosen.
import { test, expect, open, box, scrollToAnalysis } from './fixtures.mjs';

const TERMS = {
  zh: ['规上(规上工业)', '可比价与现价', 'GDP价格变动(平减指数)', '派生指标', '百分点', '以上与左右', '预设值(替代值)', '90%区间', '标准差', '达标概率'],
  en: ['Industry above designated size', 'Comparable and current prices', 'GDP price change (deflator)', 'Derived figures', 'Percentage points (pts)', '“At least” and “about”', 'Stand-in value', '90% range', 'Spread (standard deviation)', 'Chance of meeting the target'],
};

for (const lang of ['zh', 'en']) {
  test(`terms explained, opened by a tap on a phone (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, `#lang=${lang}`);
    const section = page.locator('details.terms');
    await expect(section).toHaveCount(1);
    await expect(page.locator('#term-guishang')).toBeHidden();
    // Once what loads later is in place (the analyses, above this section), so the tap
    // lands where it is aimed.
    await scrollToAnalysis(page);
    await expect(page.locator('#goal-indicator')).toHaveCount(1);
    await section.locator('summary').click();
    for (const term of TERMS[lang]) {
      const dt = section.locator('dt', { hasText: term });
      await expect(dt).toBeVisible();
    }
    // Each term has its meaning beside it, and every preset is described.
    await expect(section.locator('dd')).toHaveCount(TERMS[lang].length + 4);
    await expect(section.locator('dd').nth(0)).toBeVisible();
    await expect(section).toContainText(lang === 'zh' ? '官方值减2个百分点。' : 'The official value minus 2 percentage points.');
  });
}

test('a chosen preset says what it means, in view, until the scenario changes', async ({ page }) => {
  await open(page);
  await page.locator('[data-preset="cautious"]').click();
  const status = page.locator('.toolbar-status');
  await expect(status).toHaveText('审慎:官方值减2个百分点。');
  await expect(status).toBeVisible();
  await box(page, 'gdp').fill('6');
  await expect(status).toHaveText('');
});
