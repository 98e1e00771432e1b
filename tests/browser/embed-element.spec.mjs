// <longgang-whatif> in an article on another site (the host origin, as every real article
// is): both widgets render, respond to input, re-render when attributes change, share one
// WASM instance, and explain bad attribute values inside the element.
import { test, expect, showWidget, hostExample, hostPage, hostPolicy, fetchedUrls, SITE, menuItem, asset } from './fixtures.mjs';

test('both custom elements render and respond to input', async ({ page }) => {
  await page.goto(hostExample('article.html'));
  const zh = await showWidget(page, '#widget-zh');
  await expect(zh.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 436.11亿元');
  await zh.locator('#b-gdp').fill('6');
  await expect(zh.locator('.row[data-id="gdp"] .projected')).toHaveText('2024年 434.06亿元');
  await expect(zh.locator('.row[data-id="gdp"] .status')).toHaveText('▼ 低于目标');
  await expect(zh.locator('#r-gdp')).toHaveValue('6');
  await expect(zh.locator('.foot a')).toHaveAttribute('href', new RegExp(`^${SITE}/index\\.html#s=v2~longgang-2024~E1~D0~M0~gdp6~.*&lang=zh$`));

  const en = await showWidget(page, '#widget-en');
  await expect(en.locator('.row')).toHaveCount(2);
  await en.locator('#r-rural_income').focus();
  await page.keyboard.press('ArrowRight');
  await expect(en.locator('.row[data-id="rural_income"] .projected')).toHaveText('2024 41,153.18 yuan');
  await expect(en.locator('.title')).toHaveCount(0);
  const wasm = (await fetchedUrls(page)).filter((url) => url.endsWith('.wasm'));
  expect(wasm).toEqual([`${SITE}${asset('pkg/longgang_sim_bg.wasm')}`]);
});

test('attributes changed later re-render the widget', async ({ page }) => {
  await page.goto(hostExample('plain.html'));
  const widget = await showWidget(page, '#widget-zh');
  await widget.locator('#b-gdp').fill('7');
  await page.evaluate(() => document.querySelector('#widget-zh').setAttribute('lang', 'en'));
  await expect(widget.locator('.row[data-id="gdp"] .name')).toHaveText('Gross domestic product');
  await expect(widget.locator('#b-gdp')).toHaveValue('7');
  await page.evaluate(() => document.querySelector('#widget-zh').setAttribute('indicators', 'tertiary,primary,secondary'));
  await expect(widget.locator('.row')).toHaveCount(3);
  await expect(widget.locator('.row').first()).toHaveAttribute('data-id', 'tertiary');
  await page.evaluate(() => document.querySelector('#widget-zh').setAttribute('preset', 'momentum'));
  await expect(widget.locator('#b-tertiary')).toHaveValue('10');
  await widget.locator('button.lang[data-lang="zh"]').click();
  await expect(widget.locator('.row[data-id="primary"] .name')).toHaveText('第一产业增加值');
  await expect(page.locator('#widget-zh')).toHaveAttribute('lang', 'zh');
});

test('an attribute changed while the widget loads is not lost', async ({ page }) => {
  // The widget's Chinese words arrive late (the server holds them 1.5 s); the article
  // switches the widget to English while it is still waiting for them.
  await page.goto(hostExample('plain.html', { embed: `${SITE}/__broken__/zh-embed-slow` }));
  await page.locator('#widget-zh').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await fetchedUrls(page)).some((url) => /\/js\/lang\/part-embed\./.test(url))).toBe(true);
  await page.evaluate(() => document.querySelector('#widget-zh').setAttribute('lang', 'en'));
  const widget = page.locator('#widget-zh');
  await expect(widget.locator('.row[data-id="gdp"] .name')).toHaveText('Gross domestic product');
  // Past the Chinese words' arrival, the widget is still in English.
  await page.waitForTimeout(2000);
  await expect(widget.locator('.row[data-id="gdp"] .name')).toHaveText('Gross domestic product');
});

test('each widget row explains its projection in a small disclosure, by pointer and keyboard', async ({ page }) => {
  await page.goto(hostExample('plain.html'));
  const zh = await showWidget(page, '#widget-zh');
  await zh.locator('#b-gdp').fill('7');
  await zh.locator('.row[data-id="gdp"] details.why summary').click();
  const body = zh.locator('.row[data-id="gdp"] .why-body');
  await expect(body.locator('.why-numbers')).toHaveText('409.49 × (1 + 7 ÷ 100) = 438.1543 → 438.15');
  await expect(body.locator('li').first()).toContainText('409.49 — 报告原文：“全年实现地区生产总值409.49亿元');
  // It follows the widget's scenario while open.
  await zh.locator('#b-gdp').fill('6');
  await expect(body.locator('.why-numbers')).toHaveText('409.49 × (1 + 6 ÷ 100) = 434.0594 → 434.06');

  const en = await showWidget(page, '#widget-en');
  const summary = en.locator('.row[data-id="rural_income"] details.why summary');
  await expect(summary).toHaveText('How it is worked out');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(en.locator('.row[data-id="rural_income"] .why-numbers')).toHaveText('38425 × (1 + 7 ÷ 100) = 41114.75 → 41114.75');
  await expect(en.locator('.row[data-id="rural_income"] .why-body li').nth(1)).toContainText('Your assumption, the same as the report\'s target');
});

test('unknown attribute values get a specific message inside the element', async ({ page }) => {
  await page.goto(hostExample('plain.html'));
  await page.evaluate(() => {
    const make = (id, attributes) => {
      const element = document.createElement('longgang-whatif');
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.prepend(element);
    };
    make('bad-ids', { indicators: 'gdp,gpd,<b>x</b>' });
    make('bad-lang', { indicators: 'fai', lang: 'fr' });
    make('bad-preset', { indicators: 'fai', preset: 'wild', lang: 'en' });
    make('bad-scenario', { indicators: 'fai', scenario: 'v9~x' });
    make('nothing', { indicators: 'nope' });
  });
  const problem = (id) => page.locator(`#${id} .problem`);
  await expect(problem('bad-ids')).toHaveText('未知指标:gpd, <b>x</b>(已忽略)。');
  await expect(page.locator('#bad-ids .row')).toHaveCount(1);
  await expect(problem('bad-lang')).toHaveText('未知语言“fr”,改用中文。');
  await expect(problem('bad-preset')).toHaveText('Preset “wild” is not valid: Unknown preset "wild". Using the official targets.');
  await expect(problem('bad-scenario')).toContainText('情景无效:情景链接的格式版本“v9”不受支持');
  await expect(page.locator('#bad-scenario .row[data-id="fai"] .projected')).toHaveText('2024年 237.22亿元');
  await expect(problem('nothing')).toContainText('没有可显示的指标。');
});

test('the Embed dialog’s snippet works pasted into a page on another site', async ({ page }) => {
  await page.goto('/#lang=en');
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await page.locator('#box-gdp').fill('7');
  await menuItem(page, '#embed');
  const code = page.locator('#embed-element-code');
  await expect(code).toHaveValue(/gdp7~/);
  const snippet = await code.inputValue();
  expect(snippet).toContain(`src="${SITE}/embed.js"`);
  const host = hostPage('pasted.html', `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${hostPolicy()}">
<title>A newsroom article</title></head><body><h1>Growth in Longgang</h1><p>Try it yourself:</p>
${snippet}
</body></html>`);
  await page.goto(host);
  const widget = await showWidget(page, 'longgang-whatif');
  await expect(widget.locator('.row')).toHaveCount(3);
  await expect(widget.locator('.row[data-id="gdp"] .projected')).toHaveText('2024 43.815 bn yuan');
  await widget.locator('#b-fai').fill('10');
  await expect(widget.locator('.row[data-id="fai"] .projected')).toHaveText('2024 22.691 bn yuan');
  // Only the interactive widget shows; the static table inside the element stays behind it.
  await expect(page.locator('longgang-whatif > figure table')).toBeHidden();
});
