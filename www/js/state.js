// The page state in the URL hash, so reload, back/forward and shared links restore the
// exact scenario, language, uncertainty settings and pinned scenarios:
// `#s=<scenario>&lang=zh|en[&view=large][&seed=N&rho=R&sd=id:v,…][&pin=<scenario>&pn=<name>…]`.

export const LANGS = ['zh', 'en'];

/** Most scenarios a reader can pin (and a link can carry). */
export const MAX_PINS = 3;

/** Reads the hash; missing parts are null or empty. Values are checked by the caller. */
export function readHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang = params.get('lang');
  const spreads = {};
  for (const item of (params.get('sd') ?? '').split(',').filter(Boolean)) {
    const [id, value] = item.split(':');
    if (id && value !== undefined) spreads[id] = value;
  }
  const names = params.getAll('pn');
  const view = params.get('view');
  return {
    link: params.has('s') ? params.get('s') : null,
    lang: LANGS.includes(lang) ? lang : null,
    view: view === 'large' || view === 'normal' ? view : null,
    seed: params.get('seed'),
    correlation: params.get('rho'),
    spreads,
    pins: params.getAll('pin').map((link, i) => ({ link, name: names[i] ?? '' })),
  };
}

/**
 * Writes the hash. Scenario links use only URL-safe characters and stay readable; names
 * are percent-encoded. Uncertainty settings appear only where they differ from defaults.
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
 */
export function shareUrl(hash) {
  return `${location.origin}${location.pathname.replace(/(^|\/)index\.html$/, '$1')}${hash}`;
}
