// The report's own account of its base year: the rows of exactly the indicators it says
// missed their 2023 targets (total fiscal revenue, general budget revenue, foreign trade)
// say so, in the table and on a phone's card, and give its reason on demand — in plain
// words in the reader's language and in its own sentence, verbatim — reached and opened by
// keyboard; the other targets' panel sums the account up with its counts. axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open } from './fixtures.mjs';

const MISSED = ['fiscal_revenue', 'budget_revenue', 'foreign_trade'];
/** The report's reasons, verbatim: the sea-area use fee for the two revenues, trade for foreign trade. */
const FEE = '主要原因在于海域使用金没有完成年初预算的任务数,年初预算为5.27亿,实际完成2000万';
const TRADE = '因今年以来贸易战以及关税问题的影响,导致企业原有的美国客户订单流失严重,企业订单量严重下滑。';
const SAID = { fiscal_revenue: FEE, budget_revenue: FEE, foreign_trade: TRADE };
const SUMMARY = '从计划指标完成情况看,13项指标中10项指标较好完成,财政总收入、一般公共预算收入、货物贸易进出口额3项指标距离全年目标有差距。';

/** Each language's page and words: the note, the disclosure, the reasons in plain words, the summing up. */
const LANGUAGES = {
  zh: {
    hash: '#lang=zh',
    note: '2023年未完成年度目标',
    why: '未完成原因',
    plain: { fiscal_revenue: '海域使用金收入远未达到年初预算。', foreign_trade: '贸易战和关税问题使企业失去大量美国客户订单。' },
    account: '据报告,2023年计划的13项指标中,10项较好完成,3项未达到全年目标。',
  },
  en: {
    hash: 'index.en.html#lang=en',
    note: 'Missed its 2023 target',
    why: 'Why it was missed',
    plain: { fiscal_revenue: 'Revenue from sea-area use fees fell far short of the amount budgeted at the start of the year.', foreign_trade: 'The trade war and tariffs cost firms many orders from their US customers.' },
    account: 'By the report’s own count, 10 of the 13 indicators of its 2023 plan were completed well and 3 fell short of their targets.',
  },
};

/** The ids of the rows that carry the note, in table order. */
const rowsWithNote = (page) => page.evaluate(() => [...document.querySelectorAll('#projection tbody tr')].filter((row) => row.querySelector('.missed')).map((row) => row.dataset.id));

/** Presses Tab (at most `limit` times) until the element matched by `selector` has focus. */
async function tabTo(page, selector, limit = 8) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab did not reach ${selector}`);
}

for (const [lang, words] of Object.entries(LANGUAGES)) {
  test(`the three indicators that missed their 2023 targets say so in the table, and why, by keyboard (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, words.hash);
    await expect(page.locator('html')).not.toHaveClass(/cards/);
    expect(await rowsWithNote(page)).toEqual(MISSED);
    await expect(page.locator('#projection details.missed-why')).toHaveCount(3);
    for (const id of MISSED) {
      const row = page.locator(`tr[data-id="${id}"]`);
      // The note is part of the row's header, so a screen reader names the row with it.
      await expect(row.locator('th[scope="row"] .missed')).toHaveText(words.note);
      await expect(row.locator('th[scope="row"] .missed')).toBeVisible();
      const why = row.locator('details.missed-why');
      // (After the disclosure's marker, which the page's other disclosures have too.)
      await expect(why.locator('summary')).toHaveAccessibleName(new RegExp(`${words.why}$`));
      await expect(why.locator('q')).toHaveCount(0);
      // From the controls of the row above, the next Tab is on the disclosure; Enter opens it.
      await page.locator(`#${await page.evaluate((i) => document.querySelector(`tr[data-id="${i}"]`).previousElementSibling.querySelector('.number-box').id, id)}`).focus();
      await tabTo(page, `tr[data-id="${id}"] details.missed-why > summary`);
      await page.keyboard.press('Enter');
      await expect(why).toHaveAttribute('open', '');
      await expect(why.locator('q')).toHaveText(SAID[id]);
      await expect(why.locator('q')).toHaveAttribute('lang', 'zh-CN');
      await expect(why.locator('li').first()).toHaveText(words.plain[id === 'budget_revenue' ? 'fiscal_revenue' : id]);
    }
    // No other row has the note or the disclosure.
    await expect(page.locator('#projection tbody tr:not([data-id="fiscal_revenue"]):not([data-id="budget_revenue"]):not([data-id="foreign_trade"]) :is(.missed, .missed-why)')).toHaveCount(0);
  });

  test(`a phone's cards carry the note, and their details the reason (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, words.hash);
    await expect(page.locator('html')).toHaveClass(/cards/);
    expect(await rowsWithNote(page)).toEqual(MISSED);
    const row = page.locator('tr[data-id="foreign_trade"]');
    await expect(row.locator('.missed')).toBeVisible();
    await expect(row.locator('.missed')).toHaveText(words.note);
    // The disclosure waits in the card's details, like the sources.
    await expect(row.locator('details.missed-why')).toBeHidden();
    await row.locator('.row-toggle').focus();
    await page.keyboard.press('Enter');
    await expect(row.locator('.row-toggle')).toHaveAttribute('aria-expanded', 'true');
    await tabTo(page, 'tr[data-id="foreign_trade"] details.missed-why > summary');
    await page.keyboard.press('Enter');
    await expect(row.locator('details.missed-why q')).toHaveText(TRADE);
    await expect(row.locator('details.missed-why li').first()).toHaveText(words.plain.foreign_trade);
  });

  test(`the other targets' panel sums up the report's account of 2023 (${lang})`, async ({ page }) => {
    await open(page, words.hash);
    await page.locator('details.other-targets summary').click();
    const account = page.locator('details.other-targets .base-account');
    await expect(account).toContainText(words.account);
    await expect(account.locator('q')).toHaveText(SUMMARY);
    await expect(account.locator('q')).toHaveAttribute('lang', 'zh-CN');
  });
}

test('after switching language in place, the rebuilt rows say so and why in the new language', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  await page.locator('#lang-switch a[data-lang="en"]').click();
  await expect(page.locator('tr[data-id="fiscal_revenue"] .missed')).toHaveText(LANGUAGES.en.note);
  expect(await rowsWithNote(page)).toEqual(MISSED);
  const why = page.locator('tr[data-id="budget_revenue"] details.missed-why');
  await why.locator('summary').click();
  await expect(why.locator('li').first()).toHaveText(LANGUAGES.en.plain.fiscal_revenue);
  await expect(why.locator('q')).toHaveText(FEE);
});

test.describe('accessibility', () => {
  // axe-core injects inline styles while it measures; the policy itself is tested in embed-csp.
  test.use({ bypassCSP: true });
  for (const [lang, words] of Object.entries(LANGUAGES)) {
    for (const width of [1440, 375]) {
      test(`no axe violations with every reason open: ${lang}, ${width} px`, { tag: '@chromium-only' }, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, words.hash);
        for (const id of MISSED) {
          const row = page.locator(`tr[data-id="${id}"]`);
          if (width < 1000) await row.locator('.row-toggle').click();
          await row.locator('details.missed-why summary').click();
          await expect(row.locator('details.missed-why q')).toHaveText(SAID[id]);
        }
        await page.locator('details.other-targets summary').click();
        await expect(page.locator('.base-account q')).toHaveText(SUMMARY);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      });
    }
  }
});
