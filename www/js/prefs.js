// @ts-check
// The reader's display preferences, kept on the device: large-text mode (长辈模式, also
// carried by the share link as `&view=large`) and the colour theme (follow the system, light
// or dark). Applied as attributes on <html>, which the stylesheet reads; and the layout they
// lead to (cards where a table row would not fit).
import { languageFor } from './strings.js';

/**
 * @typedef {'normal' | 'large'} ViewMode
 * @typedef {'auto' | 'light' | 'dark'} Theme
 */

const KEYS = { view: 'longgang:view', theme: 'longgang:theme' };
/** @type {ViewMode[]} */
export const VIEWS = ['normal', 'large'];
/** @type {Theme[]} */
export const THEMES = ['auto', 'light', 'dark'];

/** localStorage, or nothing where it is blocked (private modes, some in-app browsers). */
function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * @template {string} T
 * @param {string} key
 * @param {T[]} allowed
 * @param {T} fallback
 * @returns {T}
 */
function read(key, allowed, fallback) {
  const value = /** @type {T} */ (storage()?.getItem(key));
  return allowed.includes(value) ? value : fallback;
}

/**
 * @param {string} key
 * @param {string} value
 */
function write(key, value) {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Storage full or refused: the preference lasts for this page only.
  }
}

/** The view remembered on this device. */
/**
 * The language of a link without one: the page's language for the browser's first one
 * (Simplified Chinese for zh-CN or zh, Traditional for zh-TW, zh-HK, zh-MO or zh-Hant),
 * the fallback (English) for any other. A link's `lang` always wins.
 * @returns {import('../pkg/longgang_sim.js').Lang}
 */
export function browserLanguage() {
  return languageFor(navigator.languages?.length ? navigator.languages : [navigator.language ?? '']);
}

export const storedView = () => read(KEYS.view, VIEWS, 'normal');
/** The theme remembered on this device. */
export const storedTheme = () => read(KEYS.theme, THEMES, 'auto');

/**
 * Shows the page in `view` and remembers it.
 * @param {ViewMode} view
 */
export function applyView(view, remember = true) {
  document.documentElement.dataset.view = view;
  if (remember) write(KEYS.view, view);
}

/**
 * Shows the page in `theme` and remembers it.
 * @param {Theme} theme
 */
export function applyTheme(theme, remember = true) {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  if (remember) write(KEYS.theme, theme);
}

/**
 * Keeps `.cards` on <html> whenever the projection table would not fit the window: always
 * below 56 of the page's own ems (so large text, text zoom and page zoom switch sooner),
 * and above that whenever the table, laid out as a table, is wider than its column (long
 * English figures need more room than Chinese ones). Follows the window and the text size
 * (a probe 56 em wide reports every change). Returns `track(table)`, called with each table
 * the page builds.
 */
export function watchLayout() {
  const root = document.documentElement;
  const probe = document.createElement('div');
  probe.className = 'em-probe';
  probe.setAttribute('aria-hidden', 'true');
  document.body.append(probe);
  /** @type {HTMLElement | null} */
  let table = null;
  const apply = () => {
    if (innerWidth < probe.getBoundingClientRect().width || !table?.isConnected) {
      root.classList.toggle('cards', innerWidth < probe.getBoundingClientRect().width);
      return;
    }
    // Measured as a table, in the same task: the reader never sees the trial layout. With
    // the uncertainty columns (their widths reserved), so that the Monte Carlo's figures
    // arriving later never turn a table into cards under the reader's eyes.
    root.classList.remove('cards');
    const hadColumns = table.classList.contains('has-mc');
    table.classList.add('has-mc');
    const column = /** @type {HTMLElement} */ (table.parentElement);
    const tooWide = table.offsetWidth > column.clientWidth + 1;
    if (!hadColumns) table.classList.remove('has-mc');
    root.classList.toggle('cards', tooWide);
  };
  apply();
  // In the next frame: changing the layout inside the observer's callback would loop.
  const observer = new ResizeObserver(() => requestAnimationFrame(apply));
  observer.observe(probe);
  // Only when the width changes: a phone's toolbar sliding away changes the height alone.
  let width = innerWidth;
  addEventListener('resize', () => {
    if (innerWidth === width) return;
    width = innerWidth;
    apply();
  });
  // Not on the table's own changes: a layout that flipped while a slider is dragged would
  // move the slider from under the reader's finger. A figure grown past its column at an
  // extreme value scrolls sideways inside the table's frame instead.
  return (/** @type {HTMLElement} */ next) => {
    table = next;
    apply();
    // Again once the first figures are in (they are written in the next frame at the latest).
    requestAnimationFrame(() => requestAnimationFrame(apply));
  };
}
