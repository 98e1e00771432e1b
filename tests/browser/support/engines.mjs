// Starts a WebDriver session for the engines Playwright cannot drive on these machines:
// Firefox (Debian's firefox-esr through geckodriver, headless) and WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver, on an Xvfb display with the openbox window manager,
// both Debian packages, started here per session). Nothing here downloads a browser.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Capabilities } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free loopback port, for a driver process of our own. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function findGeckodriver() {
  const candidates = [process.env.GECKODRIVER_PATH, join(homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver'];
  return candidates.find((path) => path && existsSync(path)) ?? 'geckodriver';
}

/**
 * A Firefox profile whose window may be as narrow as a phone: the browser's own toolbars
 * otherwise keep a window at least 500 px wide, even headless.
 */
function phoneSizedProfile() {
  const profile = mkdtempSync(join(tmpdir(), 'longgang-firefox-'));
  mkdirSync(join(profile, 'chrome'));
  writeFileSync(join(profile, 'chrome', 'userChrome.css'), ':root, #main-window, #navigator-toolbox, #nav-bar, #TabsToolbar, #browser { min-width: 0 !important; }\n');
  writeFileSync(join(profile, 'user.js'), 'user_pref("toolkit.legacyUserProfileCustomizations.stylesheets", true);\n');
  return profile;
}

async function startFirefox() {
  const options = new firefox.Options()
    .setBinary(FIREFOX)
    .setProfile(phoneSizedProfile())
    .addArguments('-headless')
    .setPreference('toolkit.legacyUserProfileCustomizations.stylesheets', true)
    // Lets the clipboard tests read back what the page copied, as Chromium's permission does.
    .setPreference('dom.events.testing.asyncClipboard', true)
    .setPreference('dom.events.asyncClipboard.readText', true)
    .setPreference('browser.aboutConfig.showWarning', false)
    // A Chinese-language browser, as in the other engines.
    .setPreference('intl.accept_languages', 'zh-CN, zh')
    .setPreference('datareporting.policy.dataSubmissionEnabled', false);
  const service = new firefox.ServiceBuilder(findGeckodriver());
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  return { driver, stop: async () => driver.quit() };
}

/** An X display of the session's own (Debian's Xvfb). Resolves to `{ display, stop }`. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    xvfb.once('error', reject);
    xvfb.stdout.once('data', (data) => resolve({
      display: `:${String(data).trim()}`,
      stop: () => new Promise((done) => {
        xvfb.once('exit', done);
        xvfb.kill();
      }),
    }));
  });
}

async function startWebkit() {
  const port = await freePort();
  const xvfb = await startXvfb();
  // MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for a phone; a
  // GTK stylesheet of the session's own shrinks the toolbar so a 320 px viewport fits.
  const config = mkdtempSync(join(tmpdir(), 'longgang-gtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n');
  const env = { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config };
  // A window manager (Debian's openbox) gives each new window the keyboard focus, as a
  // desktop does; without one no window is active, and WebKit then never shows a focus
  // ring (:focus-visible) nor reports document.hasFocus().
  const windowManager = spawn('openbox', ['--sm-disable'], { stdio: 'ignore', env });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const process_ = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
  const exited = new Promise((resolve) => process_.once('exit', resolve));
  const capabilities = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: MINIBROWSER,
      // MiniBrowser's own --headless hangs the session; the test command runs it under Xvfb.
      args: ['--automation', '--javascript-can-access-clipboard=true', '--enable-smooth-scrolling=false'],
    },
  });
  let driver;
  for (let attempt = 0; ; attempt += 1) {
    try {
      driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
      break;
    } catch (error) {
      // The driver may not be listening yet.
      if (attempt > 40) {
        process_.kill();
        windowManager.kill();
        await xvfb.stop();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    driver,
    stop: async () => {
      await driver.quit().catch(() => {});
      process_.kill();
      await exited;
      windowManager.kill();
      await xvfb.stop();
    },
  };
}

/** Starts a session of `engine` ('firefox' or 'webkit'): `{ driver, stop }`. */
export async function startEngine(engine) {
  if (engine === 'firefox') return startFirefox();
  if (engine === 'webkit') return startWebkit();
  throw new Error(`no WebDriver set-up for ${engine}`);
}
