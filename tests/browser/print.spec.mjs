// The printed brief a delegate takes into a meeting: the scenario's name and how many
// targets it meets, the table with each assumption as text (with each target's chance and
// 90% range once a Monte Carlo result exists), the chart, the comparison of pinned
// scenarios when there are pins, the source line and the share link as text and QR code;
// no controls, instructions or disclosure markers. One A4 page without pins, two at most.
import { test, expect, open, openWithAnalysis, box, decodeQr, menuItem, pinThreePresets } from './fixtures.mjs';

function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const TEXTS = {
  zh: { custom: '情景:自定情景', official: '情景:官方目标', summary: /8项目标:\d项达到,\d项超出,\d项低于/, sectors: 'GDP增速:由三次产业推算', pins: ['延续2023年', '审慎', '进取'], metRow: '达到目标的项数', legendPin: '固定情景:' },
  en: { custom: 'Scenario: custom', official: 'Scenario: Official targets', summary: /8 targets: \d met, \d exceeded, \d short/, sectors: 'GDP growth: derived from the three sectors', pins: ['2023 momentum', 'Cautious', 'Ambitious'], metRow: 'Targets met', legendPin: 'Pinned: ' },
};

/** Prints through the menu (which fetches the full module and draws the QR code), then switches to print media. */
async function printBrief(page) {
  await page.evaluate(() => (window.print = () => (window.printed = true)));
  await menuItem(page, '#print');
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(true);
  await expect(page.locator('svg.qr path')).toHaveAttribute('d', /^M/);
  expect(await decodeQr(page.locator('svg.qr'))).toBe(await page.url());
  // Every instruction the screen shows, read before the print stylesheet applies (not the
  // comparison's note, which says what its figures are).
  const hints = await page.locator('.hint:not(.compare-note), .field-error').evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()).filter((text) => text.length > 3));
  await page.emulateMedia({ media: 'print' });
  return hints;
}

/** What the brief shows and must not show, read from the page under print media. */
async function checkBrief(page, hints) {
  const printed = await page.evaluate(() => {
    const shown = (el) => el.checkVisibility({ visibilityProperty: true });
    const controls = [...document.querySelectorAll('input, select, textarea, button, [role="switch"], [role="slider"]')].filter(shown);
    // A disclosure triangle: the browser's marker, or the page's own ▸ / ▾.
    const markers = [...document.querySelectorAll('summary')].filter(shown).filter((summary) => {
      const before = getComputedStyle(summary, '::before').content;
      return getComputedStyle(summary).display === 'list-item' || /[▸▾]/.test(before);
    });
    return {
      text: document.body.innerText,
      // Read with the text, so a Monte Carlo run finishing meanwhile cannot tell them apart.
      probability: document.querySelector('tr[data-id="gdp"] [data-cell="probability"]').innerText.trim(),
      controls: controls.map((el) => el.outerHTML.slice(0, 80)),
      markers: markers.map((el) => el.textContent),
    };
  });
  expect(printed.controls, 'form controls in the brief').toEqual([]);
  expect(printed.markers, 'disclosure markers in the brief').toEqual([]);
  for (const hint of hints) expect(printed.text, 'an on-screen instruction in the brief').not.toContain(hint);
  expect(printed.text).not.toMatch(/拖动|Drag /);
  // Nothing waiting to be filled ("…": the chance and range columns before a Monte Carlo
  // result arrives print only once it has); the skip links are for the screen's keyboard users.
  expect(printed.text).not.toContain('…');
  expect(printed.text).not.toMatch(/跳到|Skip to/);
  return printed;
}

for (const lang of ['zh', 'en']) {
  const words = TEXTS[lang];

  test(`the ${lang} brief fits one A4 page: scenario, summary, assumptions as text, chart, link and QR code`, { tag: '@chromium-only' }, async ({ page }) => {
    await open(page, `#lang=${lang}`);
    await box(page, 'gdp').fill('6.2');
    await page.locator('#gdp-mode').check();
    const hints = await printBrief(page);
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('#range-gdp')).toBeHidden();
    await expect(page.locator('#box-gdp')).toBeHidden();
    await expect(page.locator('svg.qr')).toBeVisible();
    const link = await page.locator('.print-link').textContent();
    expect(link).toContain('#s=v2~longgang-2024~E1~D0~M1~gdp6.2~');
    expect(link).toBe(await page.url());
    await expect(page.locator('.derived')).toBeVisible();
    await expect(page.locator('#source')).toBeVisible();
    // Each growth as set, as text where the slider is on screen.
    await expect(page.locator('tr[data-id="fai"] [data-cell="assumption"] .print-value')).toHaveText('15%');
    await expect(page.locator('tr[data-id="fai"] [data-cell="assumption"]')).toBeVisible();
    // The chart, redrawn for the page: the eight targets, with its legend.
    await expect(page.locator('svg.chart')).toBeVisible();
    await expect(page.locator('svg.chart .chart-row[display="inline"]')).toHaveCount(8);
    await expect(page.locator('.chart-legend')).toBeVisible();
    // No pins, no comparison.
    await expect(page.locator('#compare')).toBeHidden();
    const { text } = await checkBrief(page, hints);
    expect(text).toContain(words.custom);
    expect(text).toMatch(words.summary);
    expect(text).toContain(words.sectors);
    expect(text).toContain(link);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pageCount(pdf)).toBe(1);
  });

  test(`the ${lang} brief with three pins and a Monte Carlo result has chances, ranges and the comparison on two pages at most`, { tag: '@chromium-only' }, async ({ page }) => {
    await openWithAnalysis(page, `#lang=${lang}`);
    await pinThreePresets(page);
    await expect(page.locator('#mc-status')).toContainText(/20,?000/);
    const hints = await printBrief(page);
    await expect(page.locator('tr[data-id="gdp"] [data-cell="probability"]')).toBeVisible();
    await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).toBeVisible();
    await expect(page.locator('#compare')).toBeVisible();
    await expect(page.locator('svg.chart .chart-row[data-id="gdp"] .pin-mark[display="inline"]')).toHaveCount(3);
    await expect(page.locator('svg.chart .chart-row[data-id="gdp"] .interval[display="inline"]')).toHaveCount(1);
    // The analyses' other parts and controls stay off the page.
    await expect(page.locator('#goal-indicator')).toBeHidden();
    await expect(page.locator('#mc-results')).toBeHidden();
    await expect(page.locator('.tornado')).toBeHidden();
    const { text, probability } = await checkBrief(page, hints);
    expect(probability).toMatch(/^\d+(\.\d)?%$/);
    expect(text).toContain(words.official);
    expect(text).toMatch(words.summary);
    expect(text).toContain(probability);
    expect(text).toContain(words.metRow);
    for (const name of words.pins) {
      expect(text).toContain(name);
      expect(text).toContain(`${words.legendPin}${name}`);
    }
    expect(text).toContain(await page.url());
    await expect(page.locator('svg.qr')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });
}

test('printed before the full module arrived, the brief has the link as text and no empty QR box', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-link')).toHaveText(await page.url());
  await expect(page.locator('svg.qr')).toBeHidden();
  await expect(page.locator('svg.qr path')).not.toHaveAttribute('d', /M/);
});
