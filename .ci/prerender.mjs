// Prerenders the simulator page: runs the page's own views (www/js, as copied into the
// site) under jsdom, with the projection module the page loads computing the official
// scenario, and writes the DOM they build into the HTML — a page per language the page
// offers (seeds/page-languages.json: index.html in Simplified Chinese, index.zh-Hant.html
// in Traditional Chinese, index.en.html in English) — so a reader's first table is painted before any script runs,
// and a browser that cannot run them still shows the official table, the chart, the derived
// figures and the report's sentences behind every number. Every element a view builds is
// stamped with its place in that build (see dom.js), so that the page's scripts take the
// DOM over in place instead of building it again.
// Used by .ci/site.mjs, before the site's scripts are minified (it imports the readable
// sources); exports `prerenderPages(site, { siteUrl })`.
import { readFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { pageLanguages as languageList } from './page-strings.mjs';

/** The width the chart is prerendered at: a phone's, the page's first readers' (CSS px). */
const CHART_WIDTH = 360;

/**
 * The pages written, by language tag: the file, the page's `lang` and its Open Graph locale
 * (language_TERRITORY, the likeliest territory of its `lang`: zh_CN, zh_TW, en_US).
 */
export const PAGES = Object.fromEntries(languageList().languages.map(({ tag, lang, file }) => {
  const likely = new Intl.Locale(lang).maximize();
  return [tag, { file, tag: lang, locale: `${likely.language}_${likely.region}` }];
}));

/**
 * A dataset (or any part of one) with its texts in the given languages only (by default
 * the page's): the core's language maps (`{zh, en, "zh-Hant"}`, one entry per catalogue)
 * keep those entries.
 * @param {unknown} value
 * @param {string[]} [tags]
 */
export function pageLanguages(value, tags = Object.keys(PAGES)) {
  if (Array.isArray(value)) return value.map((item) => pageLanguages(item, tags));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const isTexts = Object.keys(PAGES).every((tag) => tag in value) && entries.every(([, text]) => typeof text === 'string');
  return Object.fromEntries(entries.filter(([key]) => !isTexts || tags.includes(key)).map(([key, item]) => [key, pageLanguages(item, tags)]));
}

/**
 * Makes the jsdom window the global scope the page's modules expect (they read `document`,
 * `window`, `navigator`, `location`, `innerWidth`, … as globals when they run). Layout is
 * not computed by jsdom, so the chart is given a phone's width to lay out at.
 */
function installWindow(window) {
  const names = ['window', 'document', 'navigator', 'location', 'localStorage', 'Node', 'HTMLElement', 'SVGElement', 'Element',
    'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'addEventListener', 'removeEventListener', 'innerWidth', 'CustomEvent', 'Event'];
  for (const name of names) {
    const value = window[name];
    Object.defineProperty(globalThis, name, { value: typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(window) : value, configurable: true, writable: true });
  }
  // Observers only matter once the page is on a screen.
  const Idle = class { observe() {} unobserve() {} disconnect() {} };
  globalThis.ResizeObserver = Idle;
  globalThis.IntersectionObserver = Idle;
  Object.defineProperty(window.HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get() {
      return this.classList.contains('chart-figure') ? CHART_WIDTH : 0;
    },
  });
}

/** `fetch` for the files the page's modules load next to themselves (file: URLs here). */
async function fileFetch(url) {
  const path = fileURLToPath(url instanceof URL ? url : new URL(String(url)));
  return new Response(await readFile(path), { headers: { 'Content-Type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
}

/**
 * Writes index.html (Chinese) and index.en.html (English) into `site` from the template
 * `site/index.html`, each with the official scenario's page in `main#app`, the page's
 * description in its language, and the official share link in `longgang:official`.
 * `sources` holds the report's sentences per indicator (pkg/sources.json).
 */
export async function prerenderPages(site, { sources }) {
  const template = readFileSync(join(site, 'index.html'), 'utf8');
  const js = (file) => pathToFileURL(join(site, 'js', file)).href;
  globalThis.fetch = fileFetch;
  // The page's own modules, loaded once; each page gets a fresh window before it is built.
  installWindow(new JSDOM(template, { url: 'http://prerender.invalid/' }).window);
  const glue = await import(pathToFileURL(join(site, 'pkg', 'longgang_sim.js')).href);
  glue.initSync({ module: readFileSync(join(site, 'pkg', 'longgang_sim_bg.wasm')) });
  const { load, loadDatasetLanguage } = await import(js('wasm.js'));
  const { View, AnalysisSlot } = await import(js('render.js'));
  const { t, loadLanguage } = await import(js('strings.js'));
  const { writeHash } = await import(js('state.js'));
  const { prerendering } = await import(js('dom.js'));
  const { Sections } = await import(js('sections.js'));
  const { Chart } = await import(js('chart.js'));
  await import(js('strings-page.js'));
  await import(js('strings-embed.js'));
  const { language, LANGUAGES } = await import(js('strings.js'));
  const { FALLBACK } = await import(js('lang/index.js'));
  const api = await load();
  const dataset = api.dataset();
  const scenario = api.presetScenario('official');
  const link = api.encodeScenario(scenario);
  prerendering();

  for (const [lang, page] of Object.entries(PAGES)) {
    const dom = new JSDOM(template, { url: `http://prerender.invalid/${page.file}`, pretendToBeVisual: true });
    installWindow(dom.window);
    const { document } = dom.window;
    await loadLanguage(lang);
    await loadDatasetLanguage(lang);
    // Whatever a reader does with the prerendered DOM, the scripts' listeners handle it.
    const actions = new Proxy({}, { get: () => () => {} });
    const view = new View(dataset, actions, new AnalysisSlot());
    view.build(lang);
    // The state a reader gets from a link to the official scenario (as main.js keeps it).
    const state = { scenario, lang, view: 'normal', theme: 'auto', activePreset: 'official', pins: [] };
    const hash = writeHash({ link, lang });
    view.update(state, api.project(scenario), [], `{{SITE_URL}}${hash}`);
    view.attachSections(Sections);
    view.attachChart(Chart);
    view.fillSources(sources);

    // What a property holds, the HTML must say: the sliders and boxes show their values
    // before the scripts run.
    for (const input of document.querySelectorAll('#app input')) {
      if (input.value) input.setAttribute('value', input.value);
    }
    // Controls wait for the scripts that handle them (dom.js `wake`): a tap before would be lost.
    for (const control of document.querySelectorAll('#app :is(button, input, select)')) {
      if (control.disabled) continue;
      control.setAttribute('disabled', '');
      control.setAttribute('data-wait', '');
    }
    const set = (selector, attribute, value) => {
      const node = document.querySelector(selector);
      if (!node) throw new Error(`index.html: no ${selector}`);
      node.setAttribute(attribute, value);
    };
    set('meta[name="description"]', 'content', t(lang, 'pageDescription'));
    set('meta[property="og:title"]', 'content', t(lang, 'title'));
    set('meta[property="og:description"]', 'content', t(lang, 'shareDescription'));
    set('meta[property="og:locale"]', 'content', page.locale);
    set('meta[name="longgang:official"]', 'content', link);
    const here = `{{SITE_URL}}${page.file === 'index.html' ? '' : page.file}`;
    set('link[rel="canonical"]', 'href', here);
    // Every language's page, for search engines (the default also as x-default).
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')];
    const anchor = alternates[0];
    for (const l of [...LANGUAGES, null]) {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = l ? language(l.tag).lang : 'x-default';
      link.href = `{{SITE_URL}}${!l || l.file === 'index.html' ? '' : l.file}`;
      // What boot.js chooses the reader's page by: the tag and its aliases, the page's
      // file, which one is the fallback.
      if (l) {
        link.dataset.names = [l.tag, ...l.aliases].join(' ');
        link.dataset.file = l.file;
        if (l.tag === FALLBACK) link.dataset.fallback = '';
      }
      anchor.before(link, '\n');
    }
    for (const old of alternates) old.remove();
    set('meta[property="og:url"]', 'content', here);
    document.getElementById('static-note').textContent = t(lang, 'staticNote');
    // The benchmark times the table's first paint by its GDP figure (Element Timing).
    document.querySelector('#row-gdp [data-cell="projected"]').setAttribute('elementtiming', 'first-table');
    writeFileSync(join(site, page.file), `<!doctype html>\n${document.documentElement.outerHTML}\n`);
  }
  // The report's words in the files no script fills, by the same `t()` (every language
  // is loaded by now): the web app manifest, in the default language, and the widget's
  // frame page's title, in every language.
  const first = LANGUAGES[0].tag;
  const manifestFile = join(site, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  Object.assign(manifest, { name: t(first, 'title'), short_name: t(first, 'embedTitle'), description: t(first, 'shareDescription'), lang: language(first).lang });
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const frameFile = join(site, 'embed.html');
  const frame = readFileSync(frameFile, 'utf8');
  if (!frame.includes('<title></title>')) throw new Error('embed.html: no empty <title> to fill');
  const frameTitle = LANGUAGES.map((l) => t(l.tag, 'title')).join(' · ').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  writeFileSync(frameFile, frame.replace('<title></title>', `<title>${frameTitle}</title>`));
  return { link };
}

/**
 * Puts the official scenario's static table and chart (the core's static renderer, as the
 * embed snippets carry them) inside the iframe embed's element: what the frame shows before
 * its scripts run and wherever they cannot. `full` is the full module; its link to the page
 * goes to `siteUrl`, the site's public address.
 */
export function prerenderFrame(site, full, siteUrl) {
  const file = join(site, 'embed.html');
  const html = readFileSync(file, 'utf8');
  const figure = full.renderStatic(full.presetScenario('official'), '', 'zh', siteUrl);
  const filled = html.replace('<longgang-whatif></longgang-whatif>', `<longgang-whatif>\n${figure.trim()}\n</longgang-whatif>`);
  if (filled === html) throw new Error('embed.html: no empty <longgang-whatif> to fill');
  writeFileSync(file, filled);
}
