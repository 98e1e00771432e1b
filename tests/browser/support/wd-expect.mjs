// Playwright's web-first assertions for the WebDriver adapter: each polls the page until it
// holds or the timeout passes, with the same names and meanings as Playwright's
// (`toHaveText` normalises white space, `.not` inverts, arrays match element by element).
// `expect()` in the specs hands Playwright objects to Playwright and adapter objects here.
import { WdLocator, WdPage, wire } from './wd-page.mjs';

const DEFAULT_TIMEOUT = 10_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const normalize = (text) => String(text).replace(/\u200b/g, '').trim().replace(/\s+/g, ' ');

/** Does `actual` (a string) satisfy `expected` (string or RegExp)? */
function textMatches(actual, expected, { substring = false, normalizeSpace = true } = {}) {
  if (expected instanceof RegExp) return expected.test(actual) || expected.test(normalize(actual));
  const a = normalizeSpace ? normalize(actual) : actual;
  const e = normalizeSpace ? normalize(expected) : expected;
  return substring ? a.includes(e) : a === e;
}

const show = (value) => (value instanceof RegExp ? String(value) : JSON.stringify(value));

/**
 * Polls `probe()` (which returns `{ pass, received }`) until `pass !== negated`, else
 * throws a message naming the assertion, the expectation and what was last received.
 */
async function poll(name, target, expected, negated, timeout, probe) {
  const deadline = Date.now() + (timeout ?? DEFAULT_TIMEOUT);
  let last;
  for (;;) {
    try {
      last = await probe();
    } catch (error) {
      last = { pass: false, received: `error: ${error.message}` };
    }
    if (last.pass !== negated) return;
    if (Date.now() > deadline) break;
    await sleep(100);
  }
  const error = new Error(`expect(${target}).${negated ? 'not.' : ''}${name}(${expected === undefined ? '' : show(expected)}) failed\nReceived: ${show(last.received)}`);
  error.name = 'AssertionError';
  throw error;
}

/** Matchers on one element (strict: more than one element fails, as in Playwright). */
function single(locator, predicate) {
  return async () => {
    const found = await locator.describe();
    if (found.length !== 1) return { pass: false, received: `${found.length} elements` };
    return predicate(found[0]);
  };
}

function locatorMatchers(locator, negated, message) {
  const run = (name, expected, options, probe) => poll(name, message ?? locator, expected, negated, options?.timeout, probe);
  return {
    toHaveText: (expected, options) => run('toHaveText', expected, options, async () => {
      const found = await locator.describe();
      if (Array.isArray(expected)) {
        const texts = found.map((f) => f.rawText);
        return { pass: texts.length === expected.length && texts.every((t, i) => textMatches(t, expected[i])), received: texts.map(normalize) };
      }
      if (found.length !== 1) return { pass: false, received: `${found.length} elements` };
      return { pass: textMatches(found[0].rawText, expected), received: normalize(found[0].rawText) };
    }),
    toContainText: (expected, options) => run('toContainText', expected, options, single(locator, (f) => ({ pass: textMatches(f.rawText, expected, { substring: true }), received: normalize(f.rawText) }))),
    toHaveCount: (expected, options) => run('toHaveCount', expected, options, async () => {
      const count = await locator.count();
      return { pass: count === expected, received: count };
    }),
    toBeVisible: (options) => run('toBeVisible', undefined, options, async () => {
      const found = await locator.describe();
      if (found.length > 1) return { pass: false, received: `${found.length} elements` };
      return { pass: found.length === 1 && found[0].visible, received: found.length ? 'hidden' : 'no element' };
    }),
    toBeHidden: (options) => run('toBeHidden', undefined, options, async () => {
      const found = await locator.describe();
      return { pass: found.every((f) => !f.visible), received: found.some((f) => f.visible) ? 'visible' : 'hidden' };
    }),
    toBeEmpty: (options) => run('toBeEmpty', undefined, options, single(locator, (f) => {
      const content = ['input', 'textarea'].includes(f.tag) ? f.value : f.rawText;
      return { pass: normalize(content) === '', received: content };
    })),
    toBeDisabled: (options) => run('toBeDisabled', undefined, options, single(locator, (f) => ({ pass: f.disabled, received: f.disabled ? 'disabled' : 'enabled' }))),
    toBeEnabled: (options) => run('toBeEnabled', undefined, options, single(locator, (f) => ({ pass: !f.disabled, received: f.disabled ? 'disabled' : 'enabled' }))),
    toBeChecked: (options) => run('toBeChecked', undefined, options, single(locator, (f) => ({ pass: f.checked, received: f.checked ? 'checked' : 'unchecked' }))),
    toBeInViewport: (options) => run('toBeInViewport', undefined, options, async () => {
      if ((await locator.count()) !== 1) return { pass: false, received: 'not one element' };
      const inside = await locator.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      });
      return { pass: inside, received: inside ? 'in the viewport' : 'outside the viewport' };
    }),
    toBeFocused: (options) => run('toBeFocused', undefined, options, single(locator, (f) => ({ pass: f.focused, received: f.focused ? 'focused' : 'not focused' }))),
    toHaveValue: (expected, options) => run('toHaveValue', expected, options, single(locator, (f) => ({ pass: textMatches(f.value ?? '', expected, { normalizeSpace: false }), received: f.value }))),
    toHaveAttribute: (name, expected, options) => run('toHaveAttribute', expected === undefined ? name : [name, wire(expected)], options, single(locator, (f) => {
      const has = Object.prototype.hasOwnProperty.call(f.attributes, name);
      if (expected === undefined) return { pass: has, received: has ? f.attributes[name] : 'absent' };
      return { pass: has && textMatches(f.attributes[name], expected, { normalizeSpace: false }), received: has ? f.attributes[name] : 'absent' };
    })),
    toHaveClass: (expected, options) => run('toHaveClass', expected, options, single(locator, (f) => ({ pass: textMatches(f.className, expected), received: f.className }))),
    toHaveCSS: (property, expected, options) => run('toHaveCSS', [property, wire(expected)], options, async () => {
      const found = await locator.describe({ css: property });
      if (found.length !== 1) return { pass: false, received: `${found.length} elements` };
      return { pass: textMatches(found[0].css, expected, { normalizeSpace: false }), received: found[0].css };
    }),
    toHaveAccessibleName: (expected, options) => run('toHaveAccessibleName', expected, options, async () => {
      const name = await locator.accessibleName();
      return { pass: textMatches(name, expected), received: name };
    }),
  };
}

function pageMatchers(page, negated) {
  const run = (name, expected, options, probe) => poll(name, 'page', expected, negated, options?.timeout, probe);
  return {
    toHaveURL: (expected, options) => run('toHaveURL', expected, options, async () => {
      const url = await page.url();
      return { pass: expected instanceof RegExp ? expected.test(url) : url === page.absolute(expected), received: url };
    }),
    toHaveTitle: (expected, options) => run('toHaveTitle', expected, options, async () => {
      const title = await page.title();
      return { pass: textMatches(title, expected), received: title };
    }),
  };
}

/** Wraps Playwright's `expect` so adapter pages and locators get the matchers above. */
export function engineExpect(base) {
  const wrap = (make) => (target, message) => {
    if (target instanceof WdLocator || target instanceof WdPage) {
      const build = (negated) => (target instanceof WdPage ? pageMatchers(target, negated) : locatorMatchers(target, negated, message));
      return Object.assign(build(false), { not: build(true) });
    }
    return make(target, message);
  };
  const expect = wrap((target, message) => base(target, message));
  expect.soft = wrap((target, message) => base.soft(target, message));
  expect.poll = (...args) => base.poll(...args);
  expect.configure = (...args) => base.configure(...args);
  expect.extend = (...args) => base.extend(...args);
  return expect;
}
