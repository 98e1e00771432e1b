// @ts-check
// Number formatting for the page: decimal strings from the core go to Intl.NumberFormat
// as strings, which formats them exactly (no trip through binary floats).

/**
 * @import { DecimalString, Lang } from '../pkg/longgang_sim.js'
 * @import { Unit } from './wasm.js'
 */
/** How a number is shown: `decimals` fixed places (else up to two), `signed` with its sign. @typedef {{ decimals?: number, signed?: boolean }} NumberOptions */

/** Each language's number locale, by catalogue tag. @type {Record<Lang, string>} */
const LOCALES = { zh: 'zh-CN', en: 'en-US' };
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
    f = new Intl.NumberFormat(LOCALES[lang], {
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
  return lang === 'zh' ? unit.name.zh : unit.enAmount ?? unit.name.en;
}

/**
 * An amount with its unit: "436.11亿元" in Chinese; in English in the unit English readers
 * expect, the decimal point moved exactly ("43.611 bn yuan": every digit kept).
 * @param {Lang} lang
 * @param {DecimalString} value
 * @param {Unit} unit
 * @param {NumberOptions} [options]
 */
export function amount(lang, value, unit, options = {}) {
  const figure = amountNumber(lang, value, unit, options);
  return lang === 'zh' ? `${figure}${unit.name.zh}` : `${figure} ${unitLabel(lang, unit)}`;
}

/**
 * The number `amount` shows, without its unit (the low end of a range, "42.875 – 44.351 bn yuan").
 * @param {Lang} lang
 * @param {DecimalString} value
 * @param {Unit} unit
 * @param {NumberOptions} [options]
 */
export function amountNumber(lang, value, unit, options = {}) {
  if (lang === 'zh') return number(lang, value, options);
  const shift = unit.enShift ?? 0;
  const places = value.split('.')[1]?.length ?? 0;
  const decimals = (options.decimals ?? places) + shift;
  return number(lang, shiftPoint(value, shift), { ...options, decimals });
}
