// Hostile input never executes and never blanks the page: script and markup payloads in the
// hash, the inputs and the embed attributes stay text (a `window.__pwned` marker stays
// unset), huge or garbled links get a message, and a broken WASM file gets a readable
// message (and, in the widget, the static table).
import { test, expect, open, openWithAnalysis, box } from './fixtures.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "'-alert(1)-'",
];

async function notPwned(page) {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
}

test('payloads in every part of the hash stay text', async ({ page }) => {
  for (const payload of PAYLOADS) {
    const encoded = encodeURIComponent(payload);
    const official = 'v1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Cohe';
    await page.goto(`/#s=${encoded}&lang=${encoded}&seed=${encoded}&rho=${encoded}&sd=gdp:${encoded}&pin=${official}&pn=${encoded}`);
    await expect(page.locator('#projection tbody tr')).toHaveCount(14);
    await expect(page.locator('#notice')).toContainText('分享链接无法打开');
    await expect(page.locator('.pins li').first()).toContainText(payload);
    await expect(page.locator('#compare thead th').nth(2)).toHaveText(payload);
    await notPwned(page);
  }
});

test('payloads typed into boxes are refused as numbers and shown as text', async ({ page }) => {
  await openWithAnalysis(page);
  for (const payload of PAYLOADS) {
    await box(page, 'gdp').fill(payload);
    await expect(page.locator('#error-gdp')).toHaveText('请输入数字,例如 6.5。');
    await page.locator('#goal-kind').selectOption('level');
    await page.locator('#goal-level').fill(payload);
    await expect(page.locator('#goal-answer')).toHaveText('请输入数字,例如 6.5。');
    await page.locator('#pin-name').fill(payload);
    await page.locator('#pin-current').click();
    await expect(page.locator('.pins li').last()).toContainText(payload);
    await page.locator('.pin-remove').last().click();
  }
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11亿元');
  await notPwned(page);
});

test('payloads in embed attributes are reported as text', async ({ page }) => {
  await page.goto('/examples/plain.html');
  await page.evaluate((payloads) => {
    for (const payload of payloads) {
      const element = document.createElement('longgang-whatif');
      for (const name of ['indicators', 'lang', 'preset', 'scenario']) element.setAttribute(name, payload);
      document.body.prepend(element);
    }
  }, PAYLOADS);
  const problems = page.locator('longgang-whatif .problem');
  await expect(problems).toHaveCount(PAYLOADS.length + 0);
  for (const payload of PAYLOADS) await expect(page.locator('longgang-whatif .problem', { hasText: payload }).first()).toBeVisible();
  await notPwned(page);
});

test('a link of a megabyte gets a message, not a hang', async ({ page }) => {
  await page.goto(`/#s=v1~${'x'.repeat(1_000_000)}`);
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await expect(page.locator('#notice')).toContainText('情景链接过长');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11亿元');
});

test('percent-encoded garbage and truncated links fall back to official', async ({ page }) => {
  for (const hash of ['#s=%E4%BD%A0%FF%FE%00', '#s=v1~D0~M0~gdp6.5~indus', '#%%%%', '#s=v1~D0~M0~gdp6.5~gdp6.5~Cxyz']) {
    await page.goto(`/${hash}`);
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11亿元');
  }
});

test.describe('a WASM file that is not WebAssembly', () => {
  test('the page says so in both languages instead of going blank', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('<html>not wasm</html>') }));
    await page.goto('/');
    await expect(page.locator('#loading')).toContainText('计算模块加载失败');
    await expect(page.locator('#loading')).toContainText('The calculation module failed to load');
    await expect(page.locator('h1')).toHaveText('龙港市2024年发展目标推演');
  });

  test('the widget shows its static table', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 99]) }));
    await page.goto('/examples/article.html');
    const widget = page.locator('#widget-en');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('.problem')).toHaveText('The interactive version could not load; this is the static version.');
    await expect(widget.locator('table tbody tr')).toHaveCount(2);
  });
});
