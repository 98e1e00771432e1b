// @ts-check
// The page's first script: a small classic script in the head, after the stylesheets, so it
// runs before the prerendered page is first painted (the build wrote the official
// scenario's page into the HTML; the module scripts take it over later, see dom.js). It
// settles what that first paint must look like, and nothing else:
// - the language: a link's `lang`, else the browser's first language (as prefs.js
//   `browserLanguage`: a tag or alias of the page's languages, looked up as BCP 47 does, so
//   zh-TW, zh-HK, zh-MO and zh-Hant-* get Traditional Chinese, zh and zh-CN Simplified;
//   any other the fallback, English); where the page was prerendered in another one, the
//   page of that language replaces it at once. The languages are the page's alternate
//   links, which the build writes with each one's tag and aliases (.ci/prerender.mjs);
// - large text and the colour theme, from the link and the device (as prefs.js keeps them);
// - `live` where WebAssembly exists, so the controls show (app.css hides them otherwise and
//   says the sliders need a browser with JavaScript and WebAssembly);
// - `cards` below 56 of the page's ems, as prefs.js `watchLayout` decides;
// - for a link to another scenario than the official one, which prerendered figures it
//   changes: those are marked as pending (greyed, their text hidden, their boxes kept so
//   nothing moves) until the module has computed them (main.js then removes `pending`).
(() => {
  const root = document.documentElement;
  const params = new URLSearchParams(location.hash.slice(1));

  const pages = /** @type {HTMLLinkElement[]} */ ([...document.querySelectorAll('link[data-names]')]);
  /** A page by a language tag, looked up as BCP 47 does: the tag, then without its last subtags. @type {(asked: string | null) => HTMLLinkElement | undefined} */
  const pageFor = (asked) => {
    for (let tag = String(asked || '').replace(/_/g, '-').toLowerCase(); tag; tag = tag.replace(/-?[^-]*$/, '')) {
      const found = pages.find((p) => ` ${p.dataset.names} `.toLowerCase().includes(` ${tag} `));
      if (found) return found;
    }
  };
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || null;
  const page = pageFor(params.get('lang')) || pageFor(first) || pages.find((p) => p.hasAttribute('data-fallback'));
  if (page && page.hreflang !== root.lang) {
    location.replace(new URL(String(page.dataset.file), location.href).pathname + location.search + location.hash);
    return;
  }

  /** @type {(key: string, allowed: string[]) => string | null} */
  const stored = (key, allowed) => {
    try {
      const value = localStorage.getItem(key);
      return allowed.includes(/** @type {string} */ (value)) ? value : null;
    } catch {
      return null;
    }
  };
  const view = params.get('view');
  root.dataset.view = view === 'large' || view === 'normal' ? view : stored('longgang:view', ['normal', 'large']) || 'normal';
  const theme = stored('longgang:theme', ['light', 'dark']);
  if (theme) root.dataset.theme = theme;

  // Cards need the page's scripts too (their details open with a button).
  if (typeof WebAssembly === 'object') {
    root.classList.add('live');
    const em = Number.parseFloat(getComputedStyle(root).fontSize) || 16;
    if (innerWidth < 56 * em) root.classList.add('cards');
  }

  const link = params.get('s');
  const official = /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="longgang:official"]'));
  if (link === null || !official || link === official.content) return;
  // A link is `v2~<report>~E<edition>~D<deflator>~M<mode>~<id><growth>…~C<check>` (a v1 link
  // has no report or edition): the ids whose growth differs are the rows it changes; the
  // deflator and the GDP mode change GDP; anything else (another version, a link of an
  // earlier edition listing fewer ids, a damaged link) may change every figure. A link of
  // another report or a newer edition is refused and the official figures stand.
  // The closing check (`C` and three base-36 characters) is always the last token and never
  // a field: one such as `Ctv3` would otherwise read as a field `Ctv`.
  /** @param {string} text */
  const fields = (text) => {
    /** @type {Map<string, string>} */
    const map = new Map();
    for (const token of text.split('~').slice(1, -1)) {
      const match = /^([A-Za-z_]+?)(-?[\d.]+)$/.exec(token);
      if (match) map.set(match[1], match[2]);
    }
    return map;
  };
  const ours = fields(official.content);
  const theirs = fields(link);
  /** @type {string[] | null} */
  let changed = [...ours.keys()].filter((key) => theirs.get(key) !== ours.get(key));
  if (link.split('~')[0] !== official.content.split('~')[0] || theirs.size !== ours.size) changed = null;
  else if (changed.includes('D') || changed.includes('M')) changed.push('gdp');
  const rows = changed ? changed.filter((id) => id !== 'D' && id !== 'M').map((id) => `[data-id="${id}"]`) : [''];
  /** @param {string[]} selectors */
  const within = (selectors) => rows.flatMap((row) => selectors.map((s) => `html.pending ${s.replace('&', row)}`)).join(',');
  // What every change can move: the answer's count and scenario name, the derived figures,
  // the key projects' shares.
  const shared = ['.answer-title', '.answer-scenario', '.derived-list dd', '[data-plan-share]', '[data-derived]'].map((s) => `html.pending ${s}`).join(',');
  const text = [within(['tr&>:is([data-cell="projected"],[data-cell="gap"],[data-cell="status"])', '.tile&>:is(.tile-level,.tile-status)']), shared].join(',');
  const sheet = document.styleSheets[0];
  if (!sheet) return;
  try {
    sheet.insertRule(`${text}{color:transparent!important;background:var(--line)!important;border-radius:.25em}`, sheet.cssRules.length);
    sheet.insertRule(`:is(${text}) *{visibility:hidden!important}`, sheet.cssRules.length);
    sheet.insertRule(`${within(['tr& .assumption', '.chart-row&'])},html.pending .presets{opacity:.3!important}`, sheet.cssRules.length);
    root.classList.add('pending');
  } catch {
    // A browser whose CSSOM refuses the rules shows the page without marks until computed.
  }
})();
