// Accessibility: no axe violations (WCAG 2 A/AA, contrast included) in both languages and
// both colour schemes, labelled controls, a usable 320 px layout, and a debounced summary.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, openWithAnalysis, box, countAnnouncements, menuItem } from './fixtures.mjs';

// axe-core injects inline styles while it measures; the policy itself is tested in embed-csp.
test.use({ bypassCSP: true });

for (const lang of ['zh', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`no axe violations: ${lang}, ${scheme}`, { tag: '@chromium-only' }, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, `#lang=${lang}`);
      await box(page, 'gdp').fill('abc');
      await page.locator('tr[data-id="gdp"] details.sources summary').click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
  test(`no axe violations with the analyses loaded: ${lang}`, { tag: '@chromium-only' }, async ({ page }) => {
    await openWithAnalysis(page, `#lang=${lang}`);
    await page.locator('#pin-current').click();
    await expect(page.locator('#compare tbody tr')).toHaveCount(14);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('every input has an accessible name', async ({ page }) => {
  await open(page);
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input, button')].filter((el) => {
      const label = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent;
      return !label || !label.trim();
    }).map((el) => el.id || el.outerHTML.slice(0, 60)));
  expect(unnamed).toEqual([]);
  await expect(page.locator('#range-gdp')).toHaveAccessibleName('地区生产总值增速假设(%) 滑块');
  await expect(page.locator('#projection thead th').first()).toHaveAttribute('scope', 'col');
  await expect(page.locator('#projection tbody th').first()).toHaveAttribute('scope', 'row');
});

test('usable at 320 px: nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(320);
  await box(page, 'gdp').fill('5');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('429.96亿元');
});

test('the live summary is announced once a burst of changes settles', async ({ page }) => {
  await open(page);
  await expect(page.locator('#summary')).toContainText('GDP增长6.5%');
  const announcements = await countAnnouncements(page);
  await page.locator('#range-gdp').focus();
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#summary')).toHaveText('情景:GDP增长7.5%。有目标的8项指标中,8项达到或高于目标,0项低于目标。');
  expect(await announcements()).toBe(1);
});

test('reduced motion turns off the stylesheet’s transitions', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page);
  const durations = () => page.locator('#copy-link').evaluate((button) => getComputedStyle(button).transitionDuration);
  expect(await durations()).toBe('0.15s, 0.15s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await durations()).toBe('0s');
});

test('dark mode is honoured by the stylesheet', { tag: '@chromium-only' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
});

test('the embed dialog and a widget have no axe violations', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page);
  await menuItem(page, '#embed');
  const preview = page.locator('#embed-dialog longgang-whatif');
  await preview.scrollIntoViewIfNeeded();
  await expect(preview.locator('.row').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
