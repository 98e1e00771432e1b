// The web app manifest: linked from the page, served with its MIME type, parses, says what
// the README says (name, relative start and scope, standalone, the page's colours), and
// every icon it names is a PNG of the stated size.
import { test, expect, SITE } from './fixtures.mjs';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}

test('the manifest is linked, parses and its icons have the stated sizes', { tag: '@no-browser' }, async () => {
  const page = await (await fetch(`${SITE}/index.html`)).text();
  expect(page).toContain('<link rel="manifest" href="manifest.webmanifest">');
  const response = await fetch(`${SITE}/manifest.webmanifest`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest.name).toBe('龙港市2024年发展目标推演');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: './', scope: './', display: 'standalone', theme_color: '#0b5cad', background_color: '#ffffff' });
  const sizes = [];
  for (const icon of manifest.icons) {
    const file = await fetch(new URL(icon.src, `${SITE}/manifest.webmanifest`));
    expect(file.status, icon.src).toBe(200);
    expect(file.headers.get('content-type'), icon.src).toBe(icon.type);
    expect(pngSize(new Uint8Array(await file.arrayBuffer())), icon.src).toBe(icon.sizes);
    sizes.push(`${icon.sizes} ${icon.purpose ?? 'any'}`);
  }
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
});
