// Shared setup for the browser tests: every test fails on any console error or uncaught
// page error, and helpers open the page and read the projection table.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  /** Console errors a test provokes on purpose (one regular expression); all others fail it. */
  expectedProblem: [null, { option: true }],
  problems: [
    async ({ page, expectedProblem }, use) => {
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      const unexpected = problems.filter((p) => !expectedProblem?.test(p));
      expect(unexpected, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the page (with an optional hash) and waits for the first complete table. */
export async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await expect(page.locator('tr[data-id="foreign_trade"] [data-cell="projected"]')).not.toBeEmpty();
}

/**
 * Opens the page and brings the analysis section near the viewport, which fetches the full
 * module; waits for the first Monte Carlo result (two more table columns) and the QR code.
 */
export async function openWithAnalysis(page, hash = '') {
  await open(page, hash);
  await reachAnalysis(page);
  await expect(page.locator('svg.qr path')).toHaveAttribute('d', /^M/);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Scrolls to the analysis section, which fetches the full module; waits for the first Monte Carlo result. */
export async function reachAnalysis(page) {
  // The stand-in section may be replaced while this runs (a link can fetch the module at once).
  await page.evaluate(() => document.querySelector('.analysis').scrollIntoView());
  await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).not.toHaveText('…');
}

/** Starts counting changes to the live summary; the returned function reads the count. */
export async function countAnnouncements(page) {
  await page.evaluate(() => {
    window.summaryChanges = 0;
    new MutationObserver(() => { window.summaryChanges += 1; })
      .observe(document.getElementById('summary'), { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => window.summaryChanges);
}

/** The projected-2024 cell of an indicator. */
export function projected(page, id) {
  return page.locator(`tr[data-id="${id}"] [data-cell="projected"]`);
}

/** The number box of an indicator (or of `deflator`). */
export function box(page, id) {
  return page.locator(`#box-${id}`);
}

/** The range input of an indicator (or of `deflator`). */
export function slider(page, id) {
  return page.locator(`#range-${id}`);
}

/** Scrolls an embedded widget into view and waits until it has rendered its rows. */
export async function showWidget(page, selector) {
  const widget = page.locator(selector);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.row').first()).toBeVisible();
  return widget;
}

/** Texts of every projected cell, in row order: a fingerprint of the whole table. */
export async function tableText(page) {
  return page.locator('#projection tbody').innerText();
}
