// @ts-check
// The page state in the URL hash, so reload, back/forward and shared links restore the
// exact scenario, language, uncertainty settings and pinned scenarios:
// `#s=<scenario>&lang=<tag>[&view=large][&seed=N&rho=R&sd=id:v,…][&pin=<scenario>&pn=<name>…]`.
import { resolveLanguage } from './strings.js';

/**
 * @import { DecimalString, Lang, Projection, Scenario } from '../pkg/longgang_sim.js'
 * @import { Theme, ViewMode } from './prefs.js'
 */
/**
 * The Monte Carlo settings: the seed, the correlation and each indicator's spread, as the
 * page keeps them (decimals as the reader typed them).
 * @typedef {{ seed: number, correlation: DecimalString, spreads: Record<string, DecimalString> }} Uncertainty
 */
/** A pinned scenario as a link carries it: its share link and its name. @typedef {{ link: string, name: string }} LinkedPin */
/**
 * A pinned scenario as the page keeps it: also the scenario itself, and its projection once
 * computed (a pin never changes, so it is projected once).
 * @typedef {LinkedPin & { scenario: Scenario, projection?: Projection }} Pin
 */
/**
 * Everything the page shows follows from this (main.js owns it): the scenario, the language,
 * the text size and theme, the preset the scenario matches, the uncertainty settings, the
 * pins, and the share link of it all (written with each computation).
 * @typedef {{ scenario: Scenario, lang: Lang, view: ViewMode, theme: Theme, activePreset: string | null, uncertainty: Uncertainty, pins: Pin[], url: string }} PageState
 */


/** Most scenarios a reader can pin (and a link can carry). */
export const MAX_PINS = 3;

/**
 * Reads the hash; missing parts are null or empty. Values are checked by the caller.
 * @param {string} hash
 */
export function readHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang = params.get('lang');
  /** @type {Record<string, string>} */
  const spreads = {};
  for (const item of (params.get('sd') ?? '').split(',').filter(Boolean)) {
    const [id, value] = item.split(':');
    if (id && value !== undefined) spreads[id] = value;
  }
  const names = params.getAll('pn');
  const view = params.get('view');
  return {
    link: params.has('s') ? params.get('s') : null,
    // A page language's tag or alias (`zh-Hant`, `zh-TW`), as the page's own links write it.
    lang: resolveLanguage(lang),
    /** @type {ViewMode | null} */
    view: view === 'large' || view === 'normal' ? view : null,
    seed: params.get('seed'),
    correlation: params.get('rho'),
    spreads,
    /** @type {LinkedPin[]} */
    pins: params.getAll('pin').map((link, i) => ({ link, name: names[i] ?? '' })),
  };
}

/**
 * Writes the hash. Scenario links use only URL-safe characters and stay readable; names
 * are percent-encoded. Uncertainty settings appear only where they differ from defaults.
 * @param {{ link: string, lang: Lang, view?: string, uncertainty?: Uncertainty, defaults: Uncertainty, pins?: LinkedPin[] }} state
 */
export function writeHash({ link, lang, view = 'normal', uncertainty, defaults, pins = [] }) {
  let hash = `#s=${link}&lang=${lang}`;
  // Large text travels with the link: a grandchild can send a parent the page ready to read.
  if (view === 'large') hash += '&view=large';
  if (uncertainty) {
    if (uncertainty.seed !== defaults.seed) hash += `&seed=${uncertainty.seed}`;
    if (uncertainty.correlation !== defaults.correlation) hash += `&rho=${uncertainty.correlation}`;
    const changed = Object.keys(uncertainty.spreads).filter((id) => uncertainty.spreads[id] !== defaults.spreads[id]);
    if (changed.length) hash += `&sd=${changed.map((id) => `${id}:${uncertainty.spreads[id]}`).join(',')}`;
  }
  for (const pin of pins) hash += `&pin=${pin.link}&pn=${encodeURIComponent(pin.name)}`;
  return hash;
}

/**
 * The full URL that opens this state. The Chinese page is the site's own address (servers
 * give it at the directory), so its links name no file; the English page's keep theirs.
 * @param {string} hash
 */
export function shareUrl(hash) {
  return `${location.origin}${location.pathname.replace(/(^|\/)index\.html$/, '$1')}${hash}`;
}
