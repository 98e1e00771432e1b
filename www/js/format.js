// Number formatting for the page: decimal strings from the core go to Intl.NumberFormat
// as strings, which formats them exactly (no trip through binary floats).

const LOCALES = { zh: 'zh-CN', en: 'en-US' };
const formatters = new Map();

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

/** Formats a decimal string; `decimals` fixes the places, else up to two are shown. */
export function number(lang, value, { decimals, signed = false } = {}) {
  return formatter(lang, decimals, signed).format(value);
}

/** A percentage such as "6.5%" or "+0.50%". */
export function percent(lang, value, options) {
  return `${number(lang, value, options)}%`;
}

/** An amount with its unit: "436.11亿元" in Chinese, "436.11 CNY 100m" in English. */
export function amount(lang, value, unit, options) {
  const text = number(lang, value, options);
  return lang === 'zh' ? `${text}${unit.zh}` : `${text} ${unit.en}`;
}
