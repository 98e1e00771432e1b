// The answer first: a heading that counts the targets met, exceeded and short, and a tile
// per target, in the same frame as the table; a tile takes the reader to its row.
import { test, expect, open, box, projected } from './fixtures.mjs';

test('the answer counts the targets, tile by tile, in the same frame as the table', async ({ page }) => {
  await open(page);
  await expect(page.locator('#answer-title')).toHaveText('8项目标:8项达到,0项超出,0项低于');
  await expect(page.locator('#answer ul.tiles > li')).toHaveCount(8);
  await expect(page.locator('.answer-scenario')).toContainText('情景:官方目标。');
  const gdp = page.locator('.tile[data-id="gdp"]');
  await expect(gdp).toContainText('436.11亿元');
  await box(page, 'gdp').fill('6');
  // Read together, the moment after the input: the tile and the table agree.
  const [tile, cell] = await page.evaluate(() => [
    document.querySelector('.tile[data-id="gdp"] .tile-level').textContent,
    document.querySelector('tr[data-id="gdp"] [data-cell="projected"]').textContent,
  ]);
  expect(tile).toBe('434.06亿元');
  expect(cell).toBe(tile);
  await expect(page.locator('#answer-title')).toHaveText('8项目标:7项达到,0项超出,1项低于');
  await expect(gdp).toHaveAttribute('data-status', 'short');
  await expect(gdp.locator('.tile-status')).toHaveText('▼低于目标-0.50个百分点');
  await expect(page.locator('.answer-scenario')).toContainText('情景:自定情景。');

  await page.locator('[data-preset="ambitious"]').click();
  await expect(page.locator('#answer-title')).toHaveText('8项目标:3项达到,5项超出,0项低于');
  await page.locator('[data-preset="cautious"]').click();
  await expect(page.locator('#answer-title')).toHaveText('8项目标:0项达到,0项超出,8项低于');
  await expect(page.locator('.answer-scenario')).toContainText('情景:审慎。');
});

test('in English too', async ({ page }) => {
  await open(page, '#lang=en');
  await expect(page.locator('#answer-title')).toHaveText('8 targets: 8 met, 0 exceeded, 0 short');
  await expect(page.locator('.tile[data-id="urban_income"] .tile-status')).toContainText('meets target');
});

test('a tile takes the reader to its row and its slider', async ({ page }) => {
  await open(page);
  await page.locator('.tile[data-id="fai"]').click();
  await expect(page.locator('#range-fai')).toBeFocused();
  const inView = await page.evaluate(() => {
    const box = document.getElementById('row-fai').getBoundingClientRect();
    return box.top >= -1 && box.top < innerHeight;
  });
  expect(inView).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(projected(page, 'fai')).toHaveText('237.43亿元');
  await expect(page.locator('.tile[data-id="fai"] .tile-level')).toHaveText('237.43亿元');
});
