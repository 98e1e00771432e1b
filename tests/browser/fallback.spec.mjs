// Browsers that cannot run the projection module still get the official figures: the page
// is prerendered with them (table, chart, derived figures, the report's sentences), and
// without WebAssembly (iOS Lockdown Mode turns it off, so do some in-app browsers) it says
// why in the reader's language and hides the controls that need the module; without
// JavaScript it shows the same page and one sentence on what the sliders need. The widget
// shows the static table its snippet carries.
import { test, expect, hostExample, SITE } from './fixtures.mjs';

/** Takes WebAssembly away before any page script runs (see the test hook). */
async function withoutWebAssembly(page) {
  await page.goto(`${SITE}/__test__/set-cookie?lg-test-no-wasm=1`);
}

/** The prerendered official page, without its controls: figures, chart, sources. */
async function expectStaticPage(page, { projected, quote, note }) {
  const gdp = page.locator('tr[data-id="gdp"] [data-cell="projected"]');
  await expect(gdp).toHaveText(projected);
  await expect(gdp).toBeVisible();
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await expect(page.locator('svg.chart .chart-row[data-id="gdp"] .bar')).toBeVisible();
  await expect(page.locator('.derived-list dd').first()).not.toBeEmpty();
  // The report's sentences behind each number open without any script (a native <details>).
  const sources = page.locator('tr[data-id="gdp"] details.sources');
  await sources.locator('summary').click();
  await expect(sources.locator('q').first()).toHaveText(quote);
  await expect(sources.locator('q').first()).toBeVisible();
  await expect(page.locator('#source')).toContainText('2024');
  await expect(page.locator('.static-note')).toHaveText(note);
  await expect(page.locator('.static-note')).toBeVisible();
  for (const control of ['#range-gdp', '#box-gdp', '.toolbar']) await expect(page.locator(control)).toBeHidden();
  // The language switch is plain links to the other languages' pages: it works as it is.
  await expect(page.locator('#lang-switch a')).toHaveCount(3);
  await expect(page.locator('#lang-switch a[data-lang="zh-Hant"]')).toBeVisible();
}

const ZH = {
  projected: '436.11亿元',
  quote: '全年实现地区生产总值409.49亿元,增速8.7%,增速居温州第1、全省第3。',
  note: '调整增长假设需要支持 JavaScript 和 WebAssembly 的浏览器。下面是按报告官方目标推算的结果。',
};

test('without WebAssembly the page says why and shows the official page', async ({ page }) => {
  await withoutWebAssembly(page);
  await page.goto('/');
  await expect(page.locator('#notice')).toHaveText('这个浏览器关闭了 WebAssembly(iPhone 的“锁定模式”和一些应用内浏览器会这样做),所以不能在这里调整增长假设。换用其他浏览器打开本页即可调整。');
  await expect(page.locator('#notice')).not.toContainText('刷新');
  await expectStaticPage(page, ZH);
});

test('without WebAssembly an English reader gets all of it in English', async ({ page }) => {
  await withoutWebAssembly(page);
  await page.goto('/#lang=en');
  await expect(page.locator('#notice')).toContainText('This browser has WebAssembly turned off (iPhone Lockdown Mode');
  await expect(page.locator('h1')).toHaveText('Longgang 2024 What-if');
  await expect(page.locator('tr[data-id="gdp"] .indicator-name')).toHaveText('Gross domestic product');
  await expectStaticPage(page, {
    projected: '43.611 bn yuan',
    quote: ZH.quote,
    note: 'Changing the growth assumptions needs a browser with JavaScript and WebAssembly. Below are the projections for the report’s official targets.',
  });
  // Chinese only where the report is quoted (and marked as such).
  const chinese = await page.locator('#app').evaluate((app) => {
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/[\u4e00-\u9fff]/.test(node.data) && !node.parentElement.closest('[lang="zh-CN"], .print-only')) found.push(node.data.trim());
    }
    return found;
  });
  expect(chinese).toEqual([]);
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

test('without JavaScript the page shows the official page and what the sliders need', { tag: '@chromium-only' }, async ({ browser }) => {
  // Turning scripts off per page is Playwright's (Chromium's) to do; WebDriver sessions
  // need scripts to run at all.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `${SITE}/` });
  const page = await context.newPage();
  await page.goto('/');
  await expectStaticPage(page, ZH);
  await expect(page.locator('#source')).toContainText('2024年2月4日');
  await context.close();
});
