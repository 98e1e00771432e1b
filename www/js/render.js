// @ts-check
// Builds and updates the simulator's DOM with DOM APIs and textContent only: data never
// becomes markup, so nothing a link or a dataset edit carries can inject HTML.
// `build()` creates the language-dependent structure once per language; `update()` then
// only writes values into the nodes it kept, which is all a slider move costs.
import { t, errorText, fieldErrorText, STATUS, targetText, LANGUAGES, QUOTE_LANG, language, spaced, useReport } from './strings.js';
import { number, percent, amount, unitLabel, scaled, shortName } from './format.js';
import { AnswerView } from './answer.js';
import { convert } from './wasm.js';
import { THEMES } from './prefs.js';
import { h, built, place, wake, keepFocusInPlace, focusTarget, setText, withFigures } from './dom.js';

/**
 * @import { DecimalString, GdpMode, Indicator, Lang, McResult, Projection, QrPath } from '../pkg/longgang_sim.js'
 * @import { Failure } from './strings.js'
 * @import { PageDataset, Reference, Sources, Unit } from './wasm.js'
 * @import { Theme } from './prefs.js'
 * @import { PageState } from './state.js'
 * @import { Chart } from './chart.js'
 * @import { Sections } from './sections.js'
 */
/**
 * What the views report to the page's controller (main.js).
 * @typedef {object} Actions
 * @property {(field: string, text: string, source: 'range' | 'box', commit: boolean) => void} setAssumption
 * @property {(mode: GdpMode) => void} setGdpMode
 * @property {(id: string) => void} applyPreset
 * @property {() => void} reset
 * @property {(lang: Lang) => Promise<void>} switchLanguage
 * @property {() => Promise<void>} copyLink
 * @property {() => void} toggleLargeText
 * @property {(theme: Theme) => void} setTheme
 * @property {(lang?: Lang) => Promise<void>} shareImage
 * @property {() => Promise<void>} downloadCsv
 * @property {() => Promise<void>} loadOtherTargets
 * @property {() => Promise<void>} print
 * @property {() => Promise<void>} openEmbed
 * @property {(id: string, growth: DecimalString, sectorMode: boolean) => void} applyGoal
 * @property {(change: { correlation?: string, seed?: string, spread?: [id: string, value: string] }) => void} setUncertainty
 * @property {(name: string) => void} pin
 * @property {(index: number) => void} unpin
 * @property {() => Promise<import('./wasm.js').FullApi | null>} wantAnalysis the full module, null if it cannot load
 */
/**
 * One assumption's controls (buildAssumption): what was last written into them (`shown`)
 * and, for the printed brief, its value as text (`printed`, see sections.js).
 * @typedef {{ wrapper: HTMLDivElement, slider: HTMLInputElement, box: HTMLInputElement, error: HTMLSpanElement, field: string, range: { min: DecimalString, max: DecimalString, step: DecimalString }, steppers: HTMLButtonElement[], shown?: DecimalString, printed?: Element }} Control
 */
/**
 * The nodes of one indicator's row of the table.
 * @typedef {object} RowView
 * @property {HTMLTableRowElement} row
 * @property {Control} control
 * @property {{ base: HTMLTableCellElement, projected: HTMLTableCellElement, target: HTMLTableCellElement, gap: HTMLTableCellElement, status: HTMLTableCellElement, probability: HTMLTableCellElement, interval: HTMLTableCellElement }} cells
 * @property {{ targetGrowth: HTMLSpanElement, targetLevel: HTMLSpanElement, gapLevel: HTMLSpanElement, gapPoints: HTMLSpanElement }} parts
 * @property {Unit} unit
 * @property {Indicator} indicator
 * @property {HTMLElement} derivedNote
 * @property {boolean} [noTarget] whether the target cells say there is none
 */
/**
 * The analysis section's view: the stand-in (AnalysisSlot), or the real one once loaded
 * (AnalysisView in analysis.js).
 * @typedef {object} Analysis
 * @property {(lang: Lang) => HTMLElement} build
 * @property {(state: PageState, projection: Projection, pinned: Projection[]) => void} update
 * @property {(state: PageState) => void} settle
 * @property {(text: string) => void} showUncertaintyStatus
 * @property {(text: string | null) => void} showUncertaintyError
 * @property {(result: McResult) => void} showUncertaintyResults
 */


/** The page's view: owns the DOM under `main#app` and reports user actions to `actions`. */
export class View {
  /**
   * @param {PageDataset} dataset
   * @param {Actions} actions
   * @param {Analysis} analysis
   */
  constructor(dataset, actions, analysis) {
    this.dataset = dataset;
    useReport(dataset);
    this.actions = actions;
    this.analysis = analysis;
    /** Set by explain-view.js: refreshes the open rows' working after an update. @type {(() => void) | undefined} */
    this.onUpdate;
    /** @type {Map<string, Unit>} */
    this.units = new Map(dataset.units.map((u) => [u.id, u]));
    /** @type {Map<string, Indicator>} */
    this.indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
    // The indicators the report says missed their base-year targets: their rows say so.
    this.missed = new Set(dataset.baseAccount?.shortfalls.flatMap((s) => s.of));
    // The page's own elements (index.html).
    this.app = /** @type {HTMLElement} */ (document.getElementById('app'));
    this.notice = /** @type {HTMLElement} */ (document.getElementById('notice'));
    this.summary = /** @type {HTMLElement} */ (document.getElementById('summary'));
    // The language switch: a link to each language's page, which works without scripts;
    // with them, the page switches in place and keeps the scenario.
    this.langSwitch = /** @type {HTMLElement} */ (document.getElementById('lang-switch'));
    this.langSwitch.addEventListener('click', (event) => {
      const link = /** @type {Element} */ (event.target).closest('a[data-lang]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const next = /** @type {string} */ (link.getAttribute('data-lang'));
      if (next !== this.lang) actions.switchLanguage(next);
    });
    this.answer = new AnswerView(dataset, (id) => this.goToRow(id));
    // Made by build() and what it calls; the menu is there from the first build on.
    /** @type {HTMLDetailsElement | undefined} */
    this.menu;
    /** @type {Lang} */
    this.lang;
    /** @type {Map<string, RowView>} */
    this.rows;
    /** @type {Map<string, (quotes: Sources[string]) => void>} */
    this.sourceLists;
    /** @type {HTMLTableElement} */
    this.table;
    /** @type {HTMLElement} */
    this.analysisSection;
    /** @type {Map<string, HTMLButtonElement>} */
    this.presetButtons;
    /** @type {string | null | undefined} */
    this.describedPreset;
    /** @type {HTMLInputElement} */
    this.shareField;
    /** @type {HTMLSpanElement} */
    this.toolbarStatus;
    /** @type {HTMLButtonElement} */
    this.largeButton;
    /** @type {HTMLSelectElement} */
    this.themeSelect;
    // The chart and the sections below the table arrive later (attachChart,
    // attachSections); placeholders hold their places until then.
    /** @type {typeof Chart | undefined} */
    this.ChartClass;
    /** @type {Chart | null} */
    this.chart;
    /** @type {HTMLElement | null} */
    this.chartSlot;
    /** @type {typeof Sections | undefined} */
    this.SectionsClass;
    /** @type {Sections | null} */
    this.sections;
    /** @type {HTMLDivElement | null} */
    this.upperSlot;
    /** @type {HTMLDivElement | null} */
    this.lowerSlot;
    // The latest of what they show, for when they arrive or are built again.
    /** @type {[qr: QrPath, printedOn: string] | undefined} */
    this.qrArgs;
    /** @type {Parameters<Sections['update']> | undefined} */
    this.sectionsArgs;
    /** @type {Parameters<Chart['update']> | undefined} */
    this.chartArgs;
    /** @type {Reference | undefined} */
    this.reference;
    /** @type {McResult | undefined} */
    this.intervals;
    // The toolbar's menu closes on a click outside it, on Escape, and once an item is chosen.
    document.addEventListener('click', (event) => {
      if (this.menu?.open && (!this.menu.contains(/** @type {Node} */ (event.target)) || /** @type {Element} */ (event.target).closest('.menu-panel button'))) this.menu.open = false;
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.menu?.open) return;
      this.menu.open = false;
      /** @type {HTMLElement} */ (this.menu.querySelector('summary')).focus();
    });
  }

  /**
   * The language switch: one link per language, to that language's page, each named in its
   * own language (and marked as such); the current one is marked. On a phone the current
   * one gives way and the others show their short names (app.css), so the switch fits
   * beside the title.
   * @param {Lang} lang
   */
  buildLanguageSwitch(lang) {
    this.langSwitch.setAttribute('aria-label', t(lang, 'languages'));
    this.langSwitch.replaceChildren(...LANGUAGES.map((l) => h('a', {
      href: `${l.file}#lang=${l.tag}`,
      lang: l.lang,
      'data-lang': l.tag,
      'aria-current': l.tag === lang ? 'true' : null,
    }, [h('span', { class: 'lang-full', text: l.name }), h('span', { class: 'lang-short', text: l.short })])));
    this.langSwitch.hidden = false;
  }

  /**
   * Points the language switch's links at the current scenario in each language, so a
   * link opened in a new tab (or followed before the scripts take over) keeps it.
   * @param {string} hash the page's hash, with its `lang`
   */
  linkLanguages(hash) {
    for (const link of this.langSwitch.querySelectorAll('a[data-lang]')) {
      const lang = `lang=${link.getAttribute('data-lang')}`;
      const rest = hash.replace(/^#/, '').split('&').filter((part) => part && !part.startsWith('lang='));
      const file = /** @type {string} */ (link.getAttribute('href')).split('#')[0];
      link.setAttribute('href', `${file}#${[...rest, lang].join('&')}`);
    }
  }

  /**
   * (Re)builds every language-dependent node.
   * @param {Lang} lang
   */
  build(lang) {
    this.lang = lang;
    document.documentElement.lang = language(lang).lang;
    document.title = t(lang, 'title');
    // The page's own elements (index.html).
    /** @type {HTMLElement} */ (document.getElementById('title')).textContent = t(lang, 'title');
    const source = this.dataset.source;
    // The report's own title stays as published, marked as such for readers and screen
    // readers, followed by its title in the reader's language where that differs.
    const translated = source.title[lang];
    /** @type {HTMLElement} */ (document.getElementById('source')).replaceChildren(
      `${t(lang, 'sourcePrefix')}${spaced(lang) ? ' ' : ''}`,
      h('cite', { lang: language(QUOTE_LANG).lang, text: `《${source.title[QUOTE_LANG]}》` }),
      `${translated && translated !== source.title[QUOTE_LANG] ? t(lang, 'titleTranslation', { title: translated }) : ''}${t(lang, 'sourceSuffix')}`,
    );
    /** @type {HTMLElement} */ (document.getElementById('claim')).textContent = t(lang, 'claim');
    this.buildLanguageSwitch(lang);
    // Skip links past the toolbar and the table; the hash is the scenario's, so they move
    // focus themselves instead of following their fragment.
    for (const [id, key, target] of /** @type {[id: string, key: string, target: () => HTMLElement][]} */ ([['skip-table', 'skipToTable', () => this.table], ['skip-analysis', 'skipToAnalysis', () => {
      this.actions.wantAnalysis();
      return this.analysisSection.querySelector('h2');
    }]])) {
      const link = /** @type {HTMLAnchorElement} */ (document.getElementById(id));
      link.textContent = t(lang, key);
      link.onclick = (event) => {
        event.preventDefault();
        focusTarget(target());
      };
    }

    this.rows = new Map();
    this.sourceLists = new Map();
    // The chart's code arrives just after the first table (see attachChart); until then a
    // placeholder holds its place (made outside the views' builds: a prerendered page has
    // the chart itself there, so nothing would claim it).
    /** @type {(tag: 'figure' | 'div', className: string) => HTMLElement} */
    const slot = (tag, className) => Object.assign(document.createElement(tag), { className });
    this.chart = this.ChartClass ? new this.ChartClass(this.dataset, lang) : null;
    this.chartSlot = this.chart ? null : slot('figure', 'chart-figure');
    // So are the sections below the table (settings, derived figures, other targets).
    this.sections = this.SectionsClass ? new this.SectionsClass(this) : null;
    const parts = this.sections?.build(lang);
    this.upperSlot = parts ? null : /** @type {HTMLDivElement} */ (slot('div', 'sections-slot'));
    this.lowerSlot = parts ? null : /** @type {HTMLDivElement} */ (slot('div', 'sections-slot'));
    built('v', (claimed) => {
      const sections = [
        this.answer.build(lang),
        this.buildToolbar(),
        this.buildTable(),
        ...(parts?.upper ?? [this.upperSlot]),
        /** @type {HTMLElement} */ (this.chart?.element ?? this.chartSlot),
        (this.analysisSection = this.analysis.build(lang)),
        ...(parts?.lower ?? [this.lowerSlot]),
      ];
      // A prerendered page already shows them all where they belong.
      if (claimed) return;
      this.app.querySelectorAll(':scope > :not(#notice):not(noscript)').forEach((node) => node.remove());
      // Each part is there, or the slot that stands in for it.
      this.app.append(.../** @type {Node[]} */ (sections));
    });
    if (this.sections && this.qrArgs) this.sections.drawQr(...this.qrArgs);
  }

  /**
   * Fills every row's sources with the report's sentences (`{ id: { base, … } }`, as in
   * pkg/sources.json): the build does it for the prerendered page, so that a reader without
   * scripts has them too, and a page that took it over needs no fetch for them.
   * @param {Sources} all
   */
  fillSources(all) {
    for (const [id, fill] of this.sourceLists) fill(all[id] ?? {});
  }

  /**
   * Puts the sections below the table in their places, with the latest figures.
   * @param {typeof Sections} SectionsClass
   */
  attachSections(SectionsClass) {
    this.SectionsClass = SectionsClass;
    if (this.sections) return;
    this.sections = new SectionsClass(this);
    built('s', (claimed) => {
      const { upper, lower } = /** @type {Sections} */ (this.sections).build(this.lang);
      if (claimed) return;
      // Until now the slots stood in for them.
      keepFocusInPlace(() => {
        /** @type {HTMLDivElement} */ (this.upperSlot).replaceWith(...upper);
        /** @type {HTMLDivElement} */ (this.lowerSlot).replaceWith(...lower);
      });
    });
    if (this.sectionsArgs) this.sections.update(...this.sectionsArgs);
    if (this.reference) this.sections.showOtherTargets(this.reference);
    if (this.qrArgs) this.sections.drawQr(...this.qrArgs);
  }

  /**
   * Fills the other targets' panel (kept for rebuilds in the other language).
   * @param {Reference} reference
   */
  showOtherTargets(reference) {
    this.reference = reference;
    this.sections?.showOtherTargets(reference);
  }

  /**
   * Draws the QR code of the share link for the printed brief.
   * @param {QrPath} qr
   * @param {string} printedOn
   */
  drawQr(qr, printedOn) {
    this.qrArgs = [qr, printedOn];
    this.sections?.drawQr(qr, printedOn);
  }

  /**
   * Puts the chart in its place, drawn with the latest projection and Monte Carlo result.
   * @param {typeof Chart} ChartClass
   */
  attachChart(ChartClass) {
    this.ChartClass = ChartClass;
    if (this.chart) return;
    built('c', (claimed) => {
      this.chart = new ChartClass(this.dataset, this.lang);
      // Until now the slot stood in for it.
      if (!claimed) keepFocusInPlace(() => /** @type {HTMLElement} */ (this.chartSlot).replaceWith(/** @type {Chart} */ (this.chart).element));
    });
    this.chartSlot = null;
    // Made by the build above (the check before it narrowed it to none).
    if (this.chartArgs) /** @type {Chart} */ (/** @type {unknown} */ (this.chart)).update(...this.chartArgs);
    if (this.intervals) /** @type {Chart} */ (/** @type {unknown} */ (this.chart)).showIntervals(this.intervals);
  }

  /**
   * Puts the real analysis view in place of the stand-in (once the full module is in).
   * @param {Analysis} analysis
   */
  setAnalysis(analysis) {
    this.analysis = analysis;
    const section = analysis.build(this.lang);
    // Someone who skipped to the analyses stays on their heading when the real one arrives.
    const within = this.analysisSection.contains(document.activeElement);
    keepFocusInPlace(() => this.analysisSection.replaceWith(section));
    this.analysisSection = section;
    if (within) focusTarget(/** @type {HTMLElement} */ (section.querySelector('h2')));
  }

  /**
   * The scenario bar: the presets, and the actions people use most (share image, copy link,
   * large text) in view; the rest (reset, CSV, print, embed, theme, the link itself) in a menu.
   */
  buildToolbar() {
    const { lang, actions } = this;
    this.presetButtons = new Map();
    const presets = h('div', { class: 'presets', role: 'group', 'aria-labelledby': 'presets-label' }, [
      h('span', { id: 'presets-label', class: 'group-label', text: t(lang, 'presets') }),
      ...this.dataset.presets.map((preset) => {
        const button = h('button', {
          type: 'button',
          'data-preset': preset.id,
          'aria-pressed': 'false',
          title: preset.description[lang],
          text: preset.name[lang],
          onclick: () => {
            actions.applyPreset(preset.id);
            // What the preset means, in view (not only in a tooltip) while it is the scenario.
            this.describedPreset = preset.id;
            this.setToolbarStatus(t(lang, 'labelled', { label: preset.name[lang], text: preset.description[lang] }));
          },
        });
        this.presetButtons.set(preset.id, button);
        return button;
      }),
    ]);
    this.shareField = h('input', {
      id: 'share-link',
      type: 'text',
      readonly: true,
      class: 'share-link',
      'aria-label': t(lang, 'shareLink'),
      onfocus: (event) => /** @type {HTMLInputElement} */ (event.target).select(),
    });
    this.toolbarStatus = h('span', { class: 'toolbar-status', 'aria-live': 'polite' });
    this.largeButton = h('button', { type: 'button', id: 'large-text', 'aria-pressed': 'false', title: t(lang, 'largeTextHint'), text: t(lang, 'largeText'), onclick: () => actions.toggleLargeText() });
    this.themeSelect = h('select', { id: 'theme', onchange: (event) => actions.setTheme(/** @type {Theme} */ (/** @type {HTMLSelectElement} */ (event.target).value)) },
      THEMES.map((theme) => h('option', { value: theme, text: t(lang, `theme${theme[0].toUpperCase()}${theme.slice(1)}`) })));
    this.menu = h('details', { class: 'menu' }, [
      h('summary', { 'aria-label': t(lang, 'moreActions'), text: t(lang, 'more') }),
      h('div', { class: 'menu-panel' }, [
        h('button', { type: 'button', id: 'reset', title: t(lang, 'resetHint'), text: t(lang, 'reset'), onclick: () => actions.reset() }),
        h('button', { type: 'button', id: 'download-csv', text: t(lang, 'downloadCsv'), onclick: () => actions.downloadCsv() }),
        h('button', { type: 'button', id: 'print', text: t(lang, 'print'), onclick: () => actions.print() }),
        h('button', { type: 'button', id: 'embed', 'aria-haspopup': 'dialog', text: t(lang, 'embedThis'), onclick: () => actions.openEmbed() }),
        h('label', { class: 'menu-field', for: 'theme' }, [h('span', { text: t(lang, 'theme') })]),
        this.themeSelect,
        this.shareField,
      ]),
    ]);
    return h('section', { class: 'toolbar no-print', 'aria-label': t(lang, 'scenarioBar') }, [
      presets,
      h('div', { class: 'actions' }, [
        h('button', { type: 'button', id: 'share-image', 'aria-haspopup': 'dialog', text: t(lang, 'shareImage'), onclick: () => actions.shareImage() }),
        h('button', { type: 'button', id: 'copy-link', text: t(lang, 'copyLink'), onclick: () => actions.copyLink() }),
        this.largeButton,
        this.menu,
      ]),
      this.toolbarStatus,
    ]);
  }

  /**
   * Takes the reader to an indicator's row and puts the keyboard on its slider.
   * @param {string} id
   */
  goToRow(id) {
    const view = this.rows.get(id);
    if (!view) return;
    view.row.scrollIntoView({ block: 'start' });
    view.control.slider.focus({ preventScroll: true });
  }

  /**
   * A range input and a number box bound to one assumption, with its error message.
   * @param {string} field
   * @param {Control['range']} range
   * @param {string} labelText
   * @returns {Control}
   */
  buildAssumption(field, range, labelText) {
    const { lang, actions } = this;
    const errorId = `error-${field}`;
    const slider = h('input', {
      type: 'range',
      id: `range-${field}`,
      min: range.min,
      max: range.max,
      step: range.step,
      'aria-label': `${labelText} ${t(lang, 'slider')}`,
      oninput: (event) => actions.setAssumption(field, /** @type {HTMLInputElement} */ (event.target).value, 'range', false),
      onchange: (event) => actions.setAssumption(field, /** @type {HTMLInputElement} */ (event.target).value, 'range', true),
    });
    const box = h('input', {
      type: 'text',
      id: `box-${field}`,
      inputmode: 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      class: 'number-box',
      'aria-label': `${labelText} ${t(lang, 'numberBox')}`,
      'aria-describedby': errorId,
      oninput: (event) => actions.setAssumption(field, /** @type {HTMLInputElement} */ (event.target).value, 'box', false),
      onchange: (event) => actions.setAssumption(field, /** @type {HTMLInputElement} */ (event.target).value, 'box', true),
    });
    const error = h('span', { id: errorId, class: 'field-error', 'aria-live': 'polite' });
    // Steppers move by one step (0.1 point): a finger hits a one-decimal value with them that
    // a slider a few centimetres long cannot give it. Pointer aids, so not tab stops.
    /** @type {(direction: number, key: string, glyph: string) => HTMLButtonElement} */
    const step = (direction, key, glyph) => h('button', {
      type: 'button',
      class: 'step',
      tabindex: '-1',
      'aria-label': t(lang, key, { name: labelText }),
      text: glyph,
      onclick: () => {
        if (direction > 0) slider.stepUp();
        else slider.stepDown();
        actions.setAssumption(field, slider.value, 'range', true);
      },
    });
    const down = step(-1, 'stepDown', '−');
    const up = step(1, 'stepUp', '+');
    const wrapper = h('div', { class: 'assumption' }, [
      down, slider, up,
      h('span', { class: 'box-wrap' }, [box, h('span', { class: 'suffix', 'aria-hidden': 'true', text: '%' })]),
      error,
    ]);
    return { wrapper, slider, box, error, field, range, steppers: [down, up] };
  }

  /**
   * The report sentences behind one indicator's numbers, revealed on demand: fetched the
   * first time any row's sources are opened (see explain-view.js).
   * @param {Indicator} indicator
   */
  buildSources(indicator) {
    const { lang } = this;
    const list = h('ul');
    /** @param {Sources[string]} quotes */
    const fill = (quotes) => {
      /** @type {HTMLLIElement[]} */
      const items = [];
      /** @type {(key: string, text: string) => unknown} */
      const add = (key, text) => items.push(h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, key)}:` }), h('q', { lang: 'zh-CN' }, withFigures(text))]));
      for (const [field, key] of /** @type {[keyof Sources[string], string][]} */ ([['base', 'sourceOfBase'], ['baseGrowth', 'sourceOfGrowth'], ['target', 'sourceOfTarget'], ['levelMissing', 'sourceOfMissing']])) {
        if (quotes[field]) add(key, /** @type {string} */ (quotes[field]));
      }
      if (indicator.standIn) {
        items.push(h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, 'standIn')}:` }), h('span', { text: indicator.standIn.why[lang] })]));
      }
      list.replaceChildren(...items);
    };
    this.sourceLists.set(indicator.id, fill);
    const details = h('details', {
      class: 'sources detail',
      // On opening: the sentences, where this table was not prerendered (fetched once for
      // every row), and the working under the row; explain-view.js, loaded then, does both.
      ontoggle: () => {
        import('./explain-view.js').then(
          (m) => m.toggleSources(this, indicator, details, list, fill),
          (error) => list.replaceChildren(h('li', { class: 'field-error', text: errorText(lang, convert(error)) })),
        );
      },
    }, [h('summary', { text: t(lang, 'sources') }), list]);
    return details;
  }

  buildTable() {
    const { lang } = this;
    const columns = ['colIndicator', 'colBase', 'colAssumption', 'colProjected', 'colTarget', 'colGap', 'colStatus', 'colProbability', 'colInterval'];
    const head = h('thead', {}, [h('tr', {}, columns.map((key) => h('th', { scope: 'col', 'data-col': key, text: t(lang, key) })))]);
    const body = h('tbody');
    for (const indicator of this.dataset.indicators) {
      const unit = /** @type {Unit} */ (this.units.get(indicator.unit));
      const name = indicator.name[lang];
      const control = this.buildAssumption(indicator.id, indicator.range, t(lang, 'growthOf', { name }));
      /** @type {(key: string, extra?: import('./dom.js').Attributes, children?: import('./dom.js').Child[]) => HTMLTableCellElement} */
      const cell = (key, extra = {}, children = []) => h('td', { 'data-label': t(lang, key), ...extra }, children);
      // Figures with their units are single tokens: they may move to a new line, never break.
      /** @param {string} className */
      const token = (className) => h('span', { class: `nowrap ${className}` });
      const parts = {
        targetGrowth: token('target-growth'),
        targetLevel: token('target-level'),
        gapLevel: token('gap-level'),
        gapPoints: token('gap-points'),
      };
      const cells = {
        // The 2023 level with its growth beneath: one column, so the table fits a laptop.
        base: cell('colBase', { 'data-cell': 'base', class: 'detail' }, [token('base-value'), h('span', { class: 'base-growth nowrap' })]),
        projected: cell('colProjected', { 'data-cell': 'projected', class: 'nowrap' }),
        target: cell('colTarget', { 'data-cell': 'target', class: 'detail' }, [parts.targetGrowth, ' → ', parts.targetLevel]),
        gap: cell('colGap', { 'data-cell': 'gap', class: 'detail' }, [parts.gapLevel, h('span', { class: 'gap-sep', text: ' / ' }), parts.gapPoints]),
        status: cell('colStatus', { 'data-cell': 'status' }),
        probability: cell('colProbability', { 'data-cell': 'probability', text: '…' }),
        interval: cell('colInterval', { 'data-cell': 'interval', class: 'detail', text: '…' }),
      };
      setText(/** @type {ChildNode} */ (cells.base.firstChild), indicator.base
        ? amount(lang, indicator.base.value, unit)
        : t(lang, 'indexValue', { value: '100' }));
      setText(/** @type {ChildNode} */ (cells.base.lastChild), indicator.baseGrowth
        ? t(lang, 'grewBy', { value: percent(lang, indicator.baseGrowth.value) })
        : '');
      const row = h('tr', { id: `row-${indicator.id}`, 'data-id': indicator.id, 'data-status': 'no_target' });
      const missed = this.missed.has(indicator.id);
      // On phones a row is a card showing the slider, the projection and the status; the
      // rest opens with this button (wide screens show every column and no button).
      const toggle = h('button', {
        type: 'button',
        class: 'row-toggle',
        'aria-expanded': 'false',
        'aria-label': t(lang, 'rowDetailsOf', { name }),
        text: t(lang, 'rowDetails'),
        onclick: () => {
          const open = row.classList.toggle('open');
          toggle.setAttribute('aria-expanded', String(open));
        },
      });
      const header = h('th', { scope: 'row', class: 'indicator' }, [
        h('span', { class: 'indicator-title' }, [
          // On a phone's card, a long English name gives way to its short form until the
          // card's details are opened.
          scaled(lang) && indicator.shortEn ? h('span', { class: 'indicator-short', 'aria-hidden': 'true', text: shortName(lang, indicator) }) : null,
          h('span', { class: indicator.shortEn && scaled(lang) ? 'indicator-name has-short' : 'indicator-name', text: name }),
          h('span', { class: indicator.base ? 'indicator-unit in-value' : 'indicator-unit', text: unitLabel(lang, unit) }),
        ]),
        toggle,
        indicator.levelMissing ? h('span', { class: 'note detail', text: t(lang, 'noLevel') }) : null,
        // The report's own word that it missed its base-year target, on the card too.
        missed ? h('span', { class: 'missed', text: t(lang, 'missedBase') }) : null,
        // Why, on demand: the sections' code fills it when it is first opened.
        missed ? h('details', { class: 'missed-why detail' }, [h('summary', { text: t(lang, 'missedWhy') })]) : null,
        h('span', { class: 'derived-note', hidden: true, text: t(lang, 'derivedFromSectors') }),
        this.buildSources(indicator),
      ]);
      const assumptionCell = cell('colAssumption', { 'data-cell': 'assumption' }, [control.wrapper]);
      place(row, header, cells.base, assumptionCell, cells.projected, cells.target, cells.gap, cells.status,
        cells.probability, cells.interval);
      place(body, row);
      this.rows.set(indicator.id, { row, control, cells, parts, unit, indicator, derivedNote: /** @type {HTMLElement} */ (header.querySelector('.derived-note')) });
    }
    this.table = h('table', { id: 'projection', class: 'projection' }, [h('caption', { text: t(lang, 'tableCaption') }), head, body]);
    return h('div', { class: 'table-wrap' }, [this.table]);
  }

  /**
   * Writes a projection into the nodes built for it.
   * @param {PageState} state
   * @param {Projection} projection
   * @param {Projection[]} pinned the pinned scenarios' projections
   * @param {string} url
   */
  update(state, projection, pinned, url) {
    const { lang } = this;
    const focused = document.activeElement;
    for (const row of projection.rows) {
      // Every indicator has its row.
      const view = /** @type {RowView} */ (this.rows.get(row.id));
      const { cells, parts, unit, control } = view;
      const derivedGdp = row.growthDerived;
      this.setControl(control, derivedGdp ? row.growth : state.scenario.growth[row.id], focused, derivedGdp);
      view.derivedNote.hidden = !derivedGdp;
      /** @type {(value: DecimalString, signed?: boolean) => string} */
      const figure = (value, signed = false) => (row.hasLevel
        ? amount(lang, value, unit, { decimals: unit.decimals, signed })
        : number(lang, value, { decimals: unit.decimals, signed }));
      setText(cells.projected, figure(row.projected));
      if (row.target) {
        const target = row.target;
        setText(parts.targetGrowth, targetText(lang, target.qualifier, percent(lang, target.growth)));
        setText(parts.targetLevel, figure(target.level));
        setText(parts.gapLevel, figure(target.gapLevel, true));
        setText(parts.gapPoints, t(lang, 'points', { value: number(lang, target.gapPoints, { decimals: 2, signed: true }) }));
      } else if (!view.noTarget) {
        view.noTarget = true;
        // A prerendered row says so already.
        if (cells.target.textContent !== t(lang, 'noTarget')) {
          cells.target.replaceChildren(h('span', { text: t(lang, 'noTarget') }));
          cells.gap.replaceChildren('—');
        }
      }
      if (view.row.dataset.status !== row.status || !cells.status.firstChild) {
        const status = STATUS[row.status];
        cells.status.replaceChildren(
          h('span', { class: 'status-glyph', 'aria-hidden': 'true', text: status.glyph }),
          h('span', { class: 'status-text', text: t(lang, status.key) }),
          // An "about" target is met within half a point either side: the status says so.
          ...(row.target?.qualifier === 'about' ? [h('small', { class: 'status-rule', text: t(lang, row.status === 'met' ? 'ruleWithin' : 'ruleBeyond') })] : []),
        );
        view.row.dataset.status = row.status;
      }
    }
    this.sectionsArgs = [state, projection, url, focused];
    this.sections?.update(state, projection, url, focused);
    this.answer.update(projection, this.scenarioName(state));
    this.chartArgs = [projection, pinned, state.pins.map((pin) => pin.name)];
    this.chart?.update(...this.chartArgs);
    this.analysis.update(state, projection, pinned);
    for (const [id, button] of this.presetButtons) button.setAttribute('aria-pressed', String(id === state.activePreset));
    if (this.describedPreset && this.describedPreset !== state.activePreset) {
      this.describedPreset = null;
      this.setToolbarStatus('');
    }
    this.largeButton.setAttribute('aria-pressed', String(state.view === 'large'));
    if (this.themeSelect.value !== state.theme) this.themeSelect.value = state.theme;
    this.shareField.value = url;
    this.onUpdate?.();
  }

  /**
   * The active preset's name, or "custom".
   * @param {PageState} state
   */
  scenarioName(state) {
    const preset = this.dataset.presets.find((p) => p.id === state.activePreset);
    if (!preset) return t(this.lang, 'customScenario');
    return preset.name[this.lang];
  }

  /**
   * @param {Control} control
   * @param {DecimalString} value
   * @param {Element | null} focused
   * @param {boolean} disabled
   */
  setControl(control, value, focused, disabled) {
    const { slider, box } = control;
    const changed = control.shown !== value;
    if (changed) {
      control.shown = value;
      slider.value = value;
      slider.setAttribute('aria-valuetext', t(this.lang, 'growthValueText', { value: number(this.lang, value) }));
    }
    // What was typed wrong stays, with its message, until the reader or a new value (a
    // preset, reset, the slider) replaces it: a recomputation for another reason (the
    // analyses arriving, say) must not take it away.
    if (!changed && !disabled && box.getAttribute('aria-invalid') === 'true') return;
    // Never rewrite the box someone is typing in: it would move the caret and eat "6.".
    if ((box !== focused || disabled) && box.value !== value) box.value = value;
    if (slider.disabled !== disabled) {
      slider.disabled = disabled;
      box.disabled = disabled;
      for (const stepper of control.steppers) stepper.disabled = disabled;
    }
    if (!disabled && box !== focused) this.clearFieldError(control.field);
  }

  /**
   * Shows an error beside a field; the scenario keeps its last valid value.
   * @param {string} field
   * @param {Failure} error
   * @param {{ min: DecimalString, max: DecimalString }} range
   */
  showFieldError(field, error, range) {
    const control = field === 'deflator' ? this.sections?.deflatorControl : this.rows.get(field)?.control;
    if (!control) return;
    setText(control.error, fieldErrorText(this.lang, error, { min: number(this.lang, range.min), max: number(this.lang, range.max) }));
    control.box.setAttribute('aria-invalid', 'true');
  }

  /** @param {string} field */
  clearFieldError(field) {
    const control = field === 'deflator' ? this.sections?.deflatorControl : this.rows.get(field)?.control;
    if (!control || !control.error.textContent) return;
    setText(control.error, '');
    control.box.removeAttribute('aria-invalid');
  }

  /**
   * Shows or clears the page-level notice (bad links, load failures).
   * @param {string | null} text
   */
  setNotice(text) {
    this.notice.textContent = text ?? '';
    this.notice.hidden = !text;
  }

  /** @param {string} text */
  setToolbarStatus(text) {
    this.toolbarStatus.textContent = text;
  }

  /**
   * The one-sentence summary for the polite live region.
   * @param {string} text
   */
  announce(text) {
    // The same summary again (a settle that changed nothing) is not read out twice.
    setText(this.summary, text);
  }

}

/**
 * Stands in for the analysis view until the reader nears it: the section's heading and a
 * status line (loading, or why loading failed), so the page's first table never waits
 * for the analysis code or the full WASM module.
 */
export class AnalysisSlot {
  constructor() {
    /** @type {string | null} what the status says: loading, or why loading failed */
    this.message = null;
    // Made by build():
    /** @type {Lang} */
    this.lang;
    /** @type {HTMLParagraphElement} */
    this.status;
  }

  /** @param {Lang} lang */
  build(lang) {
    this.lang = lang;
    this.status = h('p', { id: 'analysis-status', class: 'hint', 'aria-live': 'polite' });
    this.show();
    return h('section', { class: 'analysis', 'aria-labelledby': 'analysis-title' }, [
      h('h2', { id: 'analysis-title', text: t(lang, 'analysis') }),
      this.status,
    ]);
  }

  /**
   * Says that the analyses are loading, or (with `error`) why they could not be loaded.
   * @param {string | null} [error]
   */
  showLoading(error = null) {
    this.message = error ?? 'analysisLoading';
    this.show();
  }

  show() {
    const failed = this.message !== null && this.message !== 'analysisLoading';
    this.status.textContent = failed ? /** @type {string} */ (this.message) : t(this.lang, 'analysisLoading');
    this.status.classList.toggle('field-error', failed);
  }

  // The stand-in has nothing to update, settle or report.
  update() {}

  settle() {}

  showUncertaintyStatus() {}

  showUncertaintyError() {}

  showUncertaintyResults() {}
}
