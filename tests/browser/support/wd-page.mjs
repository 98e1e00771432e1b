// A thin adapter that gives a WebDriver session the part of Playwright's Page and Locator
// API the browser tests use, so one spec file runs in Chromium (through Playwright) and in
// Firefox and WebKit (through WebDriver). Locators are lazy and re-resolved on every use;
// actions wait for one visible, enabled element; reading and polling happen in the page in
// one round trip (see resolve.mjs). What WebDriver cannot do (network interception, request
// events, downloads, PDF printing, media emulation) throws, and the tests that need it are
// tagged @chromium-only.
import { writeFileSync } from 'node:fs';
import { Key, Origin } from 'selenium-webdriver';
import { resolveSteps, describeElement } from './resolve.mjs';

/** How long an action waits for its element before failing, in milliseconds. */
const ACTION_TIMEOUT = 15_000;
/** Playwright's default viewport, which the specs are written for. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A RegExp travels to the page as `{ regex, flags }`. */
export const wire = (value) => (value instanceof RegExp ? { regex: value.source, flags: value.flags } : value);

/** `a >> nth=0 >> b` → locator steps. */
function parseSelector(selector) {
  return selector.split(/\s*>>\s*/).map((part) => {
    const nth = part.match(/^nth=(-?\d+)$/);
    return nth ? { nth: Number(nth[1]) } : { css: part };
  });
}

const KEYS = {
  ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
  Home: Key.HOME, End: Key.END, PageUp: Key.PAGE_UP, PageDown: Key.PAGE_DOWN, Enter: Key.ENTER, Tab: Key.TAB,
  Escape: Key.ESCAPE, Backspace: Key.BACK_SPACE, Delete: Key.DELETE, Space: Key.SPACE, Shift: Key.SHIFT,
  Control: Key.CONTROL, Alt: Key.ALT, Meta: Key.META,
};

function keysOf(combo) {
  return combo.split('+').map((name) => {
    const key = KEYS[name] ?? (name.length === 1 ? name : null);
    if (!key) throw new Error(`unknown key ${name}`);
    return key;
  });
}

/**
 * The script that resolves `steps` and runs `source(elements, arg, helpers)` in the page.
 * The function's text is written into the script rather than passed to `eval`, which the
 * pages' Content-Security-Policy forbids (a script WebDriver runs is exempt as a whole).
 */
function evalScript(source) {
  return `
    const done = arguments[arguments.length - 1];
    const resolveSteps = ${resolveSteps};
    const describeElement = ${describeElement};
    const steps = arguments[0];
    const arg = arguments[1];
    const fn = (${source});
    Promise.resolve()
      .then(() => fn(steps ? resolveSteps(steps) : null, arg, { describeElement }))
      .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));
  `;
}

export class WdBrowser {
  constructor(engine, session) {
    this.engine = engine;
    this.session = session;
    this.driver = session.driver;
    this.contexts = [];
  }

  /**
   * The context a test starts with: one fresh window (its own history), no cookies or
   * storage on the test origins, the default viewport.
   */
  async freshContext(options) {
    const context = new WdContext(this, options);
    await context.reset();
    this.contexts = [context];
    return context;
  }

  /** Another context during a test: a new window of the same session (cookies are shared). */
  async newContext(options = {}) {
    const context = new WdContext(this, { ...this.contexts.at(-1)?.options, ...options });
    this.contexts.push(context);
    return context;
  }

  async newPage() {
    const context = this.contexts.at(-1) ?? (await this.newContext());
    return context.newPage();
  }

  async close() {
    await this.session.stop();
  }

  browserType() {
    return { name: () => this.engine };
  }
}

/**
 * What Playwright calls a context. A WebDriver session has one cookie jar and one storage,
 * so contexts of a test share them; between tests the jar and storage are cleared.
 */
export class WdContext {
  constructor(browser, options) {
    this.browser = browser;
    this.driver = browser.driver;
    this.options = options;
    this.pages = [];
    /** Every page opened in this context, closed ones too: their recorded problems count. */
    this.allPages = [];
  }

  async reset() {
    const { driver } = this;
    const handles = await driver.getAllWindowHandles();
    // A new window per test: its own history, nothing left of the last test's pages.
    await driver.switchTo().window(handles[0]);
    await driver.switchTo().newWindow('window');
    const fresh = await driver.getWindowHandle();
    for (const handle of handles) {
      await driver.switchTo().window(handle);
      await driver.close();
    }
    await driver.switchTo().window(fresh);
    for (const origin of this.options.origins ?? []) {
      await driver.get(new URL('/__test__/set-cookie', origin).href);
      await driver.manage().deleteAllCookies();
      // WebKitGTK takes its language from the system locale, and this system has no Chinese
      // one: the test hook makes it report Chinese, as the other engines are set to.
      if (this.browser.engine === 'webkit') await driver.manage().addCookie({ name: 'lg-test-languages', value: 'zh-CN', path: '/' });
      await driver.executeScript('try { localStorage.clear(); sessionStorage.clear(); } catch {}');
    }
    await driver.get('about:blank');
    this.initial = fresh;
  }

  async newPage() {
    let handle;
    if (this.initial) {
      handle = this.initial;
      this.initial = null;
    } else {
      await this.driver.switchTo().newWindow('window');
      handle = await this.driver.getWindowHandle();
      await this.driver.get('about:blank');
    }
    const page = new WdPage(this, handle);
    this.pages.push(page);
    this.allPages.push(page);
    await page.setViewportSize(this.options.viewport ?? DEFAULT_VIEWPORT);
    return page;
  }

  async close() {
    for (const page of [...this.pages]) await page.close();
  }

  async grantPermissions() {
    // Clipboard access is granted when the browser starts (see engines.mjs).
  }
}

export class WdPage {
  constructor(context, handle) {
    this.context_ = context;
    this.driver = context.driver;
    this.handle = handle;
    this.baseURL = context.options.baseURL;
    this.problems = [];
    this.closed = false;
    this.keyboard = {
      press: (combo) => this.press(combo),
      type: (text) => this.run(async () => this.driver.actions().sendKeys(text).perform()),
      down: (key) => this.run(async () => this.driver.actions().keyDown(keysOf(key)[0]).perform()),
      up: (key) => this.run(async () => this.driver.actions().keyUp(keysOf(key)[0]).perform()),
    };
    this.mouse = {
      move: (x, y) => this.run(async () => this.driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform()),
      down: () => this.run(async () => this.driver.actions().press().perform()),
      up: () => this.run(async () => this.driver.actions().release().perform()),
      click: (x, y) => this.run(async () => this.driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).press().release().perform()),
    };
  }

  context() {
    return this.context_;
  }

  /** Makes this page's window the current one, top frame. Every command goes through it. */
  async run(fn) {
    if (this.closed) throw new Error('the page is closed');
    const current = await this.driver.getWindowHandle().catch(() => null);
    if (current !== this.handle) await this.driver.switchTo().window(this.handle);
    await this.driver.switchTo().defaultContent();
    return fn();
  }

  /** Runs `fn` inside the frames a locator lives in (each a list of steps naming an iframe). */
  async inFrames(frames, fn) {
    return this.run(async () => {
      try {
        for (const steps of frames) {
          const [frame] = await this.evalRaw(steps, '(els) => els', null);
          if (!frame) throw new Error('frame not found');
          await this.driver.switchTo().frame(frame);
        }
        return await fn();
      } finally {
        await this.driver.switchTo().defaultContent();
      }
    });
  }

  /** In the current frame: resolves `steps` (or none) and runs `source(elements, arg)`. */
  async evalRaw(steps, source, arg) {
    const result = await this.driver.executeAsyncScript(evalScript(source), steps, arg);
    if (result && result.error) throw new Error(result.error);
    return result ? result.value : null;
  }

  absolute(path) {
    return new URL(path, this.baseURL).href;
  }

  /** Reads and clears what the test hook recorded in the page and its frames. */
  async collectProblems() {
    if (this.closed) return this.problems;
    await this.run(async () => {
      const gather = async (depth) => {
        const found = await this.driver.executeScript('const p = window.__problems; if (!p) return []; return p.splice(0, p.length);').catch(() => []);
        this.problems.push(...found);
        if (depth > 2) return;
        const frames = await this.driver.executeScript('return [...document.querySelectorAll("iframe")];').catch(() => []);
        for (let i = 0; i < frames.length; i += 1) {
          try {
            await this.driver.switchTo().frame(i);
            await gather(depth + 1);
          } catch {
            // A frame that went away has nothing more to say.
          } finally {
            await this.driver.switchTo().parentFrame().catch(() => {});
          }
        }
      };
      await gather(0);
    });
    return this.problems;
  }

  async goto(path) {
    await this.collectProblems();
    await this.run(async () => this.driver.get(this.absolute(await path)));
    return null;
  }

  async reload() {
    await this.collectProblems();
    await this.run(() => this.driver.navigate().refresh());
  }

  async goBack() {
    await this.collectProblems();
    await this.run(() => this.driver.navigate().back());
  }

  async goForward() {
    await this.collectProblems();
    await this.run(() => this.driver.navigate().forward());
  }

  async waitForTimeout(ms) {
    await sleep(ms);
  }

  async waitForLoadState() {
    await this.waitForFunction(() => document.readyState === 'complete');
  }

  async waitForFunction(fn, arg, { timeout = ACTION_TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate(fn, arg)) return;
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out: ${fn}`);
      await sleep(100);
    }
  }

  /** Playwright's `page.url()` is synchronous; here it is a promise, so specs `await` it. */
  async url() {
    return this.run(() => this.driver.getCurrentUrl());
  }

  async title() {
    return this.run(() => this.driver.getTitle());
  }

  async evaluate(fn, arg) {
    return this.run(() => this.evalRaw(null, `(_, arg) => (${fn})(arg)`, arg === undefined ? null : arg));
  }

  locator(selector, options = {}) {
    return new WdLocator(this, [], parseSelector(selector)).withOptions(options);
  }

  getByRole(role, options = {}) {
    return new WdLocator(this, [], [{ role, name: wire(options.name), exact: options.exact ?? false }]);
  }

  frameLocator(selector) {
    return new WdFrameLocator(this, [parseSelector(selector)]);
  }

  async press(combo) {
    const keys = keysOf(combo);
    await this.run(async () => {
      let actions = this.driver.actions();
      for (const key of keys) actions = actions.keyDown(key);
      for (const key of [...keys].reverse()) actions = actions.keyUp(key);
      await actions.perform();
    });
  }

  /**
   * Sizes the window so the page's viewport is `width` × `height` CSS pixels, whatever the
   * window's toolbar takes and however many window pixels a CSS pixel is.
   */
  async setViewportSize({ width, height }) {
    await this.run(async () => {
      const window = this.driver.manage().window();
      await window.setRect({ width, height });
      // A window manager under load may apply a new size a moment later: read the viewport
      // once it has stopped changing.
      const settled = async () => {
        let last = '';
        for (let i = 0; i < 20; i += 1) {
          const now = await this.driver.executeScript('return [innerWidth, innerHeight]');
          if (JSON.stringify(now) === last) return now;
          last = JSON.stringify(now);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return JSON.parse(last);
      };
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const [innerWidth, innerHeight] = await settled();
        if (innerWidth === width && innerHeight === height) return;
        const rect = await window.getRect();
        const scale = rect.width / innerWidth;
        const toolbar = rect.height - innerHeight * scale;
        await window.setRect({ width: Math.round(width * scale), height: Math.round(height * scale + toolbar) });
      }
      const [innerWidth, innerHeight] = await settled();
      if (innerWidth !== width || innerHeight !== height) {
        throw new Error(`this engine's window cannot show a ${width} × ${height} viewport (it shows ${innerWidth} × ${innerHeight})`);
      }
    });
    this.viewport = { width, height };
  }

  viewportSize() {
    return this.viewport;
  }

  async screenshot({ path } = {}) {
    const data = await this.run(() => this.driver.takeScreenshot());
    const bytes = Buffer.from(data, 'base64');
    if (path) writeFileSync(path, bytes);
    return bytes;
  }

  async close() {
    if (this.closed) return;
    await this.collectProblems();
    await this.run(async () => {
      const handles = await this.driver.getAllWindowHandles();
      if (handles.length > 1) {
        await this.driver.close();
        const rest = handles.filter((h) => h !== this.handle);
        await this.driver.switchTo().window(rest[0]);
      }
    });
    this.closed = true;
    this.context_.pages = this.context_.pages.filter((page) => page !== this);
  }

  on(event) {
    throw new Error(`page.on('${event}') needs Playwright (tag the test @chromium-only)`);
  }

  route() {
    throw new Error('page.route needs Playwright (tag the test @chromium-only); break files with the test server instead');
  }
}

class WdFrameLocator {
  constructor(page, frames) {
    this.page = page;
    this.frames = frames;
  }

  locator(selector, options = {}) {
    return new WdLocator(this.page, this.frames, parseSelector(selector)).withOptions(options);
  }

  frameLocator(selector) {
    return new WdFrameLocator(this.page, [...this.frames, parseSelector(selector)]);
  }
}

export class WdLocator {
  constructor(page, frames, steps) {
    this.page = page;
    this.frames = frames;
    this.steps = steps;
  }

  withOptions({ hasText } = {}) {
    return hasText === undefined ? this : new WdLocator(this.page, this.frames, [...this.steps, { hasText: wire(hasText) }]);
  }

  toString() {
    return `locator(${JSON.stringify(this.steps)})`;
  }

  locator(selector, options = {}) {
    return new WdLocator(this.page, this.frames, [...this.steps, ...parseSelector(selector)]).withOptions(options);
  }

  getByRole(role, options = {}) {
    return new WdLocator(this.page, this.frames, [...this.steps, { role, name: wire(options.name), exact: options.exact ?? false }]);
  }

  filter(options) {
    return this.withOptions(options);
  }

  nth(index) {
    return new WdLocator(this.page, this.frames, [...this.steps, { nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  /** Runs `source(elements, arg, helpers)` in the page, in the locator's frame. */
  async evalAll(source, arg = null) {
    return this.page.inFrames(this.frames, () => this.page.evalRaw(this.steps, String(source), arg));
  }

  /** Describes every element the locator resolves to (see describeElement). */
  async describe(extra = null) {
    return this.evalAll('(els, extra, { describeElement }) => els.map((el) => describeElement(el, extra))', extra);
  }

  async count() {
    return this.evalAll('(els) => els.length');
  }

  /** Waits for exactly one element meeting `conditions`, then runs `act(element)` in its frame. */
  async act(conditions, act, timeout = ACTION_TIMEOUT) {
    const deadline = Date.now() + timeout;
    let last = 'no element';
    for (;;) {
      const outcome = await this.page.inFrames(this.frames, async () => {
        const found = await this.page.evalRaw(this.steps, '(els, _, { describeElement }) => els.map((el) => [el, describeElement(el)])', null);
        if (found.length > 1) throw new Error(`strict mode violation: ${this} resolved to ${found.length} elements`);
        if (!found.length) return { wait: 'no element' };
        const [element, info] = found[0];
        if (conditions.visible && !info.visible) return { wait: 'not visible' };
        if (conditions.enabled && info.disabled) return { wait: 'disabled' };
        if (conditions.editable && !info.editable) return { wait: 'not editable' };
        try {
          return { value: await act(element, info) };
        } catch (error) {
          if (/intercepted|not interactable|stale|obscured/i.test(String(error && error.name) + String(error && error.message))) return { wait: String(error.message) };
          throw error;
        }
      });
      if (!('wait' in outcome)) return outcome.value;
      last = outcome.wait;
      if (Date.now() > deadline) throw new Error(`${this}: timed out (${last})`);
      await sleep(100);
    }
  }

  async click() {
    await this.act({ visible: true, enabled: true }, async (element) => {
      await this.page.driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "nearest" })', element);
      await element.click();
    });
  }

  async check() {
    await this.setChecked(true);
  }

  async uncheck() {
    await this.setChecked(false);
  }

  async setChecked(wanted) {
    await this.act({ visible: true, enabled: true }, async (element, info) => {
      if (info.checked === wanted) return;
      await this.page.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
      await element.click();
    });
  }

  /**
   * Replaces the text of an input in one edit, as Playwright does: the browser sees one
   * `input` event carrying the whole value, and a later Enter or blur commits it.
   */
  async fill(value) {
    await this.act({ visible: true, enabled: true, editable: true }, async (element) => {
      await this.page.driver.executeScript(
        `const el = arguments[0];
         el.focus();
         el.select();
         if (arguments[1] === '') document.execCommand('delete', false);
         else document.execCommand('insertText', false, arguments[1]);
         if (el.value !== arguments[1]) {
           el.value = arguments[1];
           el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
         }`,
        element,
        String(value),
      );
    });
  }

  async press(combo) {
    await this.act({ visible: true }, async (element) => {
      await this.page.driver.executeScript('arguments[0].focus()', element);
    });
    await this.page.press(combo);
  }

  async focus() {
    await this.act({}, async (element) => {
      await this.page.driver.executeScript('arguments[0].focus()', element);
    });
  }

  async selectOption(value) {
    await this.act({ visible: true, enabled: true }, async (element) => {
      const ok = await this.page.driver.executeScript(
        `const el = arguments[0];
         const option = [...el.options].find((o) => o.value === arguments[1] || o.label === arguments[1]);
         if (!option) return false;
         el.value = option.value;
         el.dispatchEvent(new Event('input', { bubbles: true }));
         el.dispatchEvent(new Event('change', { bubbles: true }));
         return true;`,
        element,
        value,
      );
      if (!ok) throw new Error(`${this}: no option ${value}`);
    });
  }

  async scrollIntoViewIfNeeded() {
    await this.act({}, async (element) => {
      await this.page.driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "nearest" })', element);
    });
  }

  async boundingBox() {
    return this.act({}, async (element) => this.page.driver.executeScript(
      'const r = arguments[0].getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height };',
      element,
    ));
  }

  async textContent() {
    return this.act({}, async (element) => this.page.driver.executeScript('return arguments[0].textContent', element));
  }

  async innerText() {
    return this.act({}, async (element) => this.page.driver.executeScript('return arguments[0].innerText', element));
  }

  async inputValue() {
    return this.act({}, async (element) => this.page.driver.executeScript('return arguments[0].value', element));
  }

  async getAttribute(name) {
    return this.act({}, async (element) => element.getAttribute(name));
  }

  async isVisible() {
    const found = await this.describe();
    return found.length === 1 && found[0].visible;
  }

  async isChecked() {
    return this.act({}, async (_, info) => info.checked);
  }

  /** The accessible name the browser itself computes (WebDriver's Get Computed Label). */
  async accessibleName() {
    return this.act({}, async (element) => element.getAccessibleName());
  }

  async evaluate(fn, arg) {
    return this.act({}, async (element) => {
      const result = await this.page.driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         const fn = (${fn});
         Promise.resolve().then(() => fn(arguments[0], arguments[1]))
           .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error) }));`,
        element,
        arg === undefined ? null : arg,
      );
      if (result.error) throw new Error(result.error);
      return result.value;
    });
  }

  async evaluateAll(fn, arg) {
    return this.evalAll(`(els, arg) => (${fn})(els, arg)`, arg === undefined ? null : arg);
  }
}
