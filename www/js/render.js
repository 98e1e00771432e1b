// Builds and updates the simulator's DOM with DOM APIs and textContent only: data never
// becomes markup, so nothing a link or a dataset edit carries can inject HTML.
// `build()` creates the language-dependent structure once per language; `update()` then
// only writes values into the nodes it kept, which is all a slider move costs.
import { t, errorText, STATUS, targetText } from './strings.js';
import { number, percent, amount, unitLabel } from './format.js';
import { AnswerView } from './answer.js';
import { loadSources, convert } from './wasm.js';
import { THEMES } from './prefs.js';
import { h, built, place, wake, keepFocusInPlace, focusTarget, setText, withFigures } from './dom.js';


/** The page's view: owns the DOM under `main#app` and reports user actions to `actions`. */
export class View {
  constructor(dataset, actions, analysis) {
    this.dataset = dataset;
    this.actions = actions;
    this.analysis = analysis;
    this.units = new Map(dataset.units.map((u) => [u.id, u]));
    this.indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
    this.app = document.getElementById('app');
    this.notice = document.getElementById('notice');
    this.summary = document.getElementById('summary');
    this.langSwitch = document.getElementById('lang-switch');
    this.langSwitch.addEventListener('click', () => actions.switchLanguage());
    wake(this.langSwitch);
    this.answer = new AnswerView(dataset, (id) => this.goToRow(id));
    // The toolbar's menu closes on a click outside it, on Escape, and once an item is chosen.
    document.addEventListener('click', (event) => {
      if (this.menu?.open && (!this.menu.contains(event.target) || event.target.closest('.menu-panel button'))) this.menu.open = false;
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.menu?.open) return;
      this.menu.open = false;
      this.menu.querySelector('summary').focus();
    });
  }

  /** (Re)builds every language-dependent node. */
  build(lang) {
    this.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'title');
    document.getElementById('title').textContent = t(lang, 'title');
    const source = this.dataset.source;
    // The report's own title stays Chinese, marked as such for readers and screen readers.
    document.getElementById('source').replaceChildren(
      `${t(lang, 'sourcePrefix')}${lang === 'zh' ? '' : ' '}`,
      h('cite', { lang: 'zh-CN', text: `《${source.title.zh}》` }),
      `${lang === 'en' ? ` (“${source.title.en}”)` : ''}${t(lang, 'sourceSuffix')}`,
    );
    document.getElementById('claim').textContent = t(lang, 'claim');
    this.langSwitch.textContent = t(lang, 'languageSwitch');
    this.langSwitch.setAttribute('aria-label', t(lang, 'languageSwitchLabel'));
    this.langSwitch.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
    this.langSwitch.hidden = false;
    // Skip links past the toolbar and the table; the hash is the scenario's, so they move
    // focus themselves instead of following their fragment.
    for (const [id, key, target] of [['skip-table', 'skipToTable', () => this.table], ['skip-analysis', 'skipToAnalysis', () => {
      this.actions.wantAnalysis();
      return this.analysisSection.querySelector('h2');
    }]]) {
      const link = document.getElementById(id);
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
    const slot = (tag, className) => Object.assign(document.createElement(tag), { className });
    this.chart = this.ChartClass ? new this.ChartClass(this.dataset, lang) : null;
    this.chartSlot = this.chart ? null : slot('figure', 'chart-figure');
    // So are the sections below the table (settings, derived figures, other targets).
    this.sections = this.SectionsClass ? new this.SectionsClass(this) : null;
    const parts = this.sections?.build(lang);
    this.upperSlot = parts ? null : slot('div', 'sections-slot');
    this.lowerSlot = parts ? null : slot('div', 'sections-slot');
    built('v', (claimed) => {
      const sections = [
        this.answer.build(lang),
        this.buildToolbar(),
        this.buildTable(),
        ...(parts?.upper ?? [this.upperSlot]),
        this.chart?.element ?? this.chartSlot,
        (this.analysisSection = this.analysis.build(lang)),
        ...(parts?.lower ?? [this.lowerSlot]),
      ];
      // A prerendered page already shows them all where they belong.
      if (claimed) return;
      this.app.querySelectorAll(':scope > :not(#notice):not(noscript)').forEach((node) => node.remove());
      this.app.append(...sections);
    });
    if (this.sections && this.qrArgs) this.sections.drawQr(...this.qrArgs);
  }

  /**
   * Fills every row's sources with the report's sentences (`{ id: { value2023, … } }`, as in
   * pkg/sources.json): the build does it for the prerendered page, so that a reader without
   * scripts has them too, and a page that took it over needs no fetch for them.
   */
  fillSources(all) {
    for (const [id, fill] of this.sourceLists) fill(all[id] ?? {});
  }

  /** Puts the sections below the table in their places, with the latest figures. */
  attachSections(SectionsClass) {
    this.SectionsClass = SectionsClass;
    if (this.sections) return;
    this.sections = new SectionsClass(this);
    built('s', (claimed) => {
      const { upper, lower } = this.sections.build(this.lang);
      if (claimed) return;
      keepFocusInPlace(() => {
        this.upperSlot.replaceWith(...upper);
        this.lowerSlot.replaceWith(...lower);
      });
    });
    if (this.sectionsArgs) this.sections.update(...this.sectionsArgs);
    if (this.otherTargets) this.sections.showOtherTargets(this.otherTargets);
    if (this.qrArgs) this.sections.drawQr(...this.qrArgs);
  }

  /** Fills the other targets' panel (kept for rebuilds in the other language). */
  showOtherTargets(targets) {
    this.otherTargets = targets;
    this.sections?.showOtherTargets(targets);
  }

  /** Draws the QR code of the share link for the printed brief. */
  drawQr(qr, printedOn) {
    this.qrArgs = [qr, printedOn];
    this.sections?.drawQr(qr, printedOn);
  }

  /** Puts the chart in its place, drawn with the latest projection and Monte Carlo result. */
  attachChart(ChartClass) {
    this.ChartClass = ChartClass;
    if (this.chart) return;
    built('c', (claimed) => {
      this.chart = new ChartClass(this.dataset, this.lang);
      if (!claimed) keepFocusInPlace(() => this.chartSlot.replaceWith(this.chart.element));
    });
    this.chartSlot = null;
    if (this.chartArgs) this.chart.update(...this.chartArgs);
    if (this.intervals) this.chart.showIntervals(this.intervals);
  }

  /** Puts the real analysis view in place of the stand-in (once the full module is in). */
  setAnalysis(analysis) {
    this.analysis = analysis;
    const section = analysis.build(this.lang);
    // Someone who skipped to the analyses stays on their heading when the real one arrives.
    const within = this.analysisSection.contains(document.activeElement);
    keepFocusInPlace(() => this.analysisSection.replaceWith(section));
    this.analysisSection = section;
    if (within) focusTarget(section.querySelector('h2'));
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
            this.setToolbarStatus(lang === 'zh' ? `${preset.name.zh}:${preset.description.zh}` : `${preset.name.en}: ${preset.description.en}`);
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
      onfocus: (event) => event.target.select(),
    });
    this.toolbarStatus = h('span', { class: 'toolbar-status', 'aria-live': 'polite' });
    this.largeButton = h('button', { type: 'button', id: 'large-text', 'aria-pressed': 'false', title: t(lang, 'largeTextHint'), text: t(lang, 'largeText'), onclick: () => actions.toggleLargeText() });
    this.themeSelect = h('select', { id: 'theme', onchange: (event) => actions.setTheme(event.target.value) },
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

  /** Takes the reader to an indicator's row and puts the keyboard on its slider. */
  goToRow(id) {
    const view = this.rows.get(id);
    if (!view) return;
    view.row.scrollIntoView({ block: 'start' });
    view.control.slider.focus({ preventScroll: true });
  }

  /** A range input and a number box bound to one assumption, with its error message. */
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
      oninput: (event) => actions.setAssumption(field, event.target.value, 'range', false),
      onchange: (event) => actions.setAssumption(field, event.target.value, 'range', true),
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
      oninput: (event) => actions.setAssumption(field, event.target.value, 'box', false),
      onchange: (event) => actions.setAssumption(field, event.target.value, 'box', true),
    });
    const error = h('span', { id: errorId, class: 'field-error', 'aria-live': 'polite' });
    // Steppers move by one step (0.1 point): a finger hits a one-decimal value with them that
    // a slider a few centimetres long cannot give it. Pointer aids, so not tab stops.
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
   * first time any row's sources are opened (see loadSources).
   */
  buildSources(indicator) {
    const { lang } = this;
    const list = h('ul');
    const fill = (quotes) => {
      const items = [];
      const add = (key, text) => items.push(h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, key)}:` }), h('q', { lang: 'zh-CN' }, withFigures(text))]));
      for (const [field, key] of [['value2023', 'sourceOf2023'], ['growth2023', 'sourceOfGrowth'], ['target2024', 'sourceOfTarget'], ['levelMissing', 'sourceOfMissing']]) {
        if (quotes[field]) add(key, quotes[field]);
      }
      if (indicator.standIn) {
        items.push(h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, 'standIn')}:` }), h('span', { text: indicator.standIn.why[lang] })]));
      }
      list.replaceChildren(...items);
    };
    this.sourceLists.set(indicator.id, fill);
    const details = h('details', {
      class: 'sources detail',
      ontoggle: () => {
        if (!details.open || list.firstChild) return;
        list.replaceChildren(h('li', { class: 'hint', text: t(lang, 'moreLoading') }));
        loadSources().then((all) => fill(all[indicator.id] ?? {}), (error) => list.replaceChildren(h('li', { class: 'field-error', text: errorText(lang, convert(error)) })));
      },
    }, [h('summary', { text: t(lang, 'sources') }), list]);
    return details;
  }

  buildTable() {
    const { lang } = this;
    const columns = ['colIndicator', 'col2023', 'colAssumption', 'colProjected', 'colTarget', 'colGap', 'colStatus', 'colProbability', 'colInterval'];
    const head = h('thead', {}, [h('tr', {}, columns.map((key) => h('th', { scope: 'col', 'data-col': key, text: t(lang, key) })))]);
    const body = h('tbody');
    for (const indicator of this.dataset.indicators) {
      const unit = this.units.get(indicator.unit);
      const name = indicator.name[lang];
      const control = this.buildAssumption(indicator.id, indicator.range, t(lang, 'growthOf', { name }));
      const cell = (key, extra = {}, children = []) => h('td', { 'data-label': t(lang, key), ...extra }, children);
      // Figures with their units are single tokens: they may move to a new line, never break.
      const token = (className) => h('span', { class: `nowrap ${className}` });
      const parts = {
        targetGrowth: token('target-growth'),
        targetLevel: token('target-level'),
        gapLevel: token('gap-level'),
        gapPoints: token('gap-points'),
      };
      const cells = {
        // The 2023 level with its growth beneath: one column, so the table fits a laptop.
        base: cell('col2023', { 'data-cell': 'base', class: 'detail' }, [token('base-value'), h('span', { class: 'base-growth nowrap' })]),
        projected: cell('colProjected', { 'data-cell': 'projected', class: 'nowrap' }),
        target: cell('colTarget', { 'data-cell': 'target', class: 'detail' }, [parts.targetGrowth, ' → ', parts.targetLevel]),
        gap: cell('colGap', { 'data-cell': 'gap', class: 'detail' }, [parts.gapLevel, h('span', { class: 'gap-sep', text: ' / ' }), parts.gapPoints]),
        status: cell('colStatus', { 'data-cell': 'status' }),
        probability: cell('colProbability', { 'data-cell': 'probability', text: '…' }),
        interval: cell('colInterval', { 'data-cell': 'interval', class: 'detail', text: '…' }),
      };
      setText(cells.base.firstChild, indicator.value2023
        ? amount(lang, indicator.value2023.value, unit)
        : t(lang, 'indexValue', { value: '100' }));
      setText(cells.base.lastChild, indicator.growth2023
        ? t(lang, 'grewBy', { value: percent(lang, indicator.growth2023.value) })
        : '');
      const row = h('tr', { id: `row-${indicator.id}`, 'data-id': indicator.id, 'data-status': 'no_target' });
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
          lang === 'en' && indicator.shortEn ? h('span', { class: 'indicator-short', 'aria-hidden': 'true', text: indicator.shortEn }) : null,
          h('span', { class: indicator.shortEn && lang === 'en' ? 'indicator-name has-short' : 'indicator-name', text: name }),
          h('span', { class: indicator.value2023 ? 'indicator-unit in-value' : 'indicator-unit', text: unitLabel(lang, unit) }),
        ]),
        toggle,
        indicator.levelMissing ? h('span', { class: 'note detail', text: t(lang, 'noLevel') }) : null,
        h('span', { class: 'derived-note', hidden: true, text: t(lang, 'derivedFromSectors') }),
        this.buildSources(indicator),
      ]);
      const assumptionCell = cell('colAssumption', { 'data-cell': 'assumption' }, [control.wrapper]);
      place(row, header, cells.base, assumptionCell, cells.projected, cells.target, cells.gap, cells.status,
        cells.probability, cells.interval);
      place(body, row);
      this.rows.set(indicator.id, { row, control, cells, parts, unit, indicator, derivedNote: header.querySelector('.derived-note') });
    }
    this.table = h('table', { id: 'projection', class: 'projection' }, [h('caption', { text: t(lang, 'tableCaption') }), head, body]);
    return h('div', { class: 'table-wrap' }, [this.table]);
  }

  /** Writes a projection into the nodes built for it. */
  update(state, projection, pinned, url) {
    const { lang } = this;
    const focused = document.activeElement;
    for (const row of projection.rows) {
      const view = this.rows.get(row.id);
      const { cells, parts, unit, control } = view;
      const derivedGdp = row.growthDerived;
      this.setControl(control, derivedGdp ? row.growth : state.scenario.growth[row.id], focused, derivedGdp);
      view.derivedNote.hidden = !derivedGdp;
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
  }

  /** The active preset's name, or "custom". */
  scenarioName(state) {
    const preset = this.dataset.presets.find((p) => p.id === state.activePreset);
    if (!preset) return t(this.lang, 'customScenario');
    return preset.name[this.lang];
  }

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

  /** Shows an error beside a field; the scenario keeps its last valid value. */
  showFieldError(field, error, range) {
    const control = field === 'deflator' ? this.sections?.deflatorControl : this.rows.get(field)?.control;
    if (!control) return;
    setText(control.error, errorText(this.lang, error, { min: number(this.lang, range.min), max: number(this.lang, range.max) }));
    control.box.setAttribute('aria-invalid', 'true');
  }

  clearFieldError(field) {
    const control = field === 'deflator' ? this.sections?.deflatorControl : this.rows.get(field)?.control;
    if (!control || !control.error.textContent) return;
    setText(control.error, '');
    control.box.removeAttribute('aria-invalid');
  }

  /** Shows or clears the page-level notice (bad links, load failures). */
  setNotice(text) {
    this.notice.textContent = text ?? '';
    this.notice.hidden = !text;
  }

  setToolbarStatus(text) {
    this.toolbarStatus.textContent = text;
  }

  /** The one-sentence summary for the polite live region. */
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
    this.message = null;
  }

  build(lang) {
    this.lang = lang;
    this.status = h('p', { id: 'analysis-status', class: 'hint', 'aria-live': 'polite' });
    this.show();
    return h('section', { class: 'analysis', 'aria-labelledby': 'analysis-title' }, [
      h('h2', { id: 'analysis-title', text: t(lang, 'analysis') }),
      this.status,
    ]);
  }

  /** Says that the analyses are loading, or (with `error`) why they could not be loaded. */
  showLoading(error = null) {
    this.message = error ?? 'analysisLoading';
    this.show();
  }

  show() {
    const failed = this.message !== null && this.message !== 'analysisLoading';
    this.status.textContent = failed ? this.message : t(this.lang, 'analysisLoading');
    this.status.classList.toggle('field-error', failed);
  }

  // The stand-in has nothing to update, settle or report.
  update() {}

  settle() {}

  showUncertaintyStatus() {}

  showUncertaintyError() {}

  showUncertaintyResults() {}
}
