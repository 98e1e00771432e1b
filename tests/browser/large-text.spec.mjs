// Large-text mode (长辈模式), after the MIIT 2021 guidelines for elderly-friendly sites:
// one tap in the toolbar, carried by the share link and remembered on the device; text of
// 24 px or more, targets of 60 × 60 px or more, line height 1.5 or more; and the page
// survives 200% text zoom and a 320 px reflow (400% zoom) with nothing cut off.
import { test, expect, open, SITE } from './fixtures.mjs';

/** The root's text size and line height, in px. */
const metrics = (page) => page.evaluate(() => {
  const style = getComputedStyle(document.body);
  return { font: Number.parseFloat(getComputedStyle(document.documentElement).fontSize), line: Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize) };
});

test('one tap turns it on; the link carries it and the device remembers it', async ({ page }) => {
  await open(page);
  await page.locator('#large-text').click();
  await expect(page.locator('html')).toHaveAttribute('data-view', 'large');
  await expect(page.locator('#large-text')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/&view=large/);
  const { font, line } = await metrics(page);
  expect(font).toBeGreaterThanOrEqual(24);
  expect(line).toBeGreaterThanOrEqual(1.5);
  // Remembered: the bare address opens in large text too.
  await page.goto(`${SITE}/`);
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await expect(page.locator('html')).toHaveAttribute('data-view', 'large');
  // A link that says otherwise wins, and is remembered in turn.
  await page.goto(`${SITE}/#lang=zh&view=normal`);
  await expect(page.locator('html')).toHaveAttribute('data-view', 'normal');
  await page.locator('#large-text').click();
  await expect(page.locator('html')).toHaveAttribute('data-view', 'large');
  await page.locator('#large-text').click();
  await expect(page.locator('html')).toHaveAttribute('data-view', 'normal');
  await expect(page).not.toHaveURL(/view=large/);
});

test('in large text every control is at least 60 × 60 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, '#lang=zh&view=large');
  await page.locator('tr[data-id="gdp"] .row-toggle').click();
  const small = await page.evaluate(() => [...document.querySelectorAll('button, input, select, summary, a[href]')]
    .filter((el) => el.getClientRects().length && (!el.checkVisibility || el.checkVisibility()))
    .map((el) => [el.id || el.textContent.trim().slice(0, 16), Math.round(el.getBoundingClientRect().width), Math.round(el.getBoundingClientRect().height)])
    .filter(([, w, h]) => w < 60 || h < 60));
  expect(small).toEqual([]);
});

for (const view of ['normal', 'large']) {
  test(`200% text zoom and a 320 px reflow cut nothing off (${view})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, `#lang=en&view=${view}`);
    const clipped = () => page.evaluate(() => [...document.querySelectorAll('button, summary, .tile, h1, h2, caption, td, th, label, p')]
      .filter((el) => el.getClientRects().length && !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
      .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.dataset.cell ? `[${el.dataset.cell}]` : ''} “${el.textContent.trim().slice(0, 30)}”`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await clipped()).toEqual([]);
    // 200% text: the root's size doubled, as a browser's text-only zoom does.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => { document.documentElement.style.fontSize = `${2 * Number.parseFloat(getComputedStyle(document.documentElement).fontSize)}px`; });
    // The layout follows the text size a frame later (cards where a row no longer fits).
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await clipped()).toEqual([]);
  });
}
