// The goal level box asks for a level: it takes "450", "450亿" and "450亿元" (in English
// "45" and "45 bn yuan", the unit the English page shows), and anything else gets an
// example of a level, entirely in the page's language. English answers name their subject once.
import { test, expect, openWithAnalysis } from './fixtures.mjs';

async function typeLevel(page, text) {
  await page.locator('#goal-level').fill(text);
}

test('a level with or without its unit, in Chinese', async ({ page }) => {
  await openWithAnalysis(page);
  await page.locator('#goal-indicator').selectOption('gdp');
  await page.locator('#goal-kind').selectOption('level');
  await expect(page.locator('label[for="goal-level"]')).toContainText('亿元');
  for (const text of ['450', '450亿', '450亿元', ' 450 亿元 ']) {
    await typeLevel(page, text);
    await expect(page.locator('#goal-answer')).toHaveText('地区生产总值需增长 9.89% 才能达到450.00亿元。');
    await expect(page.locator('#goal-apply')).toBeEnabled();
  }
  await typeLevel(page, 'abc');
  await expect(page.locator('#goal-answer')).toHaveText('请输入金额,例如 450 或 450亿元。');
  await expect(page.locator('#goal-apply')).toBeDisabled();
  await typeLevel(page, '450美元');
  await expect(page.locator('#goal-answer')).toHaveText('请输入金额,例如 450 或 450亿元。');
});

test('a level with or without its unit, in English', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  await page.locator('#goal-kind').selectOption('level');
  await expect(page.locator('label[for="goal-level"]')).toContainText('bn yuan');
  for (const text of ['45', '45 bn yuan', '45bn']) {
    await typeLevel(page, text);
    await expect(page.locator('#goal-answer')).toHaveText('GDP needs to grow 9.89% to reach 45.000 bn yuan.');
    await expect(page.locator('#goal-apply')).toBeEnabled();
  }
  await typeLevel(page, '450');
  await expect(page.locator('#goal-answer')).toContainText('GDP needs to grow');
  await expect(page.locator('#goal-answer')).toContainText('outside the slider’s range');
  await typeLevel(page, 'abc');
  await expect(page.locator('#goal-answer')).toHaveText('Enter an amount, for example 45 or 45 bn yuan.');
  await expect(page.locator('#goal-answer')).not.toContainText(/[\u4e00-\u9fff]/);
  await expect(page.locator('#goal-apply')).toBeDisabled();
});

test('no English goal answer names its indicator twice', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  const answer = page.locator('#goal-answer');
  const names = await page.locator('#goal-indicator option').evaluateAll((options) => options.map((o) => [o.value, o.textContent]));
  for (const [id, name] of names) {
    await page.locator('#goal-indicator').selectOption(id);
    await expect(answer).toHaveText(/needs? to grow/);
    const text = await answer.textContent();
    const subject = text.split(/ needs? to grow/)[0];
    expect(text.split(subject).length - 1, `"${subject}" in "${text}"`).toBe(1);
    for (const word of new Set([name, 'GDP', 'Gross domestic product'])) {
      expect(text.split(word).length - 1, `"${word}" in "${text}"`).toBeLessThan(2);
    }
  }
  await page.locator('#goal-indicator').selectOption('gdp');
  await page.locator('#goal-solve').selectOption('tertiary');
  await expect(answer).toHaveText(/^Tertiary sector needs to grow \d+\.\d\d% for GDP to reach its target/);
  await expect(page.locator('label[for="tornado-output"]')).not.toHaveText('Figure');
});
