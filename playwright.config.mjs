// Browser tests in three engines, none of them downloaded: Debian's Chromium through
// Playwright, Debian's Firefox ESR (geckodriver) and WebKitGTK's MiniBrowser
// (WebKitWebDriver, under Xvfb) through WebDriver — Playwright cannot drive those two here
// — with one source per spec (tests/browser/fixtures.mjs gives WebDriver Playwright's page
// API). Tests that need a Chromium-only API (network interception, request events,
// downloads, PDF printing, media emulation, axe-core with CSP bypassed) are tagged
// @chromium-only and run in Chromium alone; the README lists them.
// The site is served by nginx with the configuration a newsroom deploys (.ci/nginx.mjs,
// with the test hooks in front of it) on a loopback port, and host pages (articles that
// embed the site) by .ci/server.mjs on the next port: another origin, as in real life.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.TEST_PORT ?? 8123);
// Tests tagged @no-browser check files and servers without a page: once is enough.
const webdriver = { grepInvert: /@chromium-only|@no-browser/, timeout: 60_000 };

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.spec.mjs',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'target/browser-report.json' }]],
  use: {
    // Every engine runs as a Chinese-language browser, the page's first readers
    // (tests/browser/support/engines.mjs does the same for Firefox and WebKit).
    locale: 'zh-CN',
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' }, ...webdriver },
    { name: 'webkit', use: { engine: 'webkit' }, ...webdriver },
  ],
  webServer: [
    {
      command: `node .ci/nginx.mjs --port ${port} --test-hooks`,
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      // Lets nginx stop its workers and remove its socket rather than being killed.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `node .ci/server.mjs --port ${port + 1} --root target/test-hosts --csp none --test-hooks`,
      url: `http://127.0.0.1:${port + 1}/__test__/hooks.js`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
