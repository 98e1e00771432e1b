// @ts-check
// The embedded widget behind <longgang-whatif>: renders chosen indicators with sliders into
// the element's shadow root, shares one WASM instance with every other widget on the page,
// reports attribute problems inside the element, and falls back to the static table the
// snippet put inside the element (or, in older snippets, inside its <noscript>) when
// WebAssembly cannot load. Each row's projection explains itself in a small disclosure,
// which fetches the full module when first opened.
import { load, loadFull, loadDatasetLanguage } from './wasm.js';
import './strings-embed.js';
import { t, errorText, fieldErrorText, STATUS, targetText, loadLanguage, resolveLanguage, language, LANGUAGES, useReport } from './strings.js';
import { number, percent, amount } from './format.js';
import { frameScheduler } from './schedule.js';
import { h, quoted } from './dom.js';

/**
 * @import { Indicator, Lang, Scenario } from '../pkg/longgang_sim.js'
 * @import { Api, PageDataset, SimError, Unit } from './wasm.js'
 */
/**
 * The nodes of one indicator's row.
 * @typedef {{ row: HTMLDivElement, slider: HTMLInputElement, box: HTMLInputElement, error: HTMLSpanElement, projected: HTMLSpanElement, target: HTMLSpanElement, status: HTMLSpanElement, indicator: Indicator, why: HTMLDetailsElement, whyBody: HTMLDivElement }} WidgetRow
 */

/**
 * The widget's language: its `lang` attribute as a page language (a tag or an alias:
 * `zh-Hant`, `zh-TW`), else the page's default.
 * @param {HTMLElement} host
 * @returns {Lang}
 */
function widgetLanguage(host) {
  return resolveLanguage(host.getAttribute('lang')) ?? LANGUAGES[0].tag;
}

/**
 * Loads the widget stylesheet into a shadow root and resolves once it applies.
 * @param {ShadowRoot} root
 * @param {URL} base
 */
function styles(root, base) {
  const link = h('link', { rel: 'stylesheet', href: new URL('embed.css', base).href });
  const ready = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  root.append(link);
  return ready.then(() => link);
}

/**
 * Mounts the widget into a <longgang-whatif> element (which has made its shadow root).
 * @param {HTMLElement} host
 * @param {URL} base the site's root
 */
export async function mount(host, base) {
  const root = /** @type {ShadowRoot} */ (host.shadowRoot);
  const link = await styles(root, base);
  let api;
  try {
    api = await load(widgetLanguage(host));
  } catch (error) {
    await showFallback(host, link, /** @type {SimError} */ (error));
    return { refresh() {} };
  }
  const widget = new Widget(host, root, link, api, base);
  await widget.refresh();
  return widget;
}

class Widget {
  /**
   * @param {HTMLElement} host
   * @param {ShadowRoot} root
   * @param {HTMLLinkElement} link the widget's stylesheet
   * @param {Api} api
   * @param {URL} base
   */
  constructor(host, root, link, api, base) {
    Object.assign(this, { host, root, link, api, base });
    // (Given just above.)
    /** @type {HTMLElement} */
    this.host;
    /** @type {ShadowRoot} */
    this.root;
    /** @type {HTMLLinkElement} */
    this.link;
    /** @type {Api} */
    this.api;
    /** @type {URL} */
    this.base;
    /** @type {PageDataset} */
    this.dataset = api.dataset();
    useReport(this.dataset);
    /** @type {Map<string, Unit>} */
    this.units = new Map(this.dataset.units.map((u) => [u.id, u]));
    /** @type {Map<string, Indicator>} */
    this.byId = new Map(this.dataset.indicators.map((i) => [i.id, i]));
    this.defaultIds = this.dataset.indicators.filter((i) => i.target).map((i) => i.id);
    this.request = frameScheduler(() => this.compute());
    /** @type {string | null} the attributes the scenario was read from */
    this.source = null;
    // Set by render() and build():
    /** @type {number | undefined} */
    this.turn;
    /** @type {Lang} */
    this.lang;
    /** @type {string[]} */
    this.ids;
    /** @type {boolean} */
    this.compact;
    /** @type {Scenario} */
    this.scenario;
    /** @type {string[]} */
    this.scenarioProblems;
    /** @type {Map<string, WidgetRow>} */
    this.rows;
    /** @type {HTMLAnchorElement} */
    this.openLink;
    /** @type {HTMLDivElement | undefined} */
    this.content;
  }

  /**
   * Reads the attributes again and rebuilds what they decide, once the language's texts
   * are in (each language's load on first use); only the latest of several quick changes builds.
   */
  async refresh() {
    const lang = widgetLanguage(this.host);
    const turn = (this.turn = (this.turn ?? 0) + 1);
    await Promise.all([loadLanguage(lang), loadDatasetLanguage(lang)]);
    if (turn === this.turn) this.render(lang);
  }

  /** @param {Lang} lang */
  render(lang) {
    const { host } = this;
    const problems = [];
    const langAttr = host.getAttribute('lang');
    if (langAttr && !resolveLanguage(langAttr)) problems.push(t(lang, 'embedUnknownLang', { lang: langAttr }));
    // The stylesheet reads the theme attribute itself; an unknown one reads as "auto".
    const theme = host.getAttribute('theme');
    if (theme !== null && !['auto', 'light', 'dark'].includes(theme)) problems.push(t(lang, 'embedUnknownTheme', { theme }));

    const listed = (host.getAttribute('indicators') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = listed.filter((id) => !this.byId.has(id));
    const ids = listed.length ? [...new Set(listed.filter((id) => this.byId.has(id)))] : this.defaultIds;
    if (unknown.length) problems.push(t(lang, 'embedUnknownIndicators', { ids: unknown.join(', ') }));
    if (!ids.length) problems.push(t(lang, 'embedNoIndicators'));

    // A new scenario or preset attribute replaces what the reader set; other changes keep it.
    const source = `${host.getAttribute('scenario')}|${host.getAttribute('preset')}`;
    if (source !== this.source) {
      this.source = source;
      [this.scenario, this.scenarioProblems] = this.initialScenario(lang);
    }
    problems.push(...this.scenarioProblems);
    this.lang = lang;
    this.ids = ids;
    this.compact = host.hasAttribute('compact');
    this.build(problems);
    this.compute();
  }

  /**
   * The scenario the attributes ask for (link, else preset, else official) and any problems.
   * @param {Lang} lang
   * @returns {[Scenario, string[]]}
   */
  initialScenario(lang) {
    const { host, api } = this;
    /** @type {string[]} */
    const problems = [];
    const encoded = host.getAttribute('scenario');
    const preset = host.getAttribute('preset');
    if (encoded) {
      try {
        return [api.decodeScenario(encoded), problems];
      } catch (error) {
        problems.push(t(lang, 'embedBadScenario', { message: errorText(lang, /** @type {SimError} */ (error)) }));
      }
    }
    if (preset) {
      try {
        return [api.presetScenario(preset), problems];
      } catch (error) {
        problems.push(t(lang, 'embedBadPreset', { preset, message: errorText(lang, /** @type {SimError} */ (error)) }));
      }
    }
    return [api.presetScenario('official'), problems];
  }

  /** @param {string[]} problems */
  build(problems) {
    const { lang, compact } = this;
    this.rows = new Map();
    const body = h('div', { class: compact ? 'root compact' : 'root', lang: language(lang).lang });
    if (!compact) {
      // A button for each other language, named in that language.
      const others = LANGUAGES.filter((l) => l.tag !== lang).map((l) => h('button', {
        type: 'button',
        class: 'lang',
        lang: l.lang,
        'data-lang': l.tag,
        text: l.name,
        onclick: () => this.host.setAttribute('lang', l.tag),
      }));
      body.append(h('div', { class: 'head' }, [
        h('strong', { class: 'title', text: t(lang, 'embedTitle') }),
        h('span', { class: 'langs', role: 'group', 'aria-label': t(lang, 'languages') }, others),
      ]));
    }
    if (problems.length) body.append(h('p', { class: 'problem', role: 'alert', text: problems.join(' ') }));
    // (Only the known ids are left.)
    for (const id of this.ids) body.append(this.buildRow(/** @type {Indicator} */ (this.byId.get(id))));
    this.openLink = h('a', { target: '_blank', rel: 'noopener', text: t(lang, 'embedOpenFull') });
    body.append(h('p', { class: 'foot' }, [compact ? null : h('span', { text: `${t(lang, 'embedSource')} · ` }), this.openLink]));
    // Only the content is replaced: re-inserting the <link> would reload the stylesheet
    // and show the widget unstyled for a moment. The loader's slot, which showed the static
    // table until now, goes.
    if (this.content) this.content.replaceWith(body);
    else this.root.replaceChildren(this.link, body);
    this.content = body;
  }

  /** @param {Indicator} indicator */
  buildRow(indicator) {
    const { lang } = this;
    const id = indicator.id;
    const name = indicator.name[lang];
    const label = t(lang, 'growthOf', { name });
    /** @type {(text: string, fromBox: boolean) => void} */
    const set = (text, fromBox) => this.setGrowth(id, text, fromBox);
    const slider = h('input', {
      type: 'range', id: `r-${id}`, min: indicator.range.min, max: indicator.range.max, step: indicator.range.step,
      'aria-label': `${label} ${t(lang, 'slider')}`,
      oninput: (event) => set(/** @type {HTMLInputElement} */ (event.target).value, false),
    });
    const box = h('input', {
      type: 'text', id: `b-${id}`, inputmode: 'decimal', autocomplete: 'off', class: 'box',
      'aria-label': `${label} ${t(lang, 'numberBox')}`, 'aria-describedby': `e-${id}`,
      oninput: (event) => set(/** @type {HTMLInputElement} */ (event.target).value, true),
    });
    const error = h('span', { id: `e-${id}`, class: 'error', 'aria-live': 'polite' });
    const projected = h('span', { class: 'projected' });
    const target = h('span', { class: 'target' });
    const status = h('span', { class: 'status' });
    const whyBody = h('div', { class: 'why-body', 'aria-live': 'polite' });
    const why = h('details', { class: 'why', ontoggle: () => this.explain(id) }, [
      h('summary', { text: t(lang, 'embedWorking') }),
      whyBody,
    ]);
    const row = h('div', { class: 'row', 'data-id': id }, [
      h('label', { class: 'name', for: `r-${id}`, text: name }),
      h('div', { class: 'controls' }, [slider, h('span', { class: 'box-wrap' }, [box, h('span', { 'aria-hidden': 'true', text: '%' })])]),
      error,
      h('p', { class: 'result' }, [projected, target, status]),
      why,
    ]);
    this.rows.set(id, { row, slider, box, error, projected, target, status, indicator, why, whyBody });
    return row;
  }

  /**
   * Writes how a row's projection is made into its open disclosure, compactly: the
   * formula with the numbers, the result as rounded, and each number's source. The full
   * module comes on the first opening; a closed disclosure is left as it is.
   * @param {string} id
   */
  async explain(id) {
    const view = /** @type {WidgetRow} */ (this.rows.get(id));
    if (!view.why.open) return;
    const { lang } = this;
    const turn = (view.why.dataset.turn = String(Number(view.why.dataset.turn ?? 0) + 1));
    if (!view.whyBody.firstChild) view.whyBody.append(h('p', { text: t(lang, 'moreLoading') }));
    /** @type {Node[]} */
    let content;
    try {
      const e = (await loadFull()).explain(this.scenario, id, lang);
      content = [
        h('p', { class: 'why-numbers', text: `${e.numbers} → ${e.shown}` }),
        h('p', { class: 'why-rounding', text: e.unit ? `${e.rounding} · ${e.unit}` : e.rounding }),
        h('ul', {}, e.inputs.map((input) => h('li', {}, [`${input.name} = ${input.value} — `, ...quoted(input)]))),
      ];
    } catch (error) {
      content = [h('p', { class: 'error', text: errorText(lang, /** @type {SimError} */ (error)) })];
    }
    // Only the latest of several quick changes is written.
    if (view.why.dataset.turn === turn) view.whyBody.replaceChildren(...content);
  }

  /**
   * @param {string} id
   * @param {string} text
   * @param {boolean} fromBox
   */
  setGrowth(id, text, fromBox) {
    const view = /** @type {WidgetRow} */ (this.rows.get(id));
    let value;
    try {
      value = this.api.parseGrowth(id, text);
    } catch (error) {
      if (fromBox) {
        const range = view.indicator.range;
        view.error.textContent = fieldErrorText(this.lang, /** @type {SimError} */ (error), { min: number(this.lang, range.min), max: number(this.lang, range.max) });
        view.box.setAttribute('aria-invalid', 'true');
      }
      return;
    }
    view.error.textContent = '';
    view.box.removeAttribute('aria-invalid');
    this.scenario.growth[id] = value;
    this.request();
  }

  compute() {
    const { lang, api } = this;
    const projection = api.project(this.scenario);
    const focused = this.root.activeElement;
    for (const row of projection.rows) {
      const view = this.rows.get(row.id);
      if (!view) continue;
      const unit = /** @type {Unit} */ (this.units.get(row.unit));
      const growth = row.growthDerived ? row.growth : this.scenario.growth[row.id];
      view.slider.value = growth;
      view.slider.setAttribute('aria-valuetext', t(lang, 'growthValueText', { value: number(lang, growth) }));
      if (view.box !== focused) view.box.value = growth;
      view.slider.disabled = view.box.disabled = row.growthDerived;
      const value = row.hasLevel ? amount(lang, row.projected, unit, { decimals: unit.decimals }) : number(lang, row.projected, { decimals: unit.decimals });
      view.projected.textContent = `${t(lang, 'embedProjected')} ${value}`;
      view.target.textContent = row.target
        ? `${t(lang, 'embedTarget')} ${targetText(lang, row.target.qualifier, percent(lang, row.target.growth))}`
        : t(lang, 'noTarget');
      const { glyph, key } = STATUS[row.status];
      view.status.textContent = `${glyph} ${t(lang, key)}`;
      view.row.dataset.status = row.status;
      if (view.why.open) this.explain(row.id);
    }
    const link = api.encodeScenario(this.scenario);
    this.openLink.href = new URL(`index.html#s=${link}&lang=${lang}`, this.base).href;
  }
}

/**
 * Shows why the interactive widget is missing, above the static table: the one the snippet
 * put inside the element (shown through the loader's slot), or for snippets that carry it
 * in <noscript>, a safe copy of that.
 * @param {HTMLElement} host
 * @param {HTMLLinkElement} link
 * @param {SimError} error
 */
async function showFallback(host, link, error) {
  const lang = widgetLanguage(host);
  await loadLanguage(lang).catch(() => {});
  const markup = host.querySelector(':scope > noscript')?.textContent ?? '';
  const copies = markup ? (await import('./safe-html.js')).safeNodes(markup) : [];
  const inside = [...host.children].some((child) => child.localName !== 'noscript' && child.localName !== 'script');
  const note = h('p', { class: 'problem', role: 'alert', text: t(lang, copies.length || inside ? 'embedFallback' : 'embedLoadFailed') });
  note.title = errorText(lang, error);
  /** @type {ShadowRoot} */ (host.shadowRoot).replaceChildren(link, h('div', { class: 'root fallback' }, [note, ...copies, document.createElement('slot')]));
}
