// Shared setup for the browser tests, in every engine: Chromium through Playwright, Firefox
// and WebKit through WebDriver (support/wd-page.mjs gives them Playwright's page API), so
// one spec file runs in all three. Every test fails on any console error, uncaught error,
// failed resource or Content-Security-Policy violation it did not ask for; helpers open the
// page, read the projection table and write host pages on another origin.
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect as baseExpect } from '@playwright/test';
import { startEngine } from './support/engines.mjs';
import { WdBrowser } from './support/wd-page.mjs';
import { engineExpect } from './support/wd-expect.mjs';
import { assetPath } from '../../.ci/fingerprint.mjs';

const port = Number(process.env.TEST_PORT ?? 8123);
/** The site under test. */
export const SITE = `http://127.0.0.1:${port}`;
/** Another origin (another port), where host pages play the articles that embed the site. */
export const HOST = `http://127.0.0.1:${port + 1}`;
const HOST_ROOT = join(import.meta.dirname, '..', '..', 'target', 'test-hosts');
const SITE_ROOT = join(import.meta.dirname, '..', '..', 'target', 'site');

/**
 * The URL path the built site serves a source file at (`pkg/dataset.json` →
 * `/pkg/dataset.<hash>.json`; pages, embed.js and icons keep their names), read from its
 * asset-manifest.json. Call it inside a test: the site is built before the tests run, not
 * before they are listed.
 */
export function asset(original) {
  return `/${assetPath(SITE_ROOT, original)}`;
}

export const test = base.extend({
  /** Which engine runs the test: set per project in playwright.config.mjs. */
  engine: ['chromium', { option: true, scope: 'worker' }],
  /** Console errors a test provokes on purpose (one regular expression); all others fail it. */
  expectedProblem: [null, { option: true }],

  browser: [
    async ({ engine, playwright, launchOptions }, use) => {
      if (engine === 'chromium') {
        const browser = await playwright.chromium.launch(launchOptions);
        await use(browser);
        await browser.close();
        return;
      }
      const browser = new WdBrowser(engine, await startEngine(engine));
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  context: async ({ browser, engine, baseURL, bypassCSP, viewport }, use) => {
    if (engine === 'chromium') {
      const context = await browser.newContext({ baseURL, bypassCSP, viewport });
      await use(context);
      await context.close();
      return;
    }
    const context = await browser.freshContext({ baseURL, viewport, origins: [SITE, HOST] });
    await use(context);
    await context.close();
  },

  page: async ({ context }, use) => {
    await use(await context.newPage());
  },

  problems: [
    async ({ context, engine, expectedProblem }, use) => {
      const problems = [];
      if (engine === 'chromium') {
        const listen = (page) => {
          page.on('console', (message) => {
            if (message.type() === 'error') problems.push(`console: ${message.text()}`);
          });
          page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
        };
        context.pages().forEach(listen);
        context.on('page', listen);
      }
      await use(problems);
      if (engine !== 'chromium') {
        for (const context_ of context.browser.contexts) {
          for (const page of context_.pages) await page.collectProblems();
          for (const page of context_.allPages ?? []) problems.push(...page.problems);
        }
      }
      const unexpected = problems.filter((p) => !expectedProblem?.test(p));
      baseExpect(unexpected, 'console errors, page errors, failed resources and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export const expect = engineExpect(baseExpect);

/**
 * Writes a page onto the other origin (HOST) and returns its URL: an article that embeds
 * the site as a newsroom would. `{{SITE}}` in `html` becomes the site's origin.
 */
export function hostPage(name, html) {
  mkdirSync(HOST_ROOT, { recursive: true });
  // Written aside and renamed, so a test in another worker never reads half a page.
  const temporary = join(HOST_ROOT, `.${name}.${process.pid}`);
  writeFileSync(temporary, html.replaceAll('{{SITE}}', SITE));
  renameSync(temporary, join(HOST_ROOT, name));
  return `${HOST}/${name}`;
}

/**
 * The Content-Security-Policy a strict host page needs to embed the site at `origin`: its
 * own files, plus the site's scripts, styles, dataset and WASM (connect-src) and frames.
 * The README gives the same list to newsrooms.
 */
export function hostPolicy(origin = SITE) {
  return `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src ${origin}; frame-src ${origin}`;
}

/**
 * One of the site's example pages (www/examples: the article with a hostile stylesheet and a
 * strict policy, or the plain page) as another site would publish it: on the host origin,
 * loading the embed from `embed` (the site, or a path of the site under /__broken__/),
 * with its policy widened to that site as the README tells hosts to do.
 */
export function hostExample(file, { embed = SITE } = {}) {
  const examples = join(import.meta.dirname, '..', '..', 'www', 'examples');
  mkdirSync(HOST_ROOT, { recursive: true });
  for (const css of ['hostile.css', 'plain.css']) {
    const temporary = join(HOST_ROOT, `.${css}.${process.pid}`);
    copyFileSync(join(examples, css), temporary);
    renameSync(temporary, join(HOST_ROOT, css));
  }
  const name = embed === SITE ? file : `${new URL(embed).pathname.split('/').filter(Boolean).join('-')}-${file}`;
  const html = readFileSync(join(examples, file), 'utf8')
    .replace(/<link rel="icon"[^>]*>\n/, '')
    .replace("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", hostPolicy(new URL(embed).origin))
    .replace('<script type="module" src="article.js"></script>', `<script src="${embed}/embed-resize.js"></script>`)
    .replaceAll('"../embed.js"', `"${embed}/embed.js"`)
    .replaceAll('"../embed.html', `"${embed}/embed.html`);
  return hostPage(name, html);
}

let core = null;
/** The projection module the page loads (target/site/pkg), instantiated in Node for expected values. */
export async function projectionModule() {
  if (!core) {
    core = await import(join(SITE_ROOT, assetPath(SITE_ROOT, 'pkg/longgang_sim.js')));
    core.initSync({ module: readFileSync(join(SITE_ROOT, assetPath(SITE_ROOT, 'pkg/longgang_sim_bg.wasm'))) });
  }
  return core;
}

/** Opens the page (with an optional hash) and waits for the first complete table. */
export async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.locator('#projection tbody tr')).toHaveCount(14);
  await expect(page.locator('tr[data-id="foreign_trade"] [data-cell="projected"]')).not.toBeEmpty();
  // The prerendered page is on screen at once; its controls work once the scripts took it over.
  await expect(page.locator('html')).not.toHaveClass(/pending/);
  await expect(page.locator('[data-wait]')).toHaveCount(0);
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
  await scrollToAnalysis(page);
  await expect(page.locator('tr[data-id="gdp"] [data-cell="interval"]')).not.toHaveText('…');
}

/**
 * Brings the analysis section into view once what loads after the first table (the chart,
 * the sections below the table) is in place, which moves it down; again until its module
 * is on the way (the stand-in may be replaced while this runs).
 */
export async function scrollToAnalysis(page) {
  await expect(page.locator('svg.chart')).toHaveCount(1);
  await expect(page.locator('details.settings')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => {
    document.querySelector('.analysis').scrollIntoView();
    return performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pkg-full/'));
  })).toBe(true);
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

/**
 * Paths of every resource the page (or, with `frame`, a frame's document) has fetched so
 * far, from the Resource Timing entries every engine keeps: what a test reads instead of
 * Playwright's request events, which WebDriver has no equivalent of.
 */
export async function fetched(page) {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
}

/** Full URLs of every resource the page has fetched so far (see `fetched`). */
export async function fetchedUrls(page) {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
}

/** The projected-2024 cell of an indicator. */
/** The element's box once it has stopped moving: lazy sections and the table-or-cards
 * decision may still move things for a frame or two after the table is complete, and a
 * pointer gesture aimed at a box measured before that lands elsewhere. */
export async function settledBox(page, locator) {
  let last = null;
  for (let i = 0; i < 50; i += 1) {
    const now = await locator.boundingBox();
    if (last && now && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  throw new Error('the element kept moving for five seconds');
}

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

/**
 * Decodes a QR code drawn by the page (an SVG path of `M x y h w v 1 h -w z` runs over a
 * `viewBox` square) with a real decoder, jsQR: the path is rasterised here, four pixels a
 * module, so the check is the same in every engine.
 */
export async function decodeQr(svgLocator) {
  const { default: jsQR } = await import('jsqr');
  const [viewBox, d] = await svgLocator.evaluate((svg) => [svg.getAttribute('viewBox'), svg.querySelector('path').getAttribute('d')]);
  const size = Number(viewBox.split(' ')[2]);
  const scale = 4;
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row += 1) {
      for (let column = Number(x) * scale; column < (Number(x) + Number(w)) * scale; column += 1) {
        const at = (row * side + column) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

/** Opens the toolbar's menu (reset, CSV, print, embed, theme, the link) if it is closed. */
export async function openMenu(page) {
  if (!(await page.locator('.menu').evaluate((menu) => menu.open))) await page.locator('.menu > summary').click();
}

/** Chooses an item of the toolbar's menu (`#reset`, `#download-csv`, `#print`, `#embed`). */
export async function menuItem(page, selector) {
  await openMenu(page);
  await page.locator(selector).click();
}

/** Pins the three presets other than the official one, then makes the official one current. */
export async function pinThreePresets(page) {
  for (const preset of ['momentum', 'cautious', 'ambitious']) {
    await page.locator(`[data-preset="${preset}"]`).click();
    await page.locator('#pin-current').click();
  }
  await expect(page.locator('.pins li')).toHaveCount(3);
  await page.locator('[data-preset="official"]').click();
}
