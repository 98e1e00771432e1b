// Dark mode everywhere: the page follows the system and has its own switch (remembered on
// the device); the widget and the iframe take theme="auto|light|dark" and set their colour
// scheme to match, so a frame never shows an opaque box of the other scheme.
import { test, expect, open, hostPage, hostPolicy, showWidget, SITE, menuItem, openMenu } from './fixtures.mjs';

const DARK = 'rgb(15, 20, 25)';
const LIGHT = 'rgb(255, 255, 255)';
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the page’s switch chooses light or dark and the device remembers it', async ({ page }) => {
  await open(page);
  await openMenu(page);
  await page.locator('#theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK);
  await page.reload();
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK);
  await openMenu(page);
  await expect(page.locator('#theme')).toHaveValue('dark');
  await page.locator('#theme').selectOption('light');
  expect(await background(page)).toBe(LIGHT);
});

test('the page follows the system until the reader chooses', { tag: '@chromium-only' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  expect(await background(page)).toBe(DARK);
  await openMenu(page);
  await page.locator('#theme').selectOption('light');
  expect(await background(page)).toBe(LIGHT);
});

/** A host page with one widget per theme; frames get their scheme from the host's stylesheet. */
function themedHost() {
  hostPage('themes.css', '#dark-frame { color-scheme: dark; } #light-frame { color-scheme: light; }\n');
  return hostPage('themes.html', `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${hostPolicy()}"><title>Themes</title>
<link rel="stylesheet" href="themes.css">
<script type="module" src="{{SITE}}/embed.js"></script></head><body>
<longgang-whatif id="light" theme="light" indicators="gdp" lang="en"></longgang-whatif>
<longgang-whatif id="dark" theme="dark" indicators="gdp" lang="en"></longgang-whatif>
<longgang-whatif id="odd" theme="sepia" indicators="gdp" lang="en"></longgang-whatif>
<iframe id="dark-frame" src="{{SITE}}/embed.html?indicators=gdp&amp;lang=en&amp;theme=dark" title="dark"></iframe>
<iframe id="light-frame" src="{{SITE}}/embed.html?indicators=gdp&amp;lang=en&amp;theme=light" title="light"></iframe>
</body></html>`);
}

const rootBackground = (widget) => widget.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.root')).backgroundColor);

test('the widget takes theme="light|dark" and reports an unknown one', async ({ page }) => {
  await page.goto(themedHost());
  for (const [id, colour] of [['light', LIGHT], ['dark', DARK]]) {
    const widget = await showWidget(page, `#${id}`);
    expect(await rootBackground(widget)).toBe(colour);
  }
  const odd = await showWidget(page, '#odd');
  await expect(odd.locator('.problem')).toHaveText('Unknown theme “sepia”; following the system.');
});

test('the iframe sets its colour scheme from theme=', async ({ page }) => {
  await page.goto(themedHost());
  for (const [id, scheme, colour] of [['dark-frame', 'dark', DARK], ['light-frame', 'light', LIGHT]]) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.locator('longgang-whatif .row')).toHaveCount(1);
    expect(await frame.locator('html').evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
    expect(await frame.locator('longgang-whatif').evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.root')).backgroundColor)).toBe(colour);
  }
});

test('the embed dialog writes the theme into both snippets', async ({ page }) => {
  await open(page);
  await menuItem(page, '#embed');
  await page.locator('#embed-theme').selectOption('dark');
  await expect(page.locator('#embed-element-code')).toHaveValue(/<longgang-whatif [^>]*theme="dark"/);
  await expect(page.locator('#embed-iframe-code')).toHaveValue(/embed\.html\?[^"]*&amp;theme=dark[^"]*"[^>]*color-scheme:dark/);
  const preview = page.locator('#embed-dialog longgang-whatif');
  await expect(preview).toHaveAttribute('theme', 'dark');
  expect(SITE).toContain('127.0.0.1');
});
