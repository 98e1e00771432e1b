// @ts-check
//! Number formatting for the page: decimal strings from the core go to Intl.NumberFormat
//! as strings, which formats them exactly (no trip through binary floats), in the locale of
//! the language's catalogue (`meta.lang`: zh-CN, zh-Hant, en). Units come from the
//! dataset's language maps (亿元, 億元), or, for a language whose catalogue says
//! `ui.figures: scaled`, in the units English readers expect (the dataset's `enAmount`,
//! `enShift`, `enScale` and `shortEn`).
import { t, language, spaced } from './strings.js';

/**
 * @import { DecimalString, Lang } from '../pkg/longgang_sim.js'
 * @import { Unit } from './wasm.js'
 */
/** How a number is shown: `decimals` fixed places (else up to two), `signed` with its sign. @typedef {{ decimals?: number, signed?: boolean }} NumberOptions */

/**
 * Whether a language shows figures scaled to the units English readers expect (the
 * dataset's `en*` fields) rather than in the report's units.
 * @param {Lang} lang
 */
export const scaled = (lang) => t(lang, 'figures') === 'scaled';

/**
 * A dataset text in the reader's language: `texts[lang]` (the dataset's maps carry every
 * language the page offers).
 * @param {Lang} lang
 * @param {Record<string, string>} texts
 */
export const inLanguage = (lang, texts) => texts[lang] ?? '';

/**
 * An indicator's name where space is short: its short English form where the language
 * uses the dataset's English forms and the indicator has one, else its name.
 * @param {Lang} lang
 * @param {{ name: Record<string, string>, shortEn?: string }} indicator
 */
export const shortName = (lang, indicator) => (scaled(lang) && indicator.shortEn) || inLanguage(lang, indicator.name);
/** @type {Map<string, Intl.NumberFormat>} */
const formatters = new Map();

/**
 * @param {Lang} lang
 * @param {number | undefined} decimals
 * @param {boolean} signed
 */
function formatter(lang, decimals, signed) {
  const key = `${lang}|${decimals}|${signed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language(lang).lang, {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 2,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a decimal string; `decimals` fixes the places, else up to two are shown.
 * @param {Lang} lang
 * @param {DecimalString} value
 * @param {NumberOptions} [options]
 */
export function number(lang, value, { decimals, signed = false } = {}) {
  // Intl.NumberFormat takes the decimal string itself (see above).
  return formatter(lang, decimals, signed).format(/** @type {Intl.StringNumericLiteral} */ (value));
}

/**
 * A percentage such as "6.5%" or "+0.50%".
 * @param {Lang} lang
 * @param {DecimalString} value
 * @param {NumberOptions} [options]
 */
export function percent(lang, value, options) {
  return `${number(lang, value, options)}%`;
}

/**
 * Moves the decimal point of a plain decimal string `places` to the left, exactly:
 * "436.11" → "43.611" (digits are moved, never computed).
 * @param {DecimalString} value
 * @param {number} places
 */
export function shiftPoint(value, places) {
  if (!places) return value;
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = whole.padStart(places + 1, '0');
  const head = padded.slice(0, -places).replace(/^0+(?=\d)/, '');
  return `${negative ? '-' : ''}${head}.${padded.slice(-places)}${fraction}`;
}

/**
 * The unit's label as a reader sees it next to an amount.
 * @param {Lang} lang
 * @param {Unit} unit
 */
export function unitLabel(lang, unit) {
  return (scaled(lang) && unit.enAmount) || inLanguage(lang, unit.name);
}

/**
 * An amount with its unit: "436.11亿元" in Chinese (436.11億元); in English in the unit English readers
 * expect, the decimal point moved exactly ("43.611 bn yuan": every digit kept).
 * @param {Lang} lang
 * @param {DecimalString} value
 * @param {Unit} unit
 * @param {NumberOptions} [options]
 */
export function amount(lang, value, unit, options = {}) {
  const figure = amountNumber(lang, value, unit, options);
  return `${figure}${spaced(lang) ? ' ' : ''}${unitLabel(lang, unit)}`;
}

/**
 * The number `amount` shows, without its unit (the low end of a range, "42.875 – 44.351 bn yuan").
 * @param {Lang} lang
 * @param {DecimalString} value
 * @param {Unit} unit
 * @param {NumberOptions} [options]
 */
export function amountNumber(lang, value, unit, options = {}) {
  if (!scaled(lang)) return number(lang, value, options);
  const shift = unit.enShift ?? 0;
  const places = value.split('.')[1]?.length ?? 0;
  const decimals = (options.decimals ?? places) + shift;
  return number(lang, shiftPoint(value, shift), { ...options, decimals });
}
