// English a journalist would publish: no Chinese outside the report's own quotes, amounts in
// natural units, no forms from the data's own shorthand, no sentence that names its subject
// twice. Read over the whole page with its analyses, other targets and sources open.
import { test, expect, openWithAnalysis } from './fixtures.mjs';

const BANNED = [/CNY/, /\b10k\b/, /100 million yuan/, /USD 10k/, /forecast/i];

test('the English page reads as English', async ({ page }) => {
  // Wide enough for the table, whose rows show their sources' summaries.
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWithAnalysis(page, '#lang=en');
  await page.locator('details.other-targets summary').click();
  await expect(page.locator('details.other-targets li').first()).not.toHaveClass(/hint/);
  await expect(page.locator('details.other-targets')).toContainText('about 80 million US dollars');
  await page.locator('tr[data-id="foreign_trade"] details.sources summary').click();
  await page.locator('tr[data-id="gdp"] details.sources summary').click();
  await expect(page.locator('tr[data-id="gdp"] details.sources li').first()).not.toHaveClass(/hint/);
  const text = await page.evaluate(() => {
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The report's own sentences are quoted in Chinese, marked as such.
      if (!parent || parent.closest('[lang^="zh"], script, style, [hidden]')) continue;
      parts.push(node.textContent);
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
  const han = text.match(/.{0,20}[\u3400-\u9fff\u3000-\u303f\uff00-\uffef].{0,20}/g) ?? [];
  expect(han, 'Chinese outside the quotes').toEqual([]);
  // The page says what it is not (“not a forecast”); it never calls a figure a forecast.
  const claims = text.replace(/not (a )?forecasts?/gi, '');
  for (const form of BANNED) expect(claims.match(new RegExp(`.{0,30}${form.source}.{0,30}`, form.flags)), String(form)).toBeNull();
  // A goal-seek answer names its indicator once.
  const answer = await page.locator('#goal-answer').textContent();
  expect(answer).toMatch(/^\S.* needs? to grow /);
  const name = answer.split(/ needs? to grow /)[0];
  expect(answer.split(name).length - 1).toBe(1);
});
