// Browsers that cannot run the projection module still get the official figures: without
// WebAssembly (iOS Lockdown Mode turns it off, so do some in-app browsers) the page says
// why in the reader's language and shows the official table the build put in the page, and
// the widget shows the static table its snippet carries; without JavaScript the page shows
// that table and says what the sliders need.
import { test, expect, hostExample, SITE } from './fixtures.mjs';

/** Takes WebAssembly away before any page script runs (see the test hook). */
async function withoutWebAssembly(page) {
  await page.goto(`${SITE}/__test__/set-cookie?lg-test-no-wasm=1`);
}

test('without WebAssembly the page says why and shows the official table', async ({ page }) => {
  await withoutWebAssembly(page);
  await page.goto('/');
  await expect(page.locator('#loading')).toHaveText('这个浏览器关闭了 WebAssembly(iPhone 的“锁定模式”和一些应用内浏览器会这样做),所以不能在这里调整增长假设。换用其他浏览器打开本页即可调整。');
  await expect(page.locator('#loading')).not.toContainText('刷新');
  const gdp = page.locator('#static-fallback tr[data-id="gdp"] td');
  await expect(gdp.nth(2)).toHaveText('436.11亿元');
  await expect(gdp.nth(2)).toBeVisible();
  await expect(page.locator('#static-fallback tbody tr')).toHaveCount(14);
  await expect(page.locator('#projection')).toHaveCount(0);
});

test('without WebAssembly an English reader gets all of it in English', async ({ page }) => {
  await withoutWebAssembly(page);
  await page.goto('/#lang=en');
  await expect(page.locator('#loading')).toContainText('This browser has WebAssembly turned off (iPhone Lockdown Mode');
  await expect(page.locator('h1')).toHaveText('Longgang 2024 What-if');
  await expect(page.locator('#static-fallback tr[data-id="gdp"] th')).toHaveText('Gross domestic product');
  await expect(page.locator('#static-fallback tr[data-id="gdp"] td').nth(2)).toHaveText('43.611 bn yuan');
  await expect(page.locator('#static-fallback')).not.toContainText('地区生产总值');
});

test('without WebAssembly the widget shows the static table its snippet carries', async ({ page }) => {
  await withoutWebAssembly(page);
  await page.goto(hostExample('article.html'));
  const widget = page.locator('#widget-zh');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.problem')).toHaveText('交互版无法加载,以下为静态版本。');
  await expect(widget.locator('table tr[data-id="fai"] td').nth(2)).toHaveText('237.22亿元');
  await expect(widget.locator('table tr[data-id="fai"] td').nth(2)).toBeVisible();
});

test('without JavaScript the page shows the official table and what the sliders need', { tag: '@chromium-only' }, async ({ browser }) => {
  // Turning scripts off per page is Playwright's (Chromium's) to do; WebDriver sessions
  // need scripts to run at all.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `${SITE}/` });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.static-note')).toHaveText('调整增长假设需要支持 JavaScript 和 WebAssembly 的浏览器。下面是按报告官方目标推算的结果。');
  await expect(page.locator('#static-fallback tr[data-id="gdp"] td').nth(2)).toHaveText('436.11亿元');
  await expect(page.locator('#static-fallback figcaption')).toContainText('龙港市经济发展局');
  await expect(page.locator('#source')).toContainText('2024年2月4日');
  await expect(page.locator('#loading')).toBeHidden();
  await context.close();
});
