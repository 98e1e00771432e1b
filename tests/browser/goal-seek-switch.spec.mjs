// Goal seek never dead-ends: every indicator choice lands on a goal that has an answer, an
// indicator without a target says so and starts from its projected 2024 level, and going
// back to an indicator with a target goes back to that target.
import { test, expect, openWithAnalysis } from './fixtures.mjs';

test('GDP, then exports (no target), then GDP: always an answer and Apply enabled', async ({ page }) => {
  await openWithAnalysis(page);
  const answer = page.locator('#goal-answer');
  const apply = page.locator('#goal-apply');
  const note = page.locator('#goal-note');
  await expect(answer).toHaveText('地区生产总值需增长 6.50% 才能达到目标(6.5%以上,436.11亿元)。');
  await expect(apply).toBeEnabled();
  await expect(note).toBeHidden();

  await page.locator('#goal-indicator').selectOption('exports');
  await expect(note).toBeVisible();
  await expect(note).toContainText('出口总额');
  await expect(page.locator('#goal-kind')).toHaveValue('level');
  // Pre-filled with the projected 2024 level, so there is an answer at once.
  await expect(page.locator('#goal-level')).toHaveValue(/^\d+\.\d\d$/);
  const level = await page.locator('#goal-level').inputValue();
  await expect(page.locator('tr[data-id="exports"] [data-cell="projected"]')).toHaveText(`${level}亿元`);
  await expect(answer).toHaveText(/^出口总额需增长 \d+\.\d\d% 才能达到\d+\.\d\d亿元。$/);
  await expect(apply).toBeEnabled();

  await page.locator('#goal-indicator').selectOption('gdp');
  await expect(page.locator('#goal-kind')).toHaveValue('official');
  await expect(note).toBeHidden();
  await expect(answer).toHaveText('地区生产总值需增长 6.50% 才能达到目标(6.5%以上,436.11亿元)。');
  await expect(apply).toBeEnabled();
});

test('choosing a typed level starts from the projected level, in English too', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  await expect(page.locator('#goal-answer')).toHaveText('GDP needs to grow 6.50% to reach its target (at least 6.5%, 43.611 bn yuan).');
  await page.locator('#goal-kind').selectOption('level');
  await expect(page.locator('#goal-level')).toHaveValue('43.611');
  await expect(page.locator('label[for="goal-level"]')).toContainText('bn yuan');
  await expect(page.locator('#goal-answer')).toHaveText('GDP needs to grow 6.50% to reach 43.611 bn yuan.');
  await expect(page.locator('#goal-apply')).toBeEnabled();
  await page.locator('#goal-level').fill('');
  await expect(page.locator('#goal-answer')).not.toBeEmpty();
  await expect(page.locator('#goal-apply')).toBeDisabled();
  await page.locator('#goal-indicator').selectOption('exports');
  await expect(page.locator('#goal-note')).toHaveText(/^The report sets no 2024 target for exports/);
  await expect(page.locator('#goal-answer')).toHaveText(/^Exports need to grow \d+\.\d\d% to reach \d+\.\d{3} bn yuan\.$/);
  await expect(page.locator('#goal-apply')).toBeEnabled();
});
