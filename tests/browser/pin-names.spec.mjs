// Pins are named after the preset they equal, pinning the same scenario twice says so
// instead of adding an all-zero column, the three-pin limit is stated beside the button,
// and the comparison region takes focus only when it holds a table.
import { test, expect, openWithAnalysis, box } from './fixtures.mjs';

test('pins made on a preset carry its name; an identical pin is refused with a reason', async ({ page }) => {
  await openWithAnalysis(page);
  await expect(page.locator('#pin-name')).toHaveAttribute('placeholder', '官方目标');
  await page.locator('#pin-current').click();
  await page.locator('[data-preset="cautious"]').click();
  await expect(page.locator('#pin-name')).toHaveAttribute('placeholder', '审慎');
  await page.locator('#pin-current').click();
  await expect(page.locator('.pins li')).toHaveCount(2);
  await expect(page.locator('.pins li').nth(0)).toContainText('官方目标');
  await expect(page.locator('.pins li').nth(1)).toContainText('审慎');
  // The same scenario again: nothing added, and the page says why.
  await page.locator('#pin-current').click();
  await expect(page.locator('#pin-message')).toHaveText('当前情景与已固定的“审慎”相同,无需再固定。');
  await expect(page.locator('.pins li')).toHaveCount(2);
  await box(page, 'gdp').fill('6');
  await expect(page.locator('#pin-message')).toHaveText('');
  await expect(page.locator('#pin-name')).toHaveAttribute('placeholder', '情景3');
  await page.locator('#pin-current').click();
  await expect(page.locator('.pins li').nth(2)).toContainText('情景3');
});

test('the three-pin limit is visible beside the button', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  const limit = page.locator('#pin-limit');
  await expect(limit).toBeVisible();
  await expect(limit).toHaveText('Up to 3 scenarios can be pinned; 0 pinned.');
  await page.locator('#pin-current').click();
  await expect(limit).toHaveText('Up to 3 scenarios can be pinned; 1 pinned.');
  await expect(page.locator('.pins li').first()).toContainText('Official targets');
  await page.locator('[data-preset="cautious"]').click();
  await page.locator('#pin-current').click();
  await page.locator('[data-preset="ambitious"]').click();
  await page.locator('#pin-current').click();
  await expect(page.locator('#pin-current')).toBeDisabled();
  await expect(limit).toBeVisible();
  await expect(limit).toHaveText('3 of 3 pinned: remove one to pin another.');
});

test('the empty comparison takes no focus', async ({ page }) => {
  await openWithAnalysis(page);
  await expect(page.locator('.compare-region[tabindex]')).toHaveCount(0);
  await expect(page.locator('.compare-region')).toBeHidden();
  await page.locator('#pin-current').click();
  await expect(page.locator('.compare-region')).toBeVisible();
  await expect(page.locator('#compare tbody tr')).toHaveCount(14);
});
