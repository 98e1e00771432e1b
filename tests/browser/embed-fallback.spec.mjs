// The static fallback: the tables inside the article's elements are exactly what the CLI
// renders; where the WASM cannot load, the element says so and shows that table; where the
// loader itself cannot load, the browser shows the table on its own. The article is on
// another site, as in real life.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, hostExample, SITE } from './fixtures.mjs';

const cli = (args) => execFileSync('target/debug/longgang', ['render', '--format', 'html', ...args], { encoding: 'utf8' });

test('the static tables in the article match the CLI render', { tag: '@no-browser' }, async () => {
  const article = readFileSync('www/examples/article.html', 'utf8');
  const inside = [...article.matchAll(/<longgang-whatif [^>]*>\n([\s\S]*?)<\/longgang-whatif>/g)].map((m) => m[1]);
  const noscript = [...article.matchAll(/<noscript>\n([\s\S]*?)<\/noscript>/g)].map((m) => m[1]);
  expect([...inside, ...noscript]).toEqual([
    cli(['--preset', 'official', '--indicators', 'gdp,fai', '--lang', 'zh']),
    cli(['--preset', 'official', '--indicators', 'urban_income,rural_income', '--lang', 'en']),
    cli(['--preset', 'official', '--indicators', 'retail_sales,budget_revenue', '--lang', 'zh']),
  ]);
});

test.describe('when the WASM file cannot load', () => {
  test.use({ expectedProblem: /Failed to load resource|net::ERR|status of 404/ });

  test('the element shows the static table and says why', async ({ page }) => {
    await page.goto(hostExample('article.html', { embed: `${SITE}/__broken__/wasm-404` }));
    const widget = page.locator('#widget-zh');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('.problem')).toHaveText('交互版无法加载,以下为静态版本。');
    await expect(widget.locator('table tr[data-id="gdp"] td').nth(2)).toHaveText('436.11亿元');
    await expect(widget.locator('table tbody tr')).toHaveCount(2);
    await expect(widget.locator('table tbody tr').first()).toBeVisible();
    await expect(widget.locator('svg rect')).toHaveCount(2);
    expect(await page.evaluate(() => document.querySelector('#widget-zh').shadowRoot.querySelector('script, [onerror], [onload]'))).toBeNull();
  });
});

test.describe('when the loader itself cannot load', () => {
  test.use({ expectedProblem: /Failed to load resource|resource: failed to load script|net::ERR|status of 404/ });

  test('the browser shows the static table inside the element', async ({ page }) => {
    await page.goto(hostExample('article.html', { embed: `${SITE}/__broken__/embed-404` }));
    const widget = page.locator('#widget-en');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('table tbody tr')).toHaveCount(2);
    await expect(widget.locator('table tr[data-id="urban_income"] td').nth(2)).toHaveText('73,273.07 yuan');
    await expect(widget.locator('table caption')).toBeVisible();
  });
});
