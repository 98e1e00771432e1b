// Keyboard paths: skip links past the toolbar and the table, a tab order that follows the
// reading order with nothing invisible taking focus, and content that loads later never
// moving what the keyboard is on off the screen.
import { test, expect, open, openWithAnalysis } from './fixtures.mjs';

/** Where focus is: its box on screen, and whether it follows the previous one in the page. */
function focusState() {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  const previous = window.__lastFocus;
  window.__lastFocus = element;
  return {
    what: `${element.localName}#${element.id}.${element.className}`,
    body: element === document.body,
    width: box.width,
    height: box.height,
    onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    inOrder: !previous || previous === element || Boolean(previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
  };
}

test('the first Tab reaches the skip links, which move focus to the table and the analyses', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('#skip-table')).toBeFocused();
  await expect(page.locator('#skip-table')).toHaveText('跳到推演表');
  await expect(page.locator('#skip-table')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#projection')).toBeFocused();
  await expect(page).not.toHaveURL(/#projection/);
  // The next Tab goes into the table, past the presets and the toolbar.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.closest('#projection') !== null)).toBe(true);

  await page.keyboard.press('Shift+Tab');
  await page.locator('#skip-analysis').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#analysis-title')).toBeFocused();
  await expect(page.locator('#analysis-title')).toBeInViewport();
  // The analyses arrive while focus is on their heading, and it stays there, on screen.
  await expect(page.locator('#goal-indicator')).toHaveCount(1);
  await expect(page.locator('#analysis-title')).toBeFocused();
  await expect(page.locator('#analysis-title')).toBeInViewport();
});

test('the tab order follows the reading order and every stop is visible', async ({ page }) => {
  await openWithAnalysis(page);
  await page.evaluate(() => document.activeElement.blur());
  const stops = [];
  for (let i = 0; i < 160; i += 1) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusState);
    // The end of the page: focus leaves it (body) or, in some browsers, wraps to the start.
    if (state.body || (stops.length && state.what === stops[0].what)) break;
    stops.push(state);
  }
  expect(stops.length).toBeGreaterThan(40);
  expect(stops.filter((s) => !(s.width > 0 && s.height > 0)).map((s) => s.what)).toEqual([]);
  expect(stops.filter((s) => !s.onScreen).map((s) => s.what)).toEqual([]);
  expect(stops.filter((s) => !s.inOrder).map((s) => s.what)).toEqual([]);
});

test('content that loads later never moves focus off the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  // Focus below the analysis section before its module is in (moving focus there brings it
  // near the viewport, which fetches it): the real section, taller than its stand-in,
  // arrives above the focused control.
  await expect(page.locator('details.other-targets')).toHaveCount(1);
  await expect(page.locator('#goal-indicator')).toHaveCount(0);
  const below = page.locator('details.other-targets summary');
  await below.focus();
  await expect(below).toBeInViewport();
  await expect(page.locator('#goal-indicator')).toHaveCount(1);
  await expect(below).toBeFocused();
  await expect(below).toBeInViewport();
});
