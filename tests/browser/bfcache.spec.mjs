// Back/forward cache: leaving the page and coming back restores it as it was (`pageshow`
// with `persisted`), not a fresh load: nothing on the page blocks it (no `unload` handlers;
// the HTML is sent `no-cache`, not `no-store`, which Chromium refuses to keep).
// Playwright starts Chromium with the cache turned off (--disable-back-forward-cache); this
// spec's Chromium starts without that switch. Firefox and WebKit run as they are.
import { test as base, expect, open, box, projected } from './fixtures.mjs';

const test = base.extend({
  launchOptions: [async ({ launchOptions }, use) => use({ ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] }), { scope: 'worker' }],
});

test('going back restores the page from the back/forward cache', async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('6');
  await expect(projected(page, 'gdp')).toHaveText('434.06亿元');
  await page.evaluate(() => {
    window.leftAt = Date.now();
    addEventListener('pageshow', (event) => { window.restored = event.persisted; });
  });
  // Another page of the site: a blank one the test server has.
  await page.goto('/__test__/set-cookie');
  // A restored page fires no load event: wait for the navigation to commit only.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => window.restored ?? null)).toBe(true);
  expect(await page.evaluate(() => typeof window.leftAt)).toBe('number');
  await expect(projected(page, 'gdp')).toHaveText('434.06亿元');
  // Still alive after the restore: input recomputes.
  await box(page, 'gdp').fill('7');
  await expect(projected(page, 'gdp')).toHaveText('438.15亿元');
});
