// The share image (分享图): a 1080 px wide PNG of the scenario made on the device from the
// core's SVG card, shown to press and hold (WeChat) or download, whose QR code — read by a
// real decoder — is the share link; the embed dialog offers it for WeChat articles.
import { test, expect, open, box, menuItem, settledBox } from './fixtures.mjs';

/** Decodes the QR code in the dialog's picture with jsQR, in the page. */
async function readPicture(page) {
  return page.evaluate(async () => {
    if (!window.jsQR) {
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/__test__/jsqr.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    }
    const image = new Image();
    const loaded = new Promise((resolve) => { image.onload = resolve; });
    image.src = document.getElementById('share-preview').src;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    // WebKit may draw a just-loaded image as nothing: draw again until the pixels are there.
    let pixels;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      context.drawImage(image, 0, 0);
      pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      if (pixels.data.some((value, i) => i % 4 === 3 && value > 0)) break;
    }
    return { width: image.naturalWidth, height: image.naturalHeight, link: window.jsQR(pixels.data, canvas.width, canvas.height)?.data ?? null };
  });
}

test('the share image is 1080 px wide and its QR code is the share link', async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('6.8');
  await box(page, 'gdp').press('Enter');
  await page.locator('#share-image').click();
  const dialog = page.locator('#share-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('#share-preview')).toHaveAttribute('alt', /8项目标:8项达到/);
  const picture = await readPicture(page);
  expect(picture.width).toBe(1080);
  expect(picture.height).toBeGreaterThan(1000);
  expect(picture.link).toBe(await page.locator('#share-link').inputValue());
  expect(picture.link).toMatch(/gdp6\.8~/);
  await expect(page.locator('#share-download')).toHaveAttribute('download', 'longgang-2024-whatif-zh.png');
  await page.locator('#share-close').click();
  await expect(dialog).toBeHidden();
});

test('the embed dialog offers the same picture for WeChat articles, in its language', async ({ page }) => {
  await open(page);
  await menuItem(page, '#embed');
  await page.locator('#embed-lang').selectOption('en');
  // The live preview redraws in English, growing the dialog: the button is clicked where it
  // ends up (from the cache the preview can arrive just as the click is aimed).
  await expect(page.locator('.embed-dialog longgang-whatif .row[data-id="gdp"] .projected')).toContainText('bn yuan');
  await settledBox(page, page.locator('#embed-share-image'));
  await page.locator('#embed-share-image').click();
  await expect(page.locator('#share-preview')).toHaveAttribute('alt', /^Share image of this scenario: 8 targets: 8 met/);
  await expect(page.locator('#share-download')).toHaveAttribute('download', 'longgang-2024-whatif-en.png');
});
