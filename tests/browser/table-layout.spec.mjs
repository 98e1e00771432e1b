// Table or cards: the projection is a table wherever the table fits its column, with room
// kept for the uncertainty columns, so the Monte Carlo's figures arriving never reshape the
// page; where it does not fit (a phone, large text, a narrower window, sooner in English,
// whose figures are longer) its rows are cards. Never a table wider than its column.
import { test, expect, open, reachAnalysis } from './fixtures.mjs';

/** The layout shown, and how wide the table would be as a table with every column. */
const layout = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const table = document.querySelector('#projection');
  const column = table.parentElement.clientWidth;
  const shown = { cards: root.classList.contains('cards'), overflow: table.offsetWidth - column };
  // Measured in one task, then put back: the page never paints the trial.
  const hadColumns = table.classList.contains('has-mc');
  root.classList.remove('cards');
  table.classList.add('has-mc');
  const needed = table.offsetWidth - table.parentElement.clientWidth;
  table.classList.toggle('has-mc', hadColumns);
  root.classList.toggle('cards', shown.cards);
  return { ...shown, tableWouldOverflow: needed > 1, pageOverflow: root.scrollWidth - root.clientWidth };
});

for (const lang of ['zh', 'en']) {
  test(`a table exactly where the table fits, from 1,440 px down to 1,000 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 800 });
    await open(page, `#lang=${lang}`);
    const wide = await layout(page);
    expect(wide).toEqual({ cards: false, overflow: 0, tableWouldOverflow: false, pageOverflow: 0 });
    const seen = new Set([wide.cards]);
    for (const width of [1360, 1280, 1240, 1200, 1150, 1100, 1000]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(async () => {
        const now = await layout(page);
        return now.cards === now.tableWouldOverflow;
      }, { message: `${width} px` }).toBe(true);
      const now = await layout(page);
      expect(now.pageOverflow, `${width} px`).toBe(0);
      if (!now.cards) expect(now.overflow, `${width} px`).toBeLessThanOrEqual(0);
      seen.add(now.cards);
    }
    // Both layouts were seen on the way down.
    expect([...seen].sort()).toEqual([false, true]);
  });
}

test('the uncertainty columns arriving do not turn the table into cards', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 800 });
  await open(page);
  expect((await layout(page)).cards).toBe(false);
  await reachAnalysis(page);
  await expect(page.locator('#projection')).toHaveClass(/has-mc/);
  await page.waitForTimeout(200);
  expect(await layout(page)).toEqual({ cards: false, overflow: 0, tableWouldOverflow: false, pageOverflow: 0 });
});

test('cards turn back into a table when the window widens', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await open(page);
  expect((await layout(page)).cards).toBe(true);
  await page.setViewportSize({ width: 1440, height: 800 });
  await expect.poll(async () => (await layout(page)).cards).toBe(false);
  expect((await layout(page)).overflow).toBeLessThanOrEqual(0);
});
