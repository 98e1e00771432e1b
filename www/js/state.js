// The page state in the URL hash (`#s=<scenario link>&lang=en`), so reload, back/forward
// and shared links restore the exact scenario and language.

export const LANGS = ['zh', 'en'];

/** Reads `{ link, lang }` from a hash; missing parts are null. */
export function readHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang = params.get('lang');
  return {
    link: params.has('s') ? params.get('s') : null,
    lang: LANGS.includes(lang) ? lang : null,
  };
}

/** Writes the hash for a scenario link and language (the link alphabet needs no escaping). */
export function writeHash(link, lang) {
  return `#s=${link}&lang=${lang}`;
}

/** The full URL that opens this state. */
export function shareUrl(link, lang) {
  return `${location.origin}${location.pathname}${writeHash(link, lang)}`;
}
