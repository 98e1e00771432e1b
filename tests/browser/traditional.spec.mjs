// Traditional Chinese (繁體中文), the third language: its own prerendered page with the
// official scenario in Traditional words and figures (億元), chosen for zh-TW, zh-HK,
// zh-MO and zh-Hant browsers and for a link's `lang=zh-Hant`; the language switch reaches
// it by keyboard and keeps the scenario; a damaged link says why in it; the widget speaks it
// as a custom element and in the iframe; the report's quotes stay verbatim in Simplified
// Chinese; axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, projected, box, hostPage, showWidget, SITE } from './fixtures.mjs';

/** Simplified forms that Traditional text never has (the report's quotes are marked zh-CN and left out). */
const SIMPLIFIED = /[标链设数报项为这过应错误亿龙长产区业总额统计实际资经济发个图样载选择显说关计划现]/;

/** Makes the browser report these languages to the page (see the test hook). */
async function browserLanguages(page, list) {
  await page.goto(`${SITE}/__test__/set-cookie?lg-test-languages=${list}`);
}

/** The page's text outside the report's own words (quotes and the cited title, marked zh-CN). */
function textOutsideQuotes(page) {
  return page.evaluate(() => {
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="zh-CN"], script, style, [hidden]')) continue;
      parts.push(node.textContent);
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

test('the Traditional page renders the official scenario in Traditional words and figures', async ({ page }) => {
  await open(page, 'index.zh-Hant.html#lang=zh-Hant');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page).toHaveTitle('龍港市2024年發展目標推演');
  await expect(page.locator('h1')).toHaveText('龍港市2024年發展目標推演');
  await expect(page.locator('#projection caption')).toHaveText('2024年主要指標推演與目標對比');
  await expect(page.locator('tr[data-id="gdp"] .indicator-name')).toHaveText('地區生產總值');
  await expect(projected(page, 'gdp')).toHaveText('436.11億元');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="status"]')).toContainText('達到目標');
  await expect(page.locator('#answer-title')).toHaveText(/^8項目標:\d項達到/);
  await expect(page.locator('#range-gdp')).toHaveAttribute('aria-valuetext', '增長 6.5%');
  await expect(page.locator('#lang-switch a[aria-current] .lang-full')).toHaveText('繁體中文');
  // The report's sentences stay as published, in Simplified Chinese, marked as such.
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  await expect(page.locator('tr[data-id="gdp"] details.sources q').first()).toHaveText('全年实现地区生产总值409.49亿元,增速8.7%,增速居温州第1、全省第3。');
  await expect(page.locator('tr[data-id="gdp"] details.sources q').first()).toHaveAttribute('lang', 'zh-CN');
  const text = await textOutsideQuotes(page);
  expect(text.match(new RegExp(`.{0,12}${SIMPLIFIED.source}.{0,12}`, 'g')), 'Simplified Chinese outside the quotes').toBeNull();
  // A field's message is Traditional too.
  await box(page, 'gdp').fill('abc');
  await expect(page.locator('#error-gdp')).toHaveText('請輸入數字,例如 6.5。');
});

test('zh-TW, zh-HK, zh-MO and zh-Hant browsers get the Traditional page; a link’s lang wins', async ({ page }) => {
  for (const list of ['zh-TW,en', 'zh-HK', 'zh-MO,zh-CN', 'zh-Hant-TW,en']) {
    await browserLanguages(page, list);
    await page.goto('/');
    await expect(page.locator('html'), list).toHaveAttribute('lang', 'zh-Hant');
    await expect(projected(page, 'gdp'), list).toHaveText('436.11億元');
  }
  await browserLanguages(page, 'en-US');
  await page.goto('/#lang=zh-Hant');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=zh-Hant');
  // And the other way: a Traditional browser following a link to the Simplified page.
  await browserLanguages(page, 'zh-TW');
  await page.goto('/#lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the language switch reaches Traditional by keyboard and keeps the scenario', async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('7.1');
  await expect(projected(page, 'gdp')).toHaveText('438.56亿元');
  await page.locator('h1').click();
  // Tab from the title to the switch's Traditional link (the skip links come first).
  let focused = null;
  for (let i = 0; i < 8 && focused !== 'zh-Hant'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-lang'));
  }
  expect(focused).toBe('zh-Hant');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(projected(page, 'gdp')).toHaveText('438.56億元');
  await expect(box(page, 'gdp')).toHaveValue('7.1');
  await expect(page).toHaveURL(/&lang=zh-Hant$/);
  await expect(page.locator('#lang-switch a[aria-current] .lang-full')).toHaveText('繁體中文');
  // On a phone the switch offers the other two by their short names, each a full-size target.
  await page.setViewportSize({ width: 375, height: 667 });
  await expect(page.locator('#lang-switch a[aria-current]')).toBeHidden();
  await expect(page.locator('#lang-switch a[data-lang="zh"] .lang-short')).toHaveText('简体');
  for (const tag of ['zh', 'en']) {
    const size = await page.locator(`#lang-switch a[data-lang="${tag}"]`).boundingBox();
    expect(size.width).toBeGreaterThanOrEqual(44);
    expect(size.height).toBeGreaterThanOrEqual(44);
  }
  // The links carry the scenario, so one opened in a new tab shows it too.
  await expect(page.locator('#lang-switch a[data-lang="en"]')).toHaveAttribute('href', /^index\.en\.html#s=v2~.*gdp7\.1.*&lang=en$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(box(page, 'gdp')).toHaveValue('7.1');
});

test('a damaged link says why in Traditional Chinese only', async ({ page }) => {
  await open(page, 'index.zh-Hant.html#s=v2~wenzhou-2025~E1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Ce5j&lang=zh-Hant');
  await expect(page.locator('#notice')).toContainText('分享連結無法開啟');
  // The core's own message, in Traditional Chinese (the full module carries it).
  await expect(page.locator('#notice')).toContainText('情境連結屬於另一份報告「wenzhou-2025」');
  await expect(page.locator('#notice')).not.toContainText('情景');
  await expect(projected(page, 'gdp')).toHaveText('436.11億元');
});

test('the widget speaks Traditional Chinese, as an element and in the iframe', async ({ page }) => {
  await page.goto(hostPage('traditional.html', `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>文章</title>
<script type="module" src="{{SITE}}/embed.js"></script></head><body>
<longgang-whatif id="hant" lang="zh-Hant" indicators="gdp,retail_sales"></longgang-whatif>
<longgang-whatif id="tw" lang="zh-TW" indicators="gdp" compact></longgang-whatif>
<iframe id="frame" title="推演" src="{{SITE}}/embed.html?indicators=gdp&amp;lang=zh-Hant" width="100%" height="400"></iframe>
</body></html>`));
  const widget = await showWidget(page, '#hant');
  await expect(widget.locator('.title')).toHaveText('龍港市2024目標推演');
  await expect(widget.locator('.row[data-id="gdp"] .name')).toHaveText('地區生產總值');
  await expect(widget.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 436.11億元');
  await expect(widget.locator('.row[data-id="gdp"] .status')).toHaveText('✓ 達到目標');
  await expect(widget.locator('.root')).toHaveAttribute('lang', 'zh-Hant');
  await widget.locator('#b-gdp').fill('6');
  await expect(widget.locator('.row[data-id="gdp"] .status')).toHaveText('▼ 低於目標');
  await widget.locator('#b-gdp').fill('abc');
  await expect(widget.locator('.row[data-id="gdp"] .error')).toHaveText('請輸入數字,例如 6.5。');
  await expect(widget.locator('.foot a')).toHaveAttribute('href', /&lang=zh-Hant$/);
  // An alias reads as the language.
  const tw = await showWidget(page, '#tw');
  await expect(tw.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 436.11億元');
  // The switch offers the other two languages, each named in itself.
  await expect(widget.locator('button.lang')).toHaveText(['简体中文', 'English']);
  await widget.locator('button.lang[data-lang="en"]').click();
  await expect(widget.locator('.row[data-id="gdp"] .name')).toHaveText('Gross domestic product');

  const frame = page.frameLocator('#frame');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(frame.locator('longgang-whatif .row[data-id="gdp"] .projected')).toHaveText('2024年 436.11億元');
});

test.describe('axe', () => {
  // axe-core injects inline styles while it measures (as in accessibility.spec.mjs).
  test.use({ bypassCSP: true });
  test('no axe violations in Traditional Chinese', { tag: '@chromium-only' }, async ({ page }) => {
    await open(page, 'index.zh-Hant.html#lang=zh-Hant');
    await box(page, 'gdp').fill('abc');
    await page.locator('tr[data-id="gdp"] details.sources summary').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
