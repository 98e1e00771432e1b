// The page on a phone: the answer and the first slider in the first screen, compact cards,
// a short page, controls big enough for a finger, figures and words that never break across
// lines, chart text that stays readable, and example articles that fit the screen.
import { test, expect, open, hostExample, showWidget, openMenu } from './fixtures.mjs';

/** Every visible control's box, where a finger would hit it (a checkbox's label). */
function controlSizes(page) {
  return page.evaluate(() => {
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility === 'visible' && (!el.checkVisibility || el.checkVisibility());
    };
    return [...document.querySelectorAll('button, input, select, textarea, summary, a[href]')]
      .filter((el) => el.type !== 'hidden' && visible(el))
      .map((el) => {
        const target = (el.type === 'checkbox' || el.type === 'radio') && el.closest('label') ? el.closest('label') : el;
        const box = target.getBoundingClientRect();
        return { name: el.id || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 20) || el.localName, width: Math.round(box.width), height: Math.round(box.height) };
      });
  });
}

/**
 * Figures (with their units) and Latin words that a line break cut in two, found by
 * measuring the line boxes of each: a token whose rectangles do not share one top broke.
 */
function brokenTokens(page) {
  return page.evaluate(() => {
    const broken = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // Words, not compounds: a line may break after a hyphen, as English typesetting does.
    const token = /[-+−]?\d[\d,.]*(?:%|亿元|元|个百分点|pts)?|[A-Za-z][A-Za-z'’]*/g;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, svg, noscript, [hidden], .visually-hidden, #share-link, .print-only, .static-fallback')) continue;
      if (!parent.checkVisibility?.() && parent.getClientRects().length === 0) continue;
      for (const match of node.data.matchAll(token)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`${match[0]} (in “${node.data.trim().slice(0, 40)}”)`);
      }
    }
    return broken;
  });
}

test('at 375 × 667 the first screen holds the answer and the first slider', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  const boxes = await page.evaluate(() => Object.fromEntries(['#answer-title', '#answer .tiles', '#range-gdp', '#box-gdp'].map((sel) => [sel, document.querySelector(sel).getBoundingClientRect().bottom])));
  for (const [selector, bottom] of Object.entries(boxes)) expect(bottom, selector).toBeLessThanOrEqual(667);
});

for (const lang of ['zh', 'en']) {
  test(`collapsed cards are at most 150 px and the page at most 3,500 px at 375 px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, `#lang=${lang}`);
    const heights = await page.evaluate(() => [...document.querySelectorAll('#projection tbody tr')].map((tr) => Math.round(tr.getBoundingClientRect().height)));
    expect(heights).toHaveLength(14);
    expect(Math.max(...heights)).toBeLessThanOrEqual(150);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(3500);
    // Details open on demand, and show what the card leaves out.
    const toggle = page.locator('tr[data-id="gdp"] .row-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('tr[data-id="gdp"] [data-cell="target"]')).toBeVisible();
    await expect(page.locator('tr[data-id="fai"] [data-cell="target"]')).toBeHidden();
  });
}

test('every control is at least 44 × 44 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await page.locator('tr[data-id="gdp"] .row-toggle').click();
  await openMenu(page);
  const small = (await controlSizes(page)).filter((c) => c.width < 44 || c.height < 44);
  expect(small).toEqual([]);
});

test('the steppers beside a slider hit one-decimal values by touch', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page);
  const up = page.locator('tr[data-id="gdp"] .step').last();
  const down = page.locator('tr[data-id="gdp"] .step').first();
  await expect(up).toHaveAttribute('aria-label', /^地区生产总值.*增加0\.1$/);
  await up.click();
  await expect(page.locator('#box-gdp')).toHaveValue('6.6');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('436.52亿元');
  await down.click();
  await down.click();
  await expect(page.locator('#box-gdp')).toHaveValue('6.4');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('435.70亿元');
  await expect(page).toHaveURL(/gdp6\.4~/);
});

for (const width of [320, 375, 414]) {
  for (const lang of ['zh', 'en']) {
    test(`no figure or word breaks across lines at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await open(page, `#lang=${lang}`);
      await page.locator('tr[data-id="gdp"] .row-toggle').click();
      await page.locator('details.derived > summary').click();
      expect(await brokenTokens(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

for (const width of [320, 375, 1280]) {
  test(`chart text is at least 12 px at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page);
    await expect(page.locator('svg.chart[viewBox]')).toHaveCount(1);
    await page.waitForTimeout(300);
    const sizes = await page.locator('svg.chart').evaluate((chart) => {
      const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
      return [...chart.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(14);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // Labels and values never sit on a mark: each label's box is clear of every bar.
    const overlaps = await page.locator('svg.chart').evaluate((chart) => {
      // Marks of the rows a phone's chart leaves out are not drawn (WebKit still reports boxes).
      const drawn = (el) => el.getAttribute('display') !== 'none' && el.closest('.chart-row')?.getAttribute('display') !== 'none';
      const boxes = (selector) => [...chart.querySelectorAll(selector)].filter(drawn).map((el) => el.getBoundingClientRect());
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const marks = boxes('.bar, .target-mark, .growth-base');
      return boxes('.chart-label, .chart-value').filter((label) => marks.some((mark) => hit(label, mark))).length;
    });
    expect(overlaps).toBe(0);
  });
}

test('the example article shows the widget at the column’s width on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(hostExample('article.html'));
  const widget = await showWidget(page, '#widget-zh');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const [widgetWidth, columnWidth] = await widget.evaluate((el) => [el.getBoundingClientRect().width, el.parentElement.getBoundingClientRect().width]);
  expect(widgetWidth).toBeLessThanOrEqual(columnWidth);
});
