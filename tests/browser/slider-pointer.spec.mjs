// Range inputs follow the pointer; whatever value the click lands on is projected exactly.
import { test, expect, open, projected, slider, box, projectionModule, settledBox } from './fixtures.mjs';

test('clicking along the GDP slider sets growth from the pointer', async ({ page }) => {
  await open(page);
  const gdp = slider(page, 'gdp');
  const bounds = await settledBox(page, gdp);
  await page.mouse.click(bounds.x + bounds.width * 0.9, bounds.y + bounds.height / 2);
  await expect.poll(async () => Number(await box(page, 'gdp').inputValue())).toBeGreaterThan(30);
  const value = await box(page, 'gdp').inputValue();
  // The same projection module the page runs, asked here in Node.
  const core = await projectionModule();
  const scenario = core.presetScenario('official');
  scenario.growth.gdp = value;
  const expected = core.project(scenario).rows[0].projected;
  await expect(projected(page, 'gdp')).toHaveText(`${expected}亿元`);
});

test('dragging coalesces into the latest value', async ({ page }) => {
  await open(page);
  await slider(page, 'retail_sales').scrollIntoViewIfNeeded();
  const bounds = await settledBox(page, slider(page, 'retail_sales'));
  const y = bounds.y + bounds.height / 2;
  await page.mouse.move(bounds.x + bounds.width * 0.5, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) await page.mouse.move(bounds.x + bounds.width * (0.5 - i * 0.02), y);
  await page.mouse.up();
  await expect.poll(async () => Number(await box(page, 'retail_sales').inputValue())).toBeLessThan(0);
  const value = Number(await box(page, 'retail_sales').inputValue());
  const projectedText = await projected(page, 'retail_sales').textContent();
  expect(Number(projectedText.replace(/[^0-9.]/g, ''))).toBeCloseTo(167.34 * (1 + value / 100), 2);
});
