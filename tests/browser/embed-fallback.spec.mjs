// The static fallback: the article's <noscript> tables are exactly what the CLI renders,
// and a widget whose WASM cannot load shows that table and a readable message.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const cli = (args) => execFileSync('target/debug/longgang', ['render', '--format', 'html', ...args], { encoding: 'utf8' });

test('noscript fallbacks match the CLI render', async () => {
  const article = readFileSync('www/examples/article.html', 'utf8');
  const blocks = [...article.matchAll(/<noscript>\n([\s\S]*?)<\/noscript>/g)].map((m) => m[1]);
  expect(blocks).toEqual([
    cli(['--preset', 'official', '--indicators', 'gdp,fai', '--lang', 'zh']),
    cli(['--preset', 'official', '--indicators', 'urban_income,rural_income', '--lang', 'en']),
    cli(['--preset', 'official', '--indicators', 'retail_sales,budget_revenue', '--lang', 'zh']),
  ]);
});

test.describe('when the WASM file cannot load', () => {
  test.use({ expectedProblem: /Failed to load resource|net::ERR_FAILED/ });

  test('the element shows the static table and says why', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/examples/article.html');
    const widget = page.locator('#widget-zh');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('.problem')).toHaveText('交互版无法加载,以下为静态版本。');
    await expect(widget.locator('table tr[data-id="gdp"] td').nth(2)).toHaveText('436.11亿元');
    await expect(widget.locator('table tbody tr')).toHaveCount(2);
    await expect(widget.locator('svg rect')).toHaveCount(2);
    expect(await page.evaluate(() => document.querySelector('#widget-zh').shadowRoot.querySelector('script, [onerror], [onload]'))).toBeNull();
  });
});
