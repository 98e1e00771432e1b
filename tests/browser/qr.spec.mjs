// The QR code on the printed brief holds the share link of the scenario on screen: decoded
// by a real decoder (jsQR), not just recognised by its finder pattern, and drawn again when
// the scenario changes.
import { test, expect, openWithAnalysis, box, decodeQr } from './fixtures.mjs';

test('the QR code decodes to the share link, and follows the scenario', async ({ page }) => {
  await openWithAnalysis(page, '#lang=en');
  const qr = page.locator('svg.qr');
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/#s=v2~longgang-2024~E1~D0~M0~gdp6\.5~.*&lang=en$/);
  expect(await decodeQr(qr)).toBe(link);

  const before = await qr.locator('path').getAttribute('d');
  await box(page, 'gdp').fill('7.25');
  await box(page, 'gdp').press('Enter');
  await expect(page.locator('#share-link')).toHaveValue(/gdp7\.25~/);
  // Drawn once the input settles.
  await expect(qr.locator('path')).not.toHaveAttribute('d', before);
  const changed = await page.locator('#share-link').inputValue();
  expect(await decodeQr(qr)).toBe(changed);
});
