// @ts-check
// The page's sections below the indicator table — the settings (GDP price change, GDP from
// the sectors), the derived figures, the report's other targets with its account of its
// base year, and the printed brief's footer — built with DOM calls like the rest of the
// view; and why a row's indicator missed its base-year target, when its disclosure is first
// opened. Loaded just after the first table (see View.attachSections), which does not wait
// for them.
import './strings-more.js';
import { t, targetText, spaced, errorText } from './strings.js';
import { number, percent, amount, shiftPoint, scaled } from './format.js';
import { h, svg, place, setText, setFigures, withFigures, foldable } from './dom.js';
import { buildTerms } from './terms.js';
import { loadSources } from './explain-view.js';

/**
 * @import { DecimalString, Lang, Projection, QrPath } from '../pkg/longgang_sim.js'
 * @import { OtherTargets, Reference, Unit } from './wasm.js'
 * @import { Control, View } from './render.js'
 * @import { PageState } from './state.js'
 */

// A brief printed from a phone, where these sections start closed, still has them, and the
// comparison of pinned scenarios.
addEventListener('beforeprint', () => {
  for (const section of /** @type {NodeListOf<HTMLDetailsElement>} */ (document.querySelectorAll('details.settings, details.derived'))) section.open = true;
  const comparison = document.getElementById('compare')?.closest('details');
  if (comparison) comparison.open = true;
});

/** The sections on the page (a rebuild in another language makes new ones). @type {Sections | null} */
let current = null;
// A toggle does not bubble, so one listener that captures it serves every row, built or
// rebuilt (render.js builds the disclosures; their words come with the report's sentences).
addEventListener('toggle', (event) => current?.explainShortfall(/** @type {Element} */ (event.target)), true);

export class Sections {
  /**
   * `view` lends its assumption control (the deflator uses the same one as the rows).
   * @param {View} view
   */
  constructor(view) {
    this.view = view;
    this.dataset = view.dataset;
    this.actions = view.actions;
    this.units = view.units;
    // Fetched once (with the full module); rebuilds in the other language reuse them.
    this.reference = view.reference ?? null;
    // Made by build():
    /** @type {Lang} */
    this.lang;
    /** @type {Control} */
    this.deflatorControl;
    /** @type {HTMLButtonElement} */
    this.modeSwitch;
    /** @type {HTMLSpanElement} */
    this.printMode;
    /** @type {Map<string, HTMLElement>} */
    this.derivedCells;
    /** @type {HTMLDListElement} */
    this.derivedList;
    /** @type {Map<string, HTMLTableCellElement>} */
    this.keyProjectShares;
    /** @type {HTMLTableCellElement} */
    this.keyProjectsToFai;
    /** @type {HTMLDetailsElement | undefined} how the plan's shares are made */
    this.planWhy;
    /** @type {HTMLDivElement} */
    this.planWhyBody;
    /** @type {PageState | undefined} the state last shown */
    this.state;
    /** @type {HTMLUListElement} */
    this.otherTargetsList;
    /** @type {HTMLParagraphElement | null} */
    this.accountLine = null;
    /** @type {HTMLParagraphElement} */
    this.printLink;
    /** @type {SVGSVGElement} */
    this.qr;
    /** @type {SVGPathElement} */
    this.qrPath;
    /** @type {HTMLParagraphElement} */
    this.printedOn;
  }

  /**
   * Builds every section in `lang`: `{ upper, lower }`, where each goes on the page.
   * @param {Lang} lang
   */
  build(lang) {
    this.lang = lang;
    current = this;
    // A row's reason opened before this code arrived is filled now: once this build is over,
    // as what it makes is not part of the build (which may be taking over the prerendered page).
    queueMicrotask(() => document.querySelectorAll('details.missed-why[open]').forEach((details) => this.explainShortfall(details)));

    return { upper: [this.buildSettings(), this.buildDerived()], lower: [h('div', { class: 'reference' }, [buildTerms(lang, this.dataset), this.buildOtherTargets()]), this.buildPrintFooter()] };
  }

  /**
   * Writes a projection and the page state into the sections.
   * @param {PageState} state
   * @param {Projection} projection
   * @param {string} url
   * @param {Element | null} focused
   */
  update(state, projection, url, focused) {
    this.state = state;
    if (this.planWhy?.open) this.showPlanWorking();
    // Scenarios the core gives back carry every field.
    this.view.setControl(this.deflatorControl, /** @type {DecimalString} */ (state.scenario.deflator), focused, false);
    this.modeSwitch.setAttribute('aria-checked', String(state.scenario.gdpMode === 'sectors'));
    this.updateDerived(projection);
    setText(this.printLink, url);
    this.updatePrintedAssumptions(state);
  }

  /**
   * The printed brief's assumptions as text: each growth as set beside the control that sets
   * it on screen (which the brief leaves out), and how GDP growth is obtained.
   * @param {PageState} state
   */
  updatePrintedAssumptions(state) {
    const { lang } = this;
    const controls = [...[...this.view.rows.values()].map((row) => row.control), this.deflatorControl];
    for (const control of controls) {
      // (A prerendered page has them already.)
      control.printed ??= control.wrapper.querySelector('.print-value') ?? control.wrapper.appendChild(h('span', { class: 'print-value print-only' }));
      // Every control has shown a value by now (update() wrote it just before).
      setText(control.printed, `${number(lang, /** @type {DecimalString} */ (control.shown))}%`);
    }
    setText(this.printMode, t(lang, state.scenario.gdpMode === 'sectors' ? 'gdpModeOn' : 'gdpModeOff'));
  }

  buildSettings() {
    const { lang, actions, dataset } = this;
    this.deflatorControl = this.view.buildAssumption('deflator', dataset.deflator, t(lang, 'deflator'));
    this.modeSwitch = h('button', {
      type: 'button',
      id: 'gdp-mode',
      role: 'switch',
      'aria-checked': 'false',
      'aria-describedby': 'gdp-mode-hint',
      class: 'switch',
      onclick: () => {
        // The switch answers the tap at once, as a checkbox would; the page follows.
        const sectors = this.modeSwitch.getAttribute('aria-checked') !== 'true';
        this.modeSwitch.setAttribute('aria-checked', String(sectors));
        actions.setGdpMode(sectors ? 'sectors' : 'direct');
      },
    }, [h('span', { class: 'switch-track', 'aria-hidden': 'true' }), h('span', { text: t(lang, 'gdpMode') })]);
    return foldable('settings', 'settings-title', t(lang, 'settings'), [
      h('div', { class: 'setting' }, [
        h('span', { class: 'setting-label', id: 'deflator-label', text: `${t(lang, 'deflator')}` }),
        this.deflatorControl.wrapper,
        h('p', { class: 'hint', text: dataset.deflator.note[lang] }),
      ]),
      h('div', { class: 'setting' }, [
        this.modeSwitch,
        (this.printMode = h('span', { class: 'print-mode print-only' })),
        h('p', { class: 'hint', id: 'gdp-mode-hint', text: t(lang, 'gdpModeHint') }),
      ]),
      h('p', { class: 'real-nominal', text: t(lang, 'realNominal') }),
    ]);
  }

  buildDerived() {
    const { lang, dataset } = this;
    this.derivedCells = new Map();
    /** @type {(id: string, key: string) => HTMLElement[]} */
    const item = (id, key) => {
      const value = h('dd', { 'data-derived': id });
      this.derivedCells.set(id, value);
      return [h('dt', { text: t(lang, key) }), value];
    };
    this.derivedList = h('dl', { class: 'derived-list' }, [
      ...item('impliedGdp', 'impliedGdp'),
      ...item('structure', 'structure'),
      ...item('urbanRural', 'urbanRural'),
      ...item('budgetToGdp', 'budgetToGdp'),
      ...item('faiToGdp', 'faiToGdp'),
      ...item('nominalGdp', 'nominalGdp'),
    ]);
    const plan = dataset.keyProjects;
    const unit = /** @type {Unit} */ (this.units.get(plan.unit));
    this.keyProjectShares = new Map();
    const planRows = plan.fields.map((field) => {
      const share = h('td', { 'data-plan-share': field.id });
      this.keyProjectShares.set(field.id, share);
      return h('tr', {}, [
        h('th', { scope: 'row', text: field.name[lang] }),
        h('td', { text: amount(lang, field.value, unit) }),
        share,
      ]);
    });
    this.keyProjectsToFai = h('td', { 'data-derived': 'keyProjectsToFai' });
    const planTable = h('table', { class: 'plan' }, [
      h('caption', { text: t(lang, 'keyProjects') }),
      h('tbody', {}, [
        ...planRows,
        h('tr', { class: 'total' }, [
          h('th', { scope: 'row', text: t(lang, 'total') }),
          h('td', { text: amount(lang, plan.total.value, unit) }),
          h('td', { text: '100%' }),
        ]),
        h('tr', {}, [h('th', { scope: 'row', text: t(lang, 'keyProjectsShareOfFai') }), h('td'), this.keyProjectsToFai]),
      ]),
    ]);
    // How the plan's shares are made, on demand: none of them is computed from a row of
    // the table, whose workings explain the figures above.
    this.planWhyBody = h('div', { class: 'working', 'aria-live': 'polite' });
    this.planWhy = h('details', { class: 'plan-why', ontoggle: () => this.showPlanWorking() }, [
      h('summary', { text: t(lang, 'explainGoalWhy') }),
      this.planWhyBody,
    ]);
    return foldable('derived', 'derived-title', t(lang, 'derived'), [
      this.derivedList,
      planTable,
      this.planWhy,
      h('p', { class: 'hint', text: t(lang, 'keyProjectsNote') }),
    ]);
  }

  /** Writes how each share of the key-project plan is made, while its disclosure is open. */
  async showPlanWorking() {
    if (!this.planWhy?.open || !this.state) return;
    const { lang, state } = this;
    const [full, { working }] = await Promise.all([this.actions.wantAnalysis(), import('./explain-view.js')]);
    if (!full) return;
    const ids = full.explainableFigures(state.scenario).filter((id) => id.startsWith('derived.key_projects_'));
    this.planWhyBody.replaceChildren(...ids.flatMap((id) => working(lang, full.explain(state.scenario, id, lang), null)));
  }

  /** The other targets' panel; its list comes with the full module, when first opened. */
  buildOtherTargets() {
    const { lang } = this;
    this.otherTargetsList = h('ul', {}, this.reference ? this.otherTargetItems(this.reference.otherTargets) : [h('li', { class: 'hint', text: t(lang, 'moreLoading') })]);
    /** @type {HTMLDetailsElement} */
    const panel = h('details', { class: 'other-targets no-print', ontoggle: () => panel.open && !this.reference && this.actions.loadOtherTargets() }, [
      h('summary', { text: t(lang, 'otherTargets') }),
      this.otherTargetsList,
    ]);
    this.accountLine = null;
    this.showAccount();
    return panel;
  }

  /**
   * Fills the other targets' panel, with the report's account of its base year (and keeps
   * both for rebuilds in the other language).
   * @param {Reference} reference
   */
  showOtherTargets(reference) {
    this.reference = reference;
    this.otherTargetsList.replaceChildren(...this.otherTargetItems(reference.otherTargets));
    this.showAccount();
  }

  /**
   * Above the other targets, how the report says its base year's plan went: its counts in
   * the reader's language and its own sentence (the reasons are beside the indicators).
   */
  showAccount() {
    const { lang } = this;
    const account = this.reference?.baseAccount;
    if (!account || this.accountLine) return;
    /** @param {DecimalString} value */
    const count = (value) => number(lang, value, { decimals: 0 });
    this.accountLine = h('p', { class: 'base-account' }, [
      t(lang, 'baseAccount', { indicators: count(account.indicators), completed: count(account.completed), short: count(account.short) }),
      spaced(lang) ? ' ' : '',
      h('q', { lang: 'zh-CN' }, withFigures(account.quote)),
    ]);
    this.otherTargetsList.before(this.accountLine);
  }

  /**
   * Fills a row's "why it missed" disclosure the first time it is open: the reason in plain
   * words and the report's own sentence, which come with the report's other sentences
   * (sources.json). The prerendered page has it empty, which keeps them out of every
   * reader's first download.
   * @param {Element} details
   */
  explainShortfall(details) {
    if (!details.matches('details.missed-why[open]') || details.childElementCount > 1) return;
    const { lang } = this;
    const list = details.appendChild(h('ul', {}, [h('li', { class: 'hint', text: t(lang, 'moreLoading') })]));
    const id = details.closest('tr')?.dataset.id ?? '';
    loadSources().then((all) => {
      const shortfall = all[id]?.shortfall;
      list.replaceChildren(...(shortfall ? [
        h('li', { text: shortfall.why[lang] }),
        h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, 'missedSaid')}:` }), h('q', { lang: 'zh-CN' }, withFigures(shortfall.quote))]),
      ] : []));
      // As any other failure the page cannot name (ui.error.internal: reload and try again).
    }, () => list.replaceChildren(h('li', { class: 'field-error', text: errorText(lang, { code: 'internal', messages: {} }) })));
  }

  /** @param {OtherTargets} targets */
  otherTargetItems(targets) {
    const { lang } = this;
    // In the report's units (10亿元), or, for a language with English figures, in the unit
    // English readers use (1 bn yuan, 80,000 m²): the decimal point moves by the dataset's
    // enScale, every digit kept.
    /** @param {DecimalString} value */
    const whole = (value) => number(lang, value, { decimals: value.split('.')[1]?.length ?? 0 });
    /** @type {(target: OtherTargets[number], value: DecimalString) => string} */
    const figure = (target, value) => {
      const unit = target.unitName[lang] ?? '';
      return scaled(lang)
        ? `${whole(scaleDecimal(value, target.enScale ?? 0))}${unit === '%' ? '' : ' '}${unit}`
        : `${whole(value)}${spaced(lang) && unit !== '%' ? ' ' : ''}${unit}`;
    };
    return targets.map((target) => {
      const shown = targetText(lang, target.qualifier, figure(target, target.value));
      const actual = target.baseActual
        ? h('span', { class: 'actual', text: ` · ${t(lang, 'actualBase')} ${figure(target, target.baseActual.value)}` })
        : null;
      return h('li', {}, [
        h('span', { class: 'other-name', text: `${target.name[lang]}:` }),
        h('strong', { text: shown }),
        actual,
        h('q', { lang: 'zh-CN', class: 'other-quote' }, withFigures(target.quote)),
      ]);
    });
  }

  buildPrintFooter() {
    const { lang } = this;
    this.printLink = h('p', { class: 'print-link' });
    this.qr = svg('svg', { class: 'qr', role: 'img', 'aria-label': t(lang, 'qrLabel') });
    this.qrPath = svg('path');
    const background = svg('rect', { width: '100%', height: '100%', fill: '#fff' });
    place(this.qr, background, this.qrPath);
    return h('footer', { class: 'print-footer print-only' }, [
      h('div', {}, [h('p', { class: 'print-link-label', text: t(lang, 'printLink') }), this.printLink, (this.printedOn = h('p', { class: 'printed-on' }))]),
      this.qr,
    ]);
  }

  /** @param {Projection} projection */
  updateDerived(projection) {
    const { lang } = this;
    const d = projection.derived;
    /** @type {(id: string, text: string) => void} */
    const set = (id, text) => setFigures(/** @type {HTMLElement} */ (this.derivedCells.get(id)), text);
    const gdpUnit = /** @type {Unit} */ (this.units.get('yi_yuan'));
    set('impliedGdp', `${percent(lang, d.impliedGdpGrowth, { decimals: 2 })} (${t(lang, 'impliedGdpLevel')} ${amount(lang, d.impliedGdpLevel, gdpUnit, { decimals: 2 })})`);
    // No-break spaces keep each year's figures together: a line may break only at the arrow.
    const nb = '\u00a0';
    /** @param {DecimalString[]} shares */
    const ratio = (shares) => shares.map((s) => number(lang, s, { decimals: 2 })).join(`${nb}:${nb}`);
    const { base, plan } = this.dataset.years;
    /** @type {(before: string, after: string) => string} */
    const years = (before, after) => `${base}${nb}${before} → ${plan}${nb}${after}`;
    set('structure', `${years(ratio(d.structureBase), ratio(d.structurePlan))} (${t(lang, 'structureReported', { value: this.dataset.baseStructure?.value ?? '' })})`);
    set('urbanRural', years(`${number(lang, d.urbanRuralRatioBase, { decimals: 2 })}${nb}:${nb}1`, `${number(lang, d.urbanRuralRatioPlan, { decimals: 2 })}${nb}:${nb}1`));
    set('budgetToGdp', years(percent(lang, d.budgetRevenueToGdpBase, { decimals: 2 }), percent(lang, d.budgetRevenueToGdpPlan, { decimals: 2 })));
    set('faiToGdp', years(percent(lang, d.faiToGdpBase, { decimals: 2 }), percent(lang, d.faiToGdpPlan, { decimals: 2 })));
    set('nominalGdp', amount(lang, d.nominalGdpPlan, gdpUnit, { decimals: 2 }));
    for (const share of d.keyProjects) setText(/** @type {HTMLTableCellElement} */ (this.keyProjectShares.get(share.id)), percent(lang, share.share, { decimals: 2 }));
    setText(this.keyProjectsToFai, percent(lang, d.keyProjectsToFaiPlan, { decimals: 2 }));
  }

  /**
   * Draws the QR code of the share link for the printed brief.
   * @param {QrPath} qr
   * @param {string} printedOn
   */
  drawQr(qr, printedOn) {
    this.qr.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
    this.qrPath.setAttribute('d', qr.path);
    this.printedOn.textContent = `${t(this.lang, 'printedOn')}: ${printedOn}`;
  }
}

/**
 * `value` × 10^`power`, exactly, as a decimal string: only the decimal point moves.
 * @param {DecimalString} value
 * @param {number} power
 */
export function scaleDecimal(value, power) {
  // A quoted figure has no trailing zeros to keep: 10亿元 is 1 bn yuan, not 1.0.
  if (power <= 0) return shiftPoint(value, -power).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const digits = `${whole}${fraction.padEnd(power, '0')}`;
  const point = whole.length + power;
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const tail = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${head}${tail ? `.${tail}` : ''}`;
}
