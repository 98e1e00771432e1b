// The print stylesheet makes a one-page A4 brief: assumptions, table, derived figures,
// source line, and the share link as text and as a QR code.
import { test, expect, open, box, decodeQr, menuItem } from './fixtures.mjs';

function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

for (const lang of ['zh', 'en']) {
  test(`the ${lang} brief fits one A4 page with link and QR code`, { tag: '@chromium-only' }, async ({ page }) => {
    await open(page, `#lang=${lang}`);
    await box(page, 'gdp').fill('6.2');
    await page.locator('#gdp-mode').check();
    // The print button fetches the full module (it draws the QR code) before printing.
    await page.evaluate(() => (window.print = () => (window.printed = true)));
    await menuItem(page, '#print');
    await expect.poll(() => page.evaluate(() => window.printed)).toBe(true);
    await expect(page.locator('svg.qr path')).toHaveAttribute('d', /^M/);
    expect(await decodeQr(page.locator('svg.qr'))).toBe(await page.url());
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('.chart-figure')).toBeHidden();
    await expect(page.locator('#range-gdp')).toBeHidden();
    await expect(page.locator('svg.qr')).toBeVisible();
    const link = await page.locator('.print-link').textContent();
    expect(link).toContain('#s=v1~D0~M1~gdp6.2~');
    expect(link).toBe(await page.url());
    await expect(page.locator('.derived')).toBeVisible();
    await expect(page.locator('#source')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pageCount(pdf)).toBe(1);
  });
}

test('printed before the full module arrived, the brief has the link as text and no empty QR box', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-link')).toHaveText(await page.url());
  await expect(page.locator('svg.qr')).toBeHidden();
  await expect(page.locator('svg.qr path')).not.toHaveAttribute('d', /M/);
});
