// @ts-check
//! The page's words: every UI string comes from the language catalogues
//! (seeds/lang/<tag>.json, their `ui.` keys), which the build turns into one module per
//! language and part (js/lang/, see .ci/page-strings.mjs). A reader downloads the words of
//! their own language only: `loadLanguage` fetches a language's parts in use, and a module
//! that shows words of a later part asks for it (`usePart`, see strings-more.js). `t()`
//! fills `{name}` placeholders; messages for errors come from the core, keyed by its stable
//! error code, in the reader's language.

import { LANGUAGES, FALLBACK, LOADERS, REPORT_LANG } from './lang/index.js';

/** @import { Qualifier } from '../pkg/longgang_sim.js' */
/** @import { Part, PageLanguage, PartLoaders } from './lang/index.js' */
/**
 * A failure as the page shows it: the core's errors (SimError) and the page's own. The
 * core's carry their message in each language the module that threw them has, by tag; the
 * page's own codes are worded by the catalogues (`ui.error.<code>`).
 * @typedef {{ code: string, messages: Record<string, string>, field?: string | null }} Failure
 */

export { LANGUAGES };

/** The report's language: its title and quotes stay verbatim, in it, in every language. */
export const QUOTE_LANG = REPORT_LANG;

/** The words loaded so far: language tag → id → text. @type {Record<string, Record<string, string>>} */
const TEXTS = {};
/** The parts some module of the page uses, with their loaders; the first table's is always in use. @type {Map<Part, PartLoaders>} */
const partsInUse = new Map([[/** @type {Part} */ ('main'), LOADERS]]);
/** The languages asked for so far. @type {Set<string>} */
const languagesAsked = new Set();
/** @type {Map<string, Promise<void>>} */
const loading = new Map();

/**
 * Loads one part of a language's words (once).
 * @param {string} lang
 * @param {Part} part
 */
function loadPart(lang, part) {
  const key = `${lang}/${part}`;
  let promise = loading.get(key);
  if (!promise) {
    const loader = partsInUse.get(part)?.[lang];
    promise = loader
      ? loader().then((module) => void Object.assign((TEXTS[lang] ??= {}), module.default), (cause) => {
        loading.delete(key);
        throw cause;
      })
      : Promise.resolve();
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Loads a language's words, every part in use (once); resolves when `t(lang, …)` can use them.
 * @param {string} lang
 * @returns {Promise<unknown>}
 */
export function loadLanguage(lang) {
  languagesAsked.add(lang);
  return Promise.all([...partsInUse.keys()].map((part) => loadPart(lang, part)));
}

/**
 * Puts a part of the words in use: loads it for every language asked for so far, and for
 * every language asked for later.
 * @param {Part} part
 * @param {PartLoaders} loaders its loader in each language (js/lang/part-<part>.js)
 */
export function usePart(part, loaders) {
  partsInUse.set(part, loaders);
  return Promise.all([...languagesAsked].map((lang) => loadPart(lang, part)));
}

/**
 * A page language by its tag, or resolved from any language tag as BCP 47 lookup does: a
 * tag or alias of the page's languages (ignoring case), else the same with its last subtags
 * dropped (`zh-Hant-TW` → `zh-Hant`, `zh-SG` → `zh`, `en-GB` → `en`). Null for none.
 * @param {string | null | undefined} asked
 * @returns {string | null}
 */
export function resolveLanguage(asked) {
  let candidate = String(asked ?? '').trim().replace(/_/g, '-').toLowerCase();
  while (candidate) {
    const found = LANGUAGES.find((l) => l.tag.toLowerCase() === candidate || l.aliases.some((a) => a.toLowerCase() === candidate));
    if (found) return found.tag;
    candidate = candidate.includes('-') ? candidate.slice(0, candidate.lastIndexOf('-')) : '';
  }
  return null;
}

/**
 * The page language for a browser's list of languages: its first one the page has, else
 * the fallback.
 * @param {readonly string[]} browser
 */
export function languageFor(browser) {
  return resolveLanguage(browser[0]) ?? FALLBACK;
}

/**
 * A page language's facts.
 * @param {string} lang
 * @returns {PageLanguage}
 */
export function language(lang) {
  return LANGUAGES.find((l) => l.tag === lang) ?? LANGUAGES[0];
}

/**
 * Fills `{placeholders}` from `values`, then from the report's words (`{plan_year}`, …).
 * @param {string} text
 * @param {Record<string, unknown>} values
 * @param {Record<string, string>} [words]
 */
function fill(text, values, words = {}) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : words[key] ?? whole));
}

/**
 * Looks up a UI string and fills its `{placeholders}`. A word not loaded shows as its id
 * (never another language's word; the browser tests fail on it).
 * @param {string} lang
 * @param {string} id
 * @param {Record<string, unknown>} [values]
 * @returns {string}
 */
export function t(lang, id, values = {}) {
  const text = TEXTS[lang]?.[id] ?? id;
  // Most words have no placeholder: they cost the slider's updates no replacing.
  return text.includes('{') ? fill(text, values, reportWords(lang)) : text;
}

/**
 * What the words say of the report, from its data: the catalogues write `{base_year}`,
 * `{plan_year}`, `{place}`, `{publisher}` and `{date}`, so a new report needs no new words.
 * @typedef {{ years: { base: number, plan: number }, source: { place: Record<string, string>, publisher: Record<string, string>, date: string } }} ReportFacts
 */
/** @type {ReportFacts | null} */
let report = null;
/** @type {Map<string, Record<string, string>>} */
const reportCache = new Map();

/**
 * Names the report the words speak of (the dataset a view shows); views call it before
 * they build.
 * @param {ReportFacts} dataset
 */
export function useReport(dataset) {
  if (report === dataset) return;
  report = dataset;
  reportCache.clear();
}

/** The report's words in `lang` (its own where a map lacks `lang`). @param {string} lang */
function reportWords(lang) {
  if (!report) return {};
  let words = reportCache.get(lang);
  if (!words) {
    const { years, source } = report;
    const [year, month, day] = source.date.split('-').map(Number);
    const date = new Intl.DateTimeFormat(language(lang).lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
    words = {
      base_year: String(years.base),
      plan_year: String(years.plan),
      place: source.place[lang] ?? source.place[REPORT_LANG],
      publisher: source.publisher[lang] ?? source.publisher[REPORT_LANG],
      date,
    };
    // Kept once the report names itself in `lang`: a page's dataset gets another
    // language's texts when a reader asks for it (loadDatasetLanguage).
    if (lang in source.place) reportCache.set(lang, words);
  }
  return words;
}

/** Whether a language puts spaces between words and sentences (the catalogues' `ui.spacing`). @param {string} lang */
export const spaced = (lang) => t(lang, 'spacing') === 'space';

/**
 * The message for an error, in the reader's language only: the core's (its catalogue's
 * `error.<code>`), else the page's wording of its own codes (`ui.error.<code>`), else a
 * sentence naming the code — for an error from the projection module in a language it does
 * not carry (it carries the required two, to keep every reader's download small).
 * @param {string} lang
 * @param {Failure} error
 * @param {Record<string, unknown>} [values]
 * @returns {string}
 */
export function errorText(lang, error, values = {}) {
  const core = error.messages?.[lang];
  if (core) return core;
  const own = TEXTS[lang]?.[`error.${error.code}`];
  return own ? fill(own, values, reportWords(lang)) : t(lang, 'error.other', { code: error.code });
}

/**
 * The message beside a number box: the page's short wording for the field's codes, which
 * need not repeat the field's name (`ui.fieldError.<code>`), else `errorText`.
 * @param {string} lang
 * @param {Failure} error
 * @param {Record<string, unknown>} values
 */
export function fieldErrorText(lang, error, values) {
  const own = TEXTS[lang]?.[`fieldError.${error.code}`];
  return own ? fill(own, values, reportWords(lang)) : errorText(lang, error, values);
}

/** Glyph and label of each target status: shown by text and shape, never colour alone. */
export const STATUS = {
  met: { glyph: '✓', key: 'statusMet' },
  short: { glyph: '▼', key: 'statusShort' },
  exceeds: { glyph: '▲', key: 'statusExceeds' },
  no_target: { glyph: '–', key: 'statusNoTarget' },
};

/**
 * A target as the report words it: "6.5%以上", "at least 6.5%", "about 8%".
 * @param {string} lang
 * @param {Qualifier} qualifier
 * @param {string} value
 */
export function targetText(lang, qualifier, value) {
  const key = { at_least: 'targetAtLeast', above: 'targetAbove', about: 'targetAbout' }[qualifier];
  return t(lang, key, { value });
}
