// Hostile input never executes and never blanks the page: script and markup payloads in the
// hash, the inputs and the embed attributes stay text (a `window.__pwned` marker stays
// unset), huge or garbled links get a message, and a broken WASM file gets a readable
// message (and, in the widget, the static table).
import { test, expect, open, openWithAnalysis, box, hostExample, SITE } from './fixtures.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "'-alert(1)-'",
];

async function notPwned(page) {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => typeof window.__pwned)).toBe('undefined');
}

test('payloads in every part of the hash stay text', async ({ page }) => {
  for (const payload of PAYLOADS) {
    const encoded = encodeURIComponent(payload);
    const official = 'v1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Cohe';
    await page.goto(`/#s=${encoded}&lang=${encoded}&seed=${encoded}&rho=${encoded}&sd=gdp:${encoded}&pin=${official}&pn=${encoded}`);
    await expect(page.locator('#projection tbody tr')).toHaveCount(14);
    await expect(page.locator('#notice')).toContainText('分享链接无法打开');
    await expect(page.locator('.pins li').first()).toContainText(payload);
    await expect(page.locator('#compare thead th').nth(3)).toHaveText(payload);
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
    await expect(page.locator('#goal-answer')).toHaveText('请输入金额,例如 450 或 450亿元。');
    await page.locator('#pin-name').fill(payload);
    await page.locator('#pin-current').click();
    await expect(page.locator('.pins li').last()).toContainText(payload);
    await page.locator('.pin-remove').last().click();
  }
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.11亿元');
  await notPwned(page);
});

test('payloads in embed attributes are reported as text', async ({ page }) => {
  await page.goto(hostExample('plain.html'));
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

/** A valid link of a scenario that is not the official one (GDP 7.3%, investment 11%). */
const LINK = 'v1~D0~M0~gdp7.3~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai11~foreign_trade8~Cks3';

test('the valid link behind the damaged ones opens its own scenario', async ({ page }) => {
  await open(page, `#s=${LINK}`);
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('439.38亿元');
  await expect(page.locator('#notice')).toBeHidden();
});

test('percent-encoded garbage and cut or altered links fall back to official with a notice', async ({ page }) => {
  const damaged = [
    ['#s=%E4%BD%A0%FF%FE%00', '情景链接已损坏'],
    [`#s=${LINK.slice(0, LINK.lastIndexOf('~'))}`, '情景链接已损坏'],
    [`#s=${LINK.slice(0, -1)}`, '情景链接已损坏'],
    [`#s=${LINK.slice(0, LINK.indexOf('fai11') + 4)}`, '情景链接已损坏'],
    [`#s=${LINK.slice(0, 40)}`, '情景链接已损坏'],
    [`#s=${LINK.replace('gdp7.3', 'gdp7.4')}`, '情景链接已损坏'],
    [`#s=${LINK.replace('Cks3', 'Cks4')}`, '情景链接已损坏'],
    [`#s=${LINK.replace('~gdp7.3', '~gdp7.3~gdp7.3')}`, '情景链接已损坏'],
  ];
  for (const [hash, message] of damaged) {
    await page.goto(`/${hash}`);
    await expect(page.locator('#notice'), hash).toContainText('分享链接无法打开');
    await expect(page.locator('#notice'), hash).toContainText(message);
    // Never the linked scenario's GDP (439.38): a damaged link is not guessed at.
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]'), hash).toHaveText('436.11亿元');
    await expect(page.locator('tr[data-id="fai"] [data-cell="projected"]'), hash).toHaveText('237.22亿元');
  }
});

test.describe('a WASM file that is not WebAssembly', () => {
  test.use({ expectedProblem: /WebAssembly|wasm|magic|Failed to load resource/i });

  test('the page says so in the reader’s language and shows the official table', async ({ page }) => {
    await page.goto(`${SITE}/__broken__/wasm-garbage/#lang=en`);
    await expect(page.locator('#notice')).toContainText('The calculation module did not load');
    await expect(page.locator('#notice')).not.toContainText('计算模块');
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('43.611 bn yuan');
    await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toBeVisible();
    await expect(page.locator('#range-gdp')).toBeHidden();
    await expect(page.locator('h1')).toHaveText('Longgang 2024 What-if');
  });

  test('the widget shows its static table', async ({ page }) => {
    await page.goto(hostExample('article.html', { embed: `${SITE}/__broken__/wasm-truncated` }));
    const widget = page.locator('#widget-en');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('.problem')).toHaveText('The interactive version could not load; this is the static version.');
    await expect(widget.locator('table tbody tr')).toHaveCount(2);
    await expect(widget.locator('table tbody tr').first()).toBeVisible();
  });
});
