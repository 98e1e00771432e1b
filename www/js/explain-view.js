// @ts-check
// What a row's "sources and working" disclosure shows besides its prerendered sentences:
// the sentences themselves where the table was built in the browser (another language),
// fetched once for every row, and the working behind the row's figures, shown while the
// disclosure is open: buttons choose a figure (the projection, the level the target
// implies, the two gaps, the status), and the core's explanation of it is shown — the
// formula in words and with the exact numbers put in, the exact result and the rounding
// that gives the figure in the table, and where each number comes from. A number that is
// itself computed has a button that shows its own working. The panel takes a table row of
// its own under the indicator's, the table's full width (on phones, under the card).
//
// Loaded the first time a disclosure opens, with the full module; it follows the scenario
// while open. (It imports only modules that the page's other lazy views import together —
// dom.js, strings.js, format.js — so the bundler splits the page's own code as before and
// the first screen loads no extra file for it.)
import { LOADERS } from './lang/part-more.js';
import { h, quoted } from './dom.js';
import { t, errorText, usePart, loadLanguage } from './strings.js';
import { number } from './format.js';
import { DRAWS } from './uncertainty.js';

/**
 * @import { Explanation, Indicator, Lang } from '../pkg-full/longgang_sim.js'
 * @import { View, RowView } from './render.js'
 * @import { Sources } from './wasm.js'
 */

/** @type {Promise<Sources> | null} */
let sources = null;
/**
 * The report's sentences behind each indicator's numbers ({ id: { base, baseGrowth,
 * target, levelMissing, shortfall } }), fetched once, when a reader first opens a row's
 * sources or the reason it missed its base-year target (sections.js).
 * @returns {Promise<Sources>}
 */
export function loadSources() {
  sources ??= fetch(new URL('../pkg/sources.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`sources.json: ${response.status} ${response.statusText}`);
    return response.json();
  }).catch((cause) => {
    sources = null;
    throw cause;
  });
  return sources;
}

/**
 * A row's disclosure opened or closed: fills its sentences where they are missing, and
 * shows or hides the working under the row.
 * @param {View} view
 * @param {Indicator} indicator
 * @param {HTMLDetailsElement} details
 * @param {HTMLUListElement} list the sentences' list
 * @param {(quotes: Sources[string]) => void} fill fills it
 */
export function toggleSources(view, indicator, details, list, fill) {
  const { lang } = view;
  if (details.open && !list.firstChild) {
    list.replaceChildren(h('li', { class: 'hint', text: t(lang, 'moreLoading') }));
    loadSources().then(
      (all) => fill(all[indicator.id] ?? {}),
      // As any other failure the page cannot name (ui.error.internal: reload and try again).
      () => list.replaceChildren(h('li', { class: 'field-error', text: errorText(lang, { code: 'internal', messages: {} }) })),
    );
  }
  return toggleWorking(view, indicator, details);
}

/** The row parts a target adds, with the words of their buttons. */
const TARGET_PARTS = [
  ['target_level', 'explainTargetLevel'],
  ['gap_level', 'explainGapLevel'],
  ['gap_points', 'explainGapPoints'],
  ['status', 'explainStatus'],
  ['probability', 'explainProbability'],
];
/** The uncertainty run's range, every row's. */
const RANGE_PARTS = [
  ['p5', 'explainLow'],
  ['p95', 'explainHigh'],
];
/** Figures of the uncertainty run: explained from the run, made again from its settings. */
const RUN_FIGURE = /\.(?:probability|p5|p95)$/;
/** How long the sliders rest before a run's working is made again, ms. */
const RUN_REST_MS = 300;

/** Each disclosure's panel and the table row it sits in, once made. @type {WeakMap<HTMLDetailsElement, { panel: ExplainPanel, row: HTMLTableRowElement }>} */
const made = new WeakMap();
/** Every panel made, refreshed after each update while its disclosure is open. @type {Set<ExplainPanel>} */
const panels = new Set();

/**
 * Shows or hides the working under an indicator's row as its disclosure opens or closes.
 * @param {View} view
 * @param {Indicator} indicator
 * @param {HTMLDetailsElement} details
 */
async function toggleWorking(view, indicator, details) {
  const { lang } = view;
  // Its words are in the `more` part (as strings-more.js puts it in use).
  await usePart('more', LOADERS);
  await loadLanguage(lang);
  view.onUpdate ??= () => panels.forEach((panel) => panel.refresh());
  let entry = made.get(details);
  if (!entry) {
    const explain = async (/** @type {string} */ figure) => {
      const full = await view.actions.wantAnalysis();
      if (!full) throw Object.assign(new Error('wasm_load_failed'), { code: 'wasm_load_failed', messages: {} });
      // The state last shown (what the sections below the table were given too).
      const state = /** @type {NonNullable<View['sectionsArgs']>} */ (view.sectionsArgs)[0];
      if (!RUN_FIGURE.test(figure)) return full.explain(state.scenario, figure, lang);
      const { seed, correlation, spreads } = state.uncertainty;
      return full.explainUncertainty(state.scenario, { draws: DRAWS, seed, correlation, spreads }, figure, lang);
    };
    /**
     * The report's derived figures computed from this row (an income ratio, a share of GDP,
     * nominal GDP…), with their names: those whose plan-year working puts in this row's
     * projection (of a split such as the sector structure, the row's own part), each with
     * its base-year figure where there is one.
     */
    const related = async () => {
      const full = await view.actions.wantAnalysis();
      if (!full) return [];
      const scenario = /** @type {NonNullable<View['sectionsArgs']>} */ (view.sectionsArgs)[0].scenario;
      const ids = full.explainableFigures(scenario).filter((id) => id.startsWith('derived.'));
      /** @type {[string, string][]} */
      const out = [];
      for (const id of ids.filter((f) => f.endsWith('.plan'))) {
        const parts = id.split('.');
        if (parts.length === 4 && parts[2] !== indicator.id) continue;
        const working = full.explain(scenario, id, lang);
        if (!working.inputs.some((input) => input.figure === indicator.id)) continue;
        const base = id.replace(/\.plan$/, '.base');
        if (ids.includes(base)) out.push([base, full.explain(scenario, base, lang).title]);
        out.push([id, working.title]);
      }
      return out;
    };
    const panel = new ExplainPanel({ view, indicator, explain, related, isOpen: () => details.isConnected && details.open });
    const row = /** @type {RowView} */ (view.rows.get(indicator.id)).row;
    const cell = h('td', { colspan: String(row.cells.length) }, [panel.element]);
    entry = { panel, row: h('tr', { class: 'working-row', 'data-working': indicator.id }, [cell]) };
    made.set(details, entry);
    panels.add(panel);
  }
  if (details.open) {
    /** @type {RowView} */ (view.rows.get(indicator.id)).row.after(entry.row);
    entry.panel.refresh();
  } else {
    entry.row.remove();
  }
}

/**
 * An explanation as DOM: its title, the formula in words and with the numbers, the result
 * in the page's number style (a level also as the table writes it), the rounding and unit,
 * a status's rule and conclusion, and each number with its source. A computed number gets
 * a button calling `show` with its figure, where `show` is given. Also the goal seek's.
 * @param {Lang} lang
 * @param {Explanation} e
 * @param {((figure: string) => unknown) | null} show
 * @returns {Node[]}
 */
export function working(lang, e, show) {
  const decimals = (e.shown.split('.')[1] ?? '').length;
  const shown = number(lang, e.shown, { decimals });
  const result = e.shownAmount && e.shownAmount !== e.shown ? `${shown} = ${e.shownAmount}` : shown;
  /** @type {[string, string][]} */
  const terms = [
    ['explainFormula', e.words],
    ['explainNumbers', e.numbers],
    ['explainResult', `→ ${result}`],
    ['explainRounding', e.unit ? `${e.rounding} · ${e.unit}` : e.rounding],
  ];
  if (e.rule) terms.push(['explainRule', e.rule]);
  if (e.verdict) terms.push(['explainStatus', e.verdict]);
  const inputs = e.inputs.map((input) => {
    const source = quoted(input);
    return h('li', {}, [
      h('span', { class: 'working-input' }, [`${input.name} = `, h('span', { class: 'working-value', text: input.value })]),
      h('span', { class: 'working-source' }, [' — ', ...source]),
      input.figure && show ? h('button', { type: 'button', class: 'link-button', 'data-figure': input.figure, text: t(lang, 'explainSee'), onclick: () => show(/** @type {string} */ (input.figure)) }) : null,
    ]);
  });
  return [
    h('p', { class: 'working-title', text: e.title }),
    // A tornado bar's end: which assumption is set to which end of its range.
    ...(e.varied ? [h('p', { class: 'working-varied', text: e.varied })] : []),
    // What the report says of this indicator's base year, where it missed its target.
    ...(e.account ? [h('p', { class: 'working-account' }, [`${e.account.text} `, ...quoted(e.account)])] : []),
    h('dl', {}, terms.flatMap(([key, value]) => [h('dt', { text: t(lang, key) }), h('dd', { class: key === 'explainNumbers' ? 'working-numbers' : null, text: value })])),
    h('p', { class: 'working-inputs-title', text: t(lang, 'explainInputs') }),
    h('ul', { class: 'working-inputs' }, inputs),
  ];
}

export class ExplainPanel {
  /**
   * @param {{ view: View, indicator: Indicator, explain: (figure: string) => Promise<Explanation>, related: () => Promise<[string, string][]>, isOpen: () => boolean }} options
   */
  constructor({ view, indicator, explain, related, isOpen }) {
    const { lang } = view;
    this.lang = lang;
    this.explain = explain;
    this.isOpen = isOpen;
    /** The figure shown: the row's projection until another is chosen. */
    this.figure = indicator.id;
    /** Counts requests, so that only the latest answer is shown. */
    this.turn = 0;
    /** The figure whose working was last asked for. @type {string | null} */
    this.shown = null;
    /** A run's working waiting for the sliders to rest. @type {ReturnType<typeof setTimeout> | undefined} */
    this.resting = undefined;
    const parts = [...(indicator.target ? TARGET_PARTS : []), ...RANGE_PARTS];
    const figures = [[indicator.id, 'explainProjected'], ...parts.map(([part, key]) => [`${indicator.id}.${part}`, key])];
    /** @type {(id: string, label: string) => HTMLButtonElement} */
    const button = (id, label) => h('button', {
      type: 'button',
      'aria-pressed': 'false',
      'aria-controls': `working-${indicator.id}`,
      'data-figure': id,
      text: label,
      onclick: () => this.show(id),
    });
    /** @type {Map<string, HTMLButtonElement>} */
    this.buttons = new Map(figures.map(([id, key]) => [id, button(id, t(lang, key))]));
    this.body = h('div', { class: 'working-body', id: `working-${indicator.id}`, 'aria-live': 'polite' });
    // Filled once the full module is in: the figures computed from this row.
    const derived = h('div', { class: 'working-choice', role: 'group', 'aria-label': t(lang, 'explainDerived'), hidden: true });
    this.element = h('div', { class: 'working', role: 'group', 'aria-label': `${indicator.name[lang]}: ${t(lang, 'explainChoose')}` }, [
      h('div', { class: 'working-choice', role: 'group', 'aria-label': t(lang, 'explainChoose') }, [...this.buttons.values()]),
      derived,
      this.body,
    ]);
    related().then((list) => {
      if (!list.length) return;
      const buttons = list.map(([id, label]) => {
        const made = button(id, label);
        made.setAttribute('aria-pressed', String(id === this.figure));
        this.buttons.set(id, made);
        return made;
      });
      derived.replaceChildren(h('span', { class: 'working-choice-label', text: t(lang, 'explainDerived') }), ...buttons);
      derived.hidden = false;
    }, () => {});
  }

  /**
   * Shows the working of one figure.
   * @param {string} figure
   */
  show(figure) {
    this.figure = figure;
    return this.refresh();
  }

  /**
   * Asks the core again for the figure shown, under the current scenario. A figure of the
   * uncertainty run makes the run again (thousands of draws): while the sliders move, it
   * waits until they rest, off the slider-to-table path.
   */
  async refresh() {
    if (!this.isOpen()) return;
    clearTimeout(this.resting);
    if (RUN_FIGURE.test(this.figure) && this.shown === this.figure) {
      this.resting = setTimeout(() => this.update(), RUN_REST_MS);
      return;
    }
    return this.update();
  }

  /** Writes the working of the figure shown. */
  async update() {
    this.shown = this.figure;
    const turn = (this.turn += 1);
    for (const [id, button] of this.buttons) button.setAttribute('aria-pressed', String(id === this.figure));
    if (!this.body.firstChild) this.body.append(h('p', { class: 'hint', text: t(this.lang, 'moreLoading') }));
    try {
      const explanation = await this.explain(this.figure);
      if (turn === this.turn) this.body.replaceChildren(...this.render(explanation));
    } catch (error) {
      // The full module's errors come as the page's SimError (wasm.js), with their messages.
      if (turn === this.turn) this.body.replaceChildren(h('p', { class: 'field-error', text: errorText(this.lang, /** @type {import('./strings.js').Failure} */ (error)) }));
    }
  }

  /**
   * @param {Explanation} e
   * @returns {Node[]}
   */
  render(e) {
    return working(this.lang, e, (figure) => this.show(figure));
  }
}
