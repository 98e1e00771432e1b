// Saves screenshots of the page for people to look at: 1280×800 and 360×740, zh and en,
// into tests/browser/screenshots/ (not committed).
import { test, expect, open } from './fixtures.mjs';

const SIZES = [[1280, 800], [360, 740]];

for (const lang of ['zh', 'en']) {
  for (const [width, height] of SIZES) {
    test(`screenshot ${lang} ${width}x${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await open(page, `#lang=${lang}`);
      await page.locator('[data-preset="momentum"]').click();
      await expect(page.locator('[data-preset="momentum"]')).toHaveAttribute('aria-pressed', 'true');
      await page.screenshot({ path: `tests/browser/screenshots/${lang}-${width}x${height}.png` });
      await page.screenshot({ path: `tests/browser/screenshots/${lang}-${width}x${height}-full.png`, fullPage: true });
    });
  }
}
