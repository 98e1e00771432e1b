// Builds and updates the simulator's DOM with DOM APIs and textContent only: data never
// becomes markup, so nothing a link or a dataset edit carries can inject HTML.
// `build()` creates the language-dependent structure once per language; `update()` then
// only writes values into the nodes it kept, which is all a slider move costs.
import { t, errorText, STATUS, targetText } from './strings.js';
import { number, percent, amount } from './format.js';
import { Chart } from './chart.js';
import { h, svg, setText } from './dom.js';


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
  }

  /** (Re)builds every language-dependent node. */
  build(lang) {
    this.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'title');
    document.getElementById('title').textContent = t(lang, 'title');
    const source = this.dataset.source;
    document.getElementById('source').textContent = `${t(lang, 'sourcePrefix')}${lang === 'zh' ? '' : ' '}《${source.titleZh}》${lang === 'en' ? ` (“${source.titleEn}”)` : ''}${t(lang, 'sourceSuffix')}`;
    document.getElementById('claim').textContent = t(lang, 'claim');
    this.langSwitch.textContent = t(lang, 'languageSwitch');
    this.langSwitch.setAttribute('aria-label', t(lang, 'languageSwitchLabel'));
    this.langSwitch.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
    this.langSwitch.hidden = false;

    this.rows = new Map();
    this.chart = new Chart(this.dataset, lang);
    const sections = [
      this.buildToolbar(),
      this.buildTable(),
      this.buildSettings(),
      h('p', { class: 'real-nominal', text: t(lang, 'realNominal') }),
      this.buildDerived(),
      this.chart.element,
      (this.analysisSection = this.analysis.build(lang)),
      this.buildOtherTargets(),
      this.buildPrintFooter(),
    ];
    this.app.querySelector('.loading')?.remove();
    this.app.querySelectorAll(':scope > :not(#notice):not(noscript)').forEach((node) => node.remove());
    this.app.append(...sections);
  }

  /** Puts the real analysis view in place of the stand-in (once the full module is in). */
  setAnalysis(analysis) {
    this.analysis = analysis;
    const section = analysis.build(this.lang);
    this.analysisSection.replaceWith(section);
    this.analysisSection = section;
  }

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
          title: lang === 'zh' ? preset.descriptionZh : preset.descriptionEn,
          text: lang === 'zh' ? preset.nameZh : preset.nameEn,
          onclick: () => actions.applyPreset(preset.id),
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
    return h('section', { class: 'toolbar no-print', 'aria-label': t(lang, 'scenarioBar') }, [
      presets,
      h('div', { class: 'actions' }, [
        h('button', { type: 'button', id: 'reset', title: t(lang, 'resetHint'), text: t(lang, 'reset'), onclick: () => actions.reset() }),
        h('button', { type: 'button', id: 'copy-link', text: t(lang, 'copyLink'), onclick: () => actions.copyLink() }),
        h('button', { type: 'button', id: 'download-csv', text: t(lang, 'downloadCsv'), onclick: () => actions.downloadCsv() }),
        h('button', { type: 'button', id: 'print', text: t(lang, 'print'), onclick: () => actions.print() }),
        h('button', { type: 'button', id: 'embed', 'aria-haspopup': 'dialog', text: t(lang, 'embedThis'), onclick: () => actions.openEmbed() }),
      ]),
      h('div', { class: 'share' }, [this.shareField, this.toolbarStatus]),
    ]);
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
    const wrapper = h('div', { class: 'assumption' }, [slider, h('span', { class: 'box-wrap' }, [box, h('span', { class: 'suffix', 'aria-hidden': 'true', text: '%' })]), error]);
    return { wrapper, slider, box, error, field, range };
  }

  buildSettings() {
    const { lang, actions, dataset } = this;
    this.deflatorControl = this.buildAssumption('deflator', dataset.deflator, t(lang, 'deflator'));
    this.modeSwitch = h('input', {
      type: 'checkbox',
      id: 'gdp-mode',
      'aria-describedby': 'gdp-mode-hint',
      onchange: (event) => actions.setGdpMode(event.target.checked ? 'sectors' : 'direct'),
    });
    return h('section', { class: 'settings', 'aria-labelledby': 'settings-title' }, [
      h('h2', { id: 'settings-title', text: t(lang, 'settings') }),
      h('div', { class: 'setting' }, [
        h('span', { class: 'setting-label', id: 'deflator-label', text: `${t(lang, 'deflator')}` }),
        this.deflatorControl.wrapper,
        h('p', { class: 'hint', text: lang === 'zh' ? dataset.deflator.noteZh : dataset.deflator.noteEn }),
      ]),
      h('div', { class: 'setting' }, [
        h('label', { class: 'switch', for: 'gdp-mode' }, [this.modeSwitch, h('span', { text: t(lang, 'gdpMode') })]),
        h('p', { class: 'hint', id: 'gdp-mode-hint', text: t(lang, 'gdpModeHint') }),
      ]),
    ]);
  }

  /** The report sentences behind one indicator's numbers, revealed on demand. */
  buildSources(indicator) {
    const { lang } = this;
    const items = [];
    const add = (key, text) => items.push(h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, key)}:` }), h('q', { lang: 'zh-CN', text })]));
    if (indicator.value2023) add('sourceOf2023', indicator.value2023.quote);
    if (indicator.growth2023) add('sourceOfGrowth', indicator.growth2023.quote);
    if (indicator.target2024) add('sourceOfTarget', indicator.target2024.quote);
    if (indicator.levelMissing) add('sourceOfMissing', indicator.levelMissing.quote);
    if (indicator.standIn) {
      items.push(h('li', {}, [h('span', { class: 'source-key', text: `${t(lang, 'standIn')}:` }), h('span', { text: lang === 'zh' ? indicator.standIn.whyZh : indicator.standIn.whyEn })]));
    }
    return h('details', { class: 'sources' }, [h('summary', { text: t(lang, 'sources') }), h('ul', {}, items)]);
  }

  buildTable() {
    const { lang } = this;
    const columns = ['colIndicator', 'col2023', 'colGrowth2023', 'colAssumption', 'colProjected', 'colTarget', 'colGap', 'colStatus', 'colProbability', 'colInterval'];
    const head = h('thead', {}, [h('tr', {}, columns.map((key) => h('th', { scope: 'col', 'data-col': key, text: t(lang, key) })))]);
    const body = h('tbody');
    for (const indicator of this.dataset.indicators) {
      const unit = this.units.get(indicator.unit);
      const name = lang === 'zh' ? indicator.nameZh : indicator.nameEn;
      const control = this.buildAssumption(indicator.id, indicator.range, t(lang, 'growthOf', { name }));
      const cell = (key, extra = {}) => h('td', { 'data-label': t(lang, key), ...extra });
      const cells = {
        base: cell('col2023', { 'data-cell': 'base' }),
        growth2023: cell('colGrowth2023', { 'data-cell': 'growth2023' }),
        projected: cell('colProjected', { 'data-cell': 'projected' }),
        target: cell('colTarget', { 'data-cell': 'target' }),
        gap: cell('colGap', { 'data-cell': 'gap' }),
        status: cell('colStatus', { 'data-cell': 'status' }),
        probability: cell('colProbability', { 'data-cell': 'probability', text: '…' }),
        interval: cell('colInterval', { 'data-cell': 'interval', text: '…' }),
      };
      cells.base.textContent = indicator.value2023
        ? amount(lang, indicator.value2023.value, unit)
        : `100 (${lang === 'zh' ? unit.zh : unit.en})`;
      cells.growth2023.textContent = indicator.growth2023 ? percent(lang, indicator.growth2023.value) : '—';
      const header = h('th', { scope: 'row', class: 'indicator' }, [
        h('span', { class: 'indicator-name', text: name }),
        h('span', { class: 'indicator-unit', text: lang === 'zh' ? unit.zh : unit.en }),
        indicator.levelMissing ? h('span', { class: 'note', text: t(lang, 'noLevel') }) : null,
        h('span', { class: 'derived-note', hidden: true, text: t(lang, 'derivedFromSectors') }),
        this.buildSources(indicator),
      ]);
      const assumptionCell = cell('colAssumption', { 'data-cell': 'assumption' });
      assumptionCell.append(control.wrapper);
      const row = h('tr', { 'data-id': indicator.id, 'data-status': 'no_target' }, [
        header, cells.base, cells.growth2023, assumptionCell, cells.projected, cells.target, cells.gap, cells.status,
        cells.probability, cells.interval,
      ]);
      body.append(row);
      this.rows.set(indicator.id, { row, control, cells, unit, indicator, derivedNote: header.querySelector('.derived-note') });
    }
    this.table = h('table', { id: 'projection', class: 'projection' }, [h('caption', { text: t(lang, 'tableCaption') }), head, body]);
    return h('div', { class: 'table-wrap' }, [this.table]);
  }

  buildDerived() {
    const { lang, dataset } = this;
    this.derivedCells = new Map();
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
    const unit = this.units.get(plan.unit);
    this.keyProjectShares = new Map();
    const planRows = plan.fields.map((field) => {
      const share = h('td', { 'data-plan-share': field.id });
      this.keyProjectShares.set(field.id, share);
      return h('tr', {}, [
        h('th', { scope: 'row', text: lang === 'zh' ? field.nameZh : field.nameEn }),
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
          h('th', { scope: 'row', text: lang === 'zh' ? '合计' : 'Total' }),
          h('td', { text: amount(lang, plan.total.value, unit) }),
          h('td', { text: '100%' }),
        ]),
        h('tr', {}, [h('th', { scope: 'row', text: t(lang, 'keyProjectsShareOfFai') }), h('td'), this.keyProjectsToFai]),
      ]),
    ]);
    return h('section', { class: 'derived', 'aria-labelledby': 'derived-title' }, [
      h('h2', { id: 'derived-title', text: t(lang, 'derived') }),
      this.derivedList,
      planTable,
      h('p', { class: 'hint', text: t(lang, 'keyProjectsNote') }),
    ]);
  }

  /** The other targets' panel; its list comes with the full module, when first opened. */
  buildOtherTargets() {
    const { lang } = this;
    this.otherTargetsList = h('ul', {}, this.otherTargets ? this.otherTargetItems(this.otherTargets) : [h('li', { class: 'hint', text: t(lang, 'moreLoading') })]);
    const panel = h('details', { class: 'other-targets no-print', ontoggle: () => panel.open && !this.otherTargets && this.actions.loadOtherTargets() }, [
      h('summary', { text: t(lang, 'otherTargets') }),
      this.otherTargetsList,
    ]);
    return panel;
  }

  /** Fills the other targets' panel (and keeps the list for rebuilds in the other language). */
  showOtherTargets(targets) {
    this.otherTargets = targets;
    this.otherTargetsList.replaceChildren(...this.otherTargetItems(targets));
  }

  otherTargetItems(targets) {
    const { lang } = this;
    return targets.map((target) => {
      const unitText = lang === 'zh' ? target.unitZh : target.unitEn;
      const value = `${number(lang, target.value)}${lang === 'zh' ? '' : ' '}${unitText}`;
      const shown = targetText(lang, target.qualifier, value);
      const actual = target.actual2023
        ? h('span', { class: 'actual', text: ` · ${t(lang, 'actual2023')} ${number(lang, target.actual2023.value)}${lang === 'zh' ? '' : ' '}${unitText}` })
        : null;
      return h('li', {}, [
        h('span', { class: 'other-name', text: `${lang === 'zh' ? target.nameZh : target.nameEn}:` }),
        h('strong', { text: shown }),
        actual,
        h('q', { lang: 'zh-CN', class: 'other-quote', text: target.quote }),
      ]);
    });
  }

  buildPrintFooter() {
    const { lang } = this;
    this.printLink = h('p', { class: 'print-link' });
    this.qr = svg('svg', { class: 'qr', role: 'img', 'aria-label': t(lang, 'qrLabel') });
    this.qrPath = svg('path');
    const background = svg('rect', { width: '100%', height: '100%', fill: '#fff' });
    this.qr.append(background, this.qrPath);
    return h('footer', { class: 'print-footer print-only' }, [
      h('div', {}, [h('p', { class: 'print-link-label', text: t(lang, 'printLink') }), this.printLink, h('p', { class: 'printed-on' })]),
      this.qr,
    ]);
  }

  /** Writes a projection into the nodes built for it. */
  update(state, projection, pinned, url) {
    const { lang } = this;
    const focused = document.activeElement;
    const sectors = state.scenario.gdpMode === 'sectors';
    for (const row of projection.rows) {
      const view = this.rows.get(row.id);
      const { cells, unit, control } = view;
      const derivedGdp = row.growthDerived;
      this.setControl(control, derivedGdp ? row.growth : state.scenario.growth[row.id], focused, derivedGdp);
      view.derivedNote.hidden = !derivedGdp;
      setText(cells.projected, row.hasLevel
        ? amount(lang, row.projected, unit, { decimals: unit.decimals })
        : number(lang, row.projected, { decimals: unit.decimals }));
      if (row.target) {
        const target = row.target;
        const growth = targetText(lang, target.qualifier, percent(lang, target.growth));
        const level = row.hasLevel ? amount(lang, target.level, unit, { decimals: unit.decimals }) : number(lang, target.level, { decimals: unit.decimals });
        setText(cells.target, `${growth} → ${level}`);
        const gapLevel = row.hasLevel ? amount(lang, target.gapLevel, unit, { decimals: unit.decimals, signed: true }) : number(lang, target.gapLevel, { decimals: unit.decimals, signed: true });
        setText(cells.gap, `${gapLevel} / ${t(lang, 'points', { value: number(lang, target.gapPoints, { decimals: 2, signed: true }) })}`);
      } else {
        setText(cells.target, t(lang, 'noTarget'));
        setText(cells.gap, '—');
      }
      if (view.row.dataset.status !== row.status || !cells.status.firstChild) {
        const status = STATUS[row.status];
        cells.status.replaceChildren(
          h('span', { class: 'status-glyph', 'aria-hidden': 'true', text: status.glyph }),
          h('span', { class: 'status-text', text: t(lang, status.key) }),
        );
        view.row.dataset.status = row.status;
      }
    }
    this.setControl(this.deflatorControl, state.scenario.deflator, focused, false);
    this.modeSwitch.checked = sectors;
    this.updateDerived(projection);
    this.chart.update(projection, pinned);
    this.analysis.update(state, projection, pinned);
    for (const [id, button] of this.presetButtons) button.setAttribute('aria-pressed', String(id === state.activePreset));
    this.shareField.value = url;
    setText(this.printLink, url);
  }

  setControl(control, value, focused, disabled) {
    const { slider, box } = control;
    if (control.shown !== value) {
      control.shown = value;
      slider.value = value;
      slider.setAttribute('aria-valuetext', t(this.lang, 'growthValueText', { value: number(this.lang, value) }));
    }
    // Never rewrite the box someone is typing in: it would move the caret and eat "6.".
    if ((box !== focused || disabled) && box.value !== value) box.value = value;
    if (slider.disabled !== disabled) {
      slider.disabled = disabled;
      box.disabled = disabled;
    }
    if (!disabled && box !== focused) this.clearFieldError(control.field);
  }

  updateDerived(projection) {
    const { lang } = this;
    const d = projection.derived;
    const set = (id, text) => setText(this.derivedCells.get(id), text);
    const gdpUnit = this.units.get('yi_yuan');
    set('impliedGdp', `${percent(lang, d.impliedGdpGrowth, { decimals: 2 })} (${t(lang, 'impliedGdpLevel')} ${amount(lang, d.impliedGdpLevel, gdpUnit, { decimals: 2 })})`);
    const ratio = (shares) => shares.map((s) => number(lang, s, { decimals: 2 })).join(' : ');
    set('structure', `2023 ${ratio(d.structure2023)} → 2024 ${ratio(d.structure2024)} (${t(lang, 'structureReported', { value: this.dataset.structure2023.value })})`);
    set('urbanRural', `2023 ${number(lang, d.urbanRuralRatio2023, { decimals: 2 })} : 1 → 2024 ${number(lang, d.urbanRuralRatio2024, { decimals: 2 })} : 1`);
    set('budgetToGdp', `2023 ${percent(lang, d.budgetRevenueToGdp2023, { decimals: 2 })} → 2024 ${percent(lang, d.budgetRevenueToGdp2024, { decimals: 2 })}`);
    set('faiToGdp', `2023 ${percent(lang, d.faiToGdp2023, { decimals: 2 })} → 2024 ${percent(lang, d.faiToGdp2024, { decimals: 2 })}`);
    set('nominalGdp', amount(lang, d.nominalGdp2024, gdpUnit, { decimals: 2 }));
    for (const share of d.keyProjects) this.keyProjectShares.get(share.id).textContent = percent(lang, share.share, { decimals: 2 });
    setText(this.keyProjectsToFai, percent(lang, d.keyProjectsToFai2024, { decimals: 2 }));
  }

  /** Shows an error beside a field; the scenario keeps its last valid value. */
  showFieldError(field, error, range) {
    const control = field === 'deflator' ? this.deflatorControl : this.rows.get(field)?.control;
    if (!control) return;
    setText(control.error, errorText(this.lang, error, { min: number(this.lang, range.min), max: number(this.lang, range.max) }));
    control.box.setAttribute('aria-invalid', 'true');
  }

  clearFieldError(field) {
    const control = field === 'deflator' ? this.deflatorControl : this.rows.get(field)?.control;
    if (!control || !control.error.textContent) return;
    setText(control.error, '');
    control.box.removeAttribute('aria-invalid');
  }

  /** Shows a finished Monte Carlo run: probability and 90% range per row, bars on the chart. */
  showUncertainty(result) {
    const { lang } = this;
    this.table.classList.add('has-mc');
    for (const mc of result.rows) {
      const view = this.rows.get(mc.id);
      if (!view) continue;
      const { cells, unit, indicator } = view;
      cells.probability.textContent = mc.probability === undefined || mc.probability === null ? '—' : percent(lang, mc.probability, { decimals: 1 });
      const show = (v) => (indicator.value2023 ? amount(lang, v, unit, { decimals: unit.decimals }) : number(lang, v, { decimals: 2 }));
      cells.interval.textContent = `${show(mc.p5)} – ${show(mc.p95)}`;
    }
    this.chart.showIntervals(result);
    this.analysis.showUncertaintyStatus(t(lang, 'mcDone', { draws: number(lang, String(result.draws)), seed: result.seed }));
    this.analysis.showUncertaintyError(null);
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

  /** Draws the QR code of the share link for the printed brief. */
  drawQr(qr, printedOn) {
    this.qr.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
    this.qrPath.setAttribute('d', qr.path);
    this.app.querySelector('.printed-on').textContent = `${t(this.lang, 'printedOn')}: ${printedOn}`;
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
}
