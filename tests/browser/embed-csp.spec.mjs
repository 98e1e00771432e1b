// Pages run under a strict Content-Security-Policy with zero violations (the test hook
// records every `securitypolicyviolation` event, in every engine): the article on another
// site with its policy widened only to this site, as the README tells hosts, and the
// simulator page itself. The article's requests go to its own origin and this site only.
import { test, expect, showWidget, hostExample, fetchedUrls, SITE, HOST, menuItem, asset } from './fixtures.mjs';

test('zero CSP violations and no third-party request in an article on another site', async ({ page }) => {
  await page.goto(hostExample('article.html'));
  await showWidget(page, '#widget-zh');
  await showWidget(page, '#widget-en');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#frame').locator('longgang-whatif .row')).toHaveCount(2);
  await page.locator('#widget-zh').locator('#b-fai').fill('12');
  await expect(page.locator('#widget-zh .row[data-id="fai"] .projected')).toHaveText('2024年 231.03亿元');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(await page.frameLocator('#frame').locator('html').evaluate(() => window.__cspViolations)).toEqual([]);
  const origins = new Set((await fetchedUrls(page)).map((url) => new URL(url).origin));
  expect([...origins].filter((origin) => origin !== SITE && origin !== HOST)).toEqual([]);
});

test('the simulator page itself runs under the same policy', async ({ page }) => {
  const response = await fetch(`${SITE}/`);
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.goto('/');
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await menuItem(page, '#embed');
  await page.locator('#embed-dialog longgang-whatif').scrollIntoViewIfNeeded();
  await expect(page.locator('#embed-dialog longgang-whatif .row').first()).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test('every file an embed needs may be fetched from another origin', { tag: '@no-browser' }, async () => {
  for (const path of ['embed.js', 'js/embed-widget.js', 'embed.css', 'pkg/longgang_sim.js', 'pkg/longgang_sim_bg.wasm', 'pkg/dataset.json', 'embed.html'].map(asset)) {
    const response = await fetch(`${SITE}${path}`, { headers: { Origin: HOST } });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
  }
});
