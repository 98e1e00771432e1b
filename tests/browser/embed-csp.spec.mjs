// The article runs under a strict Content-Security-Policy with zero violations, and no
// request leaves the page's own origin.
import { test, expect, showWidget } from './fixtures.mjs';

test('zero CSP violations and no third-party request', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const origins = new Set();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  const response = await page.goto('/examples/article.html');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await showWidget(page, '#widget-zh');
  await showWidget(page, '#widget-en');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#frame').locator('longgang-whatif .row')).toHaveCount(2);
  await page.locator('#widget-zh').locator('#b-fai').fill('12');
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect([...origins].filter((o) => o !== new URL(baseURL).origin && o !== 'null')).toEqual([]);
});

test('the simulator page itself runs under the same policy', async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
  });
  await page.goto('/');
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await page.locator('#embed').click();
  await page.locator('#embed-dialog longgang-whatif').scrollIntoViewIfNeeded();
  await expect(page.locator('#embed-dialog longgang-whatif .row').first()).toBeVisible();
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});
