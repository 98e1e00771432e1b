// Saves screenshots of the page for people to look at, into tests/browser/screenshots/ (not
// committed): in Chromium at 320×640, 375×667, 414×896, 768×1024 and 1280×800, in Chinese
// and English (and in Traditional Chinese at 375×667 and 1280×800), light and dark, normal and large text (the first screen, and the whole page
// at phone and desktop sizes); and the first screen at 375×667 in every engine.
import { mkdirSync } from 'node:fs';
import { test, expect, open } from './fixtures.mjs';

const DIR = 'tests/browser/screenshots';
const SIZES = [[320, 640], [375, 667], [414, 896], [768, 1024], [1280, 800]];

for (const [width, height] of SIZES) {
  test(`screenshots at ${width}×${height}`, { tag: '@chromium-only' }, async ({ page }) => {
    mkdirSync(DIR, { recursive: true });
    await page.setViewportSize({ width, height });
    for (const lang of width === 375 || width === 1280 ? ['zh', 'zh-Hant', 'en'] : ['zh', 'en']) {
      for (const scheme of ['light', 'dark']) {
        for (const view of ['normal', 'large']) {
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, `#lang=${lang}&view=${view}`);
          await expect(page.locator('svg.chart[viewBox]')).toHaveCount(1);
          const name = `${DIR}/${lang}-${width}x${height}-${scheme}-${view}`;
          await page.screenshot({ path: `${name}.png`, animations: 'disabled' });
          if (width === 375 || width === 1280) await page.screenshot({ path: `${name}-full.png`, fullPage: true, animations: 'disabled' });
        }
      }
    }
  });
}

test('the first screen at 375×667 in this engine', async ({ page, engine }) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  await expect(page.locator('svg.chart[viewBox]')).toHaveCount(1);
  await page.screenshot({ path: `${DIR}/${engine}-zh-375x667.png` });
});
