// The hostile article's CSS (global resets, !important on common tags, a 30 px base font)
// does not change the widgets: their inner layout matches the same widgets on a plain page.
// Both pages are on another site than the widget, as in real life.
import { test, expect, showWidget, hostExample } from './fixtures.mjs';

async function layout(page, selector) {
  const widget = await showWidget(page, selector);
  await expect(widget.locator('.row').last().locator('.projected')).not.toBeEmpty();
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const origin = host.getBoundingClientRect();
    const boxes = [...host.shadowRoot.querySelectorAll('.root, .row, .name, input, .result, button, .foot')].map((el) => {
      const r = el.getBoundingClientRect();
      return [el.className || el.localName, Math.round(r.left - origin.left), Math.round(r.top - origin.top), Math.round(r.width), Math.round(r.height)];
    });
    const style = getComputedStyle(host.shadowRoot.querySelector('.name'));
    return { width: Math.round(origin.width), height: Math.round(origin.height), boxes, font: style.fontSize, transform: style.textTransform, color: style.color };
  }, selector);
}

for (const selector of ['#widget-zh', '#widget-en']) {
  test(`host CSS does not reach ${selector}`, async ({ page, browser }) => {
    await page.goto(hostExample('plain.html'));
    const plain = await layout(page, selector);
    const other = await browser.newPage();
    await other.goto(hostExample('article.html'));
    const hostile = await layout(other, selector);
    await other.close();
    expect(plain.width).toBe(600);
    expect(hostile).toEqual(plain);
    expect(hostile.font).toBe('15px');
    expect(hostile.transform).toBe('none');
  });
}
