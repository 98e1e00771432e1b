// @ts-check
// The analysis section: goal seek with "apply", the sensitivity tornado, the uncertainty
// settings, and pinned scenarios compared side by side. Built with DOM calls only; the
// numbers come from the full WASM module. The page imports this module together with that
// one, when a reader first nears the section (until then `AnalysisSlot` stands in).
import './strings-more.js';
import { t, errorText, fieldErrorText, targetText, STATUS, spaced } from './strings.js';
import { number, percent, amount, shiftPoint, unitLabel, scaled, shortName } from './format.js';
import { h, svg, wide, setFigures, setText } from './dom.js';
import { PIN_GLYPHS } from './chart.js';
import { writeChance } from './uncertainty.js';

/**
 * @import { DecimalString, Goal, GoalSeek, Indicator, Lang, McResult, Projection, Row, Scenario, Swing } from '../pkg/longgang_sim.js'
 * @import { FullApi, PageDataset, SimError, Unit } from './wasm.js'
 * @import { Actions } from './render.js'
 * @import { PageState, Pin } from './state.js'
 */

const OUTPUTS = [
  ['gdp_growth', 'outputGdpGrowth'],
  ['urban_rural_ratio', 'outputUrbanRural'],
  ['budget_to_gdp', 'outputBudgetToGdp'],
  ['fai_to_gdp', 'outputFaiToGdp'],
];
const SECTORS = ['primary', 'secondary', 'tertiary'];

/**
 * Units a typed goal level may carry, and how many places each moves the point to reach
 * the dataset's unit: "450亿元" and "45 bn yuan" are the same level. A level without a unit
 * is in the unit the page shows (亿元 in Chinese, bn yuan in English).
 */
/** @type {Record<string, [pattern: RegExp, places: number][]>} */
const LEVEL_UNITS = {
  yi_yuan: [[/^(.*?)\s*[亿億]元?$/, 0], [/^(.*?)\s*(?:bn|billion)(?:\s*yuan)?$/i, 1]],
  yuan: [[/^(.*?)\s*元$/, 0], [/^(.*?)\s*yuan$/i, 0]],
  index: [],
};
/** Example levels for the message that asks for a level, in the dataset's unit. */
/** @type {Record<string, string>} */
const LEVEL_EXAMPLES = { yi_yuan: '450', yuan: '70000', index: '108' };

/**
 * Full-width digits, point and signs (as a Chinese input method types them) as ASCII.
 * @param {string} text
 */
function foldFullWidth(text) {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.').replace(/[－−]/g, '-').replace(/＋/g, '+');
}

/**
 * Moves the point of a plain decimal string `places` to the right, exactly ("43.611" → "436.11").
 * @param {DecimalString} value
 * @param {number} places
 */
function shiftRight(value, places) {
  if (!places) return value;
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = fraction.padEnd(places, '0');
  const head = `${whole}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(places);
  return `${negative ? '-' : ''}${head}${rest ? `.${rest}` : ''}`;
}

/**
 * One analysis, under its question: open from the start on wide screens, a closed
 * <details> on phones, so the section is four questions to choose from there.
 * @param {string} className
 * @param {string} title
 * @param {import('./dom.js').Child[]} children
 */
function part(className, title, children) {
  return h('details', { class: `analysis-part foldable ${className}`.trim(), open: wide() }, [
    h('summary', {}, [h('h3', { text: title })]),
    ...children,
  ]);
}

export class AnalysisView {
  /**
   * `maxPins`: how many scenarios may be pinned (the share link carries at most so many).
   * @param {FullApi} api
   * @param {PageDataset} dataset
   * @param {Actions} actions
   * @param {number} maxPins
   */
  constructor(api, dataset, actions, maxPins) {
    this.api = api;
    this.dataset = dataset;
    this.actions = actions;
    this.maxPins = maxPins;
    /** @type {Map<string, Indicator>} */
    this.byId = new Map(dataset.indicators.map((i) => [i.id, i]));
    /** @type {Map<string, Unit>} */
    this.units = new Map(dataset.units.map((u) => [u.id, u]));
    // Made by build() and the parts it builds:
    /** @type {Lang} */
    this.lang;
    /** @type {HTMLSelectElement} */
    this.goalIndicator;
    /** @type {HTMLSelectElement} */
    this.goalKind;
    /** @type {HTMLParagraphElement} */
    this.goalNote;
    /** @type {HTMLInputElement} */
    this.goalLevel;
    /** @type {HTMLLabelElement} */
    this.goalLevelLabel;
    /** @type {HTMLSelectElement} */
    this.goalSolve;
    /** @type {HTMLLabelElement} */
    this.goalSolveLabel;
    /** @type {HTMLParagraphElement} */
    this.goalAnswer;
    /** @type {HTMLButtonElement} */
    this.goalApply;
    /** @type {HTMLDetailsElement} how the answer is made */
    this.goalWhy;
    /** @type {HTMLDivElement} */
    this.goalWhyBody;
    /** @type {{ id: string, goal: Goal, solveFor: string | undefined } | null} what the answer shown was asked with */
    this.goalArgs = null;
    /** @type {HTMLSelectElement} which end of which bar is explained */
    this.tornadoEnd;
    /** @type {HTMLDetailsElement} */
    this.tornadoWhy;
    /** @type {HTMLDivElement} */
    this.tornadoWhyBody;
    /** @type {HTMLSelectElement} */
    this.tornadoOutput;
    /** @type {SVGSVGElement} */
    this.tornado;
    /** @type {SVGTitleElement} */
    this.tornadoTitle;
    /** @type {SVGGElement} */
    this.tornadoBody;
    /** @type {HTMLOListElement} */
    this.tornadoList;
    /** @type {HTMLElement} */
    this.tornadoCaption;
    /** @type {HTMLParagraphElement} */
    this.tornadoNote;
    /** @type {HTMLElement} */
    this.tornadoFigure;
    /** @type {HTMLInputElement} */
    this.correlation;
    /** @type {HTMLOutputElement} */
    this.correlationValue;
    /** @type {HTMLInputElement} */
    this.seed;
    /** @type {Map<string, HTMLInputElement>} */
    this.spreadInputs;
    /** @type {HTMLParagraphElement} */
    this.mcStatus;
    /** @type {HTMLParagraphElement} */
    this.mcError;
    /** @type {Map<string, { probability: HTMLTableCellElement, interval: HTMLTableCellElement }>} */
    this.mcCells;
    /** @type {HTMLInputElement} */
    this.pinNameInput;
    /** @type {HTMLButtonElement} */
    this.pinButton;
    /** @type {HTMLSpanElement} */
    this.pinLimit;
    /** @type {HTMLParagraphElement} */
    this.pinMessage;
    /** @type {string | null} the scenario (as JSON) the pin message is about */
    this.pinMessageKey;
    /** @type {HTMLUListElement} */
    this.pinList;
    /** @type {HTMLTableElement} */
    this.compareTable;
    /** @type {HTMLDivElement} */
    this.compareRegion;
    /** @type {HTMLParagraphElement} */
    this.compareNote;
    /** @type {ResizeObserver | undefined} */
    this.compareObserver;
    // What the latest update, settle and run gave (see update, settle, showUncertaintyResults):
    /** @type {PageState} */
    this.state;
    /** @type {Scenario} */
    this.scenario;
    /** @type {Projection | undefined} */
    this.projection;
    /** @type {string | null} the pins (as JSON) the list shows */
    this.pinsKey;
    /** @type {GoalSeek | null | undefined} */
    this.goalResult;
    /** @type {McResult | undefined} */
    this.mcResult;
  }

  /** @param {string} id */
  name(id) {
    if (id === 'deflator') return t(this.lang, 'deflator');
    const indicator = /** @type {Indicator} */ (this.byId.get(id));
    return indicator.name[this.lang];
  }

  /**
   * The name a sentence uses: in English the short one ("GDP", "Exports").
   * @param {string} id
   */
  shortName(id) {
    if (id === 'deflator') return this.name(id);
    return shortName(this.lang, /** @type {Indicator} */ (this.byId.get(id)));
  }

  /** @param {Lang} lang */
  build(lang) {
    this.lang = lang;
    this.pinsKey = null;
    this.compareObserver?.disconnect();
    return h('section', { class: 'analysis', 'aria-labelledby': 'analysis-title' }, [
      h('h2', { id: 'analysis-title', text: t(lang, 'analysis') }),
      this.buildGoal(),
      this.buildTornado(),
      this.buildUncertainty(),
      this.buildCompare(),
    ]);
  }

  buildGoal() {
    const { lang } = this;
    this.goalIndicator = h('select', { id: 'goal-indicator', onchange: () => this.chooseGoalIndicator() },
      this.dataset.indicators.map((i) => h('option', { value: i.id, text: this.name(i.id) })));
    this.goalKind = h('select', { id: 'goal-kind', onchange: () => this.chooseGoalKind() }, [
      h('option', { value: 'official', text: t(lang, 'goalOfficial') }),
      h('option', { value: 'level', text: t(lang, 'goalLevel') }),
    ]);
    this.goalNote = h('p', { id: 'goal-note', class: 'hint goal-note', hidden: true });
    this.goalLevel = h('input', { id: 'goal-level', type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'number-box wide', 'aria-describedby': 'goal-answer', oninput: () => this.updateGoal() });
    this.goalLevelLabel = h('label', { for: 'goal-level' });
    this.goalSolve = h('select', { id: 'goal-solve', onchange: () => this.updateGoal() }, [
      h('option', { value: '', text: t(lang, 'goalSolveSelf') }),
      ...SECTORS.map((id) => h('option', { value: id, text: this.name(id) })),
    ]);
    this.goalSolveLabel = h('label', { for: 'goal-solve', text: t(lang, 'goalSolveFor') });
    this.goalAnswer = h('p', { id: 'goal-answer', class: 'goal-answer', 'aria-live': 'polite' });
    this.goalApply = h('button', { type: 'button', id: 'goal-apply', text: t(lang, 'goalApply'), onclick: () => this.applyGoal() });
    // How the answer is made, on demand (the core's explanation, as a row's working).
    this.goalWhyBody = h('div', { class: 'working', 'aria-live': 'polite' });
    this.goalWhy = h('details', { class: 'goal-why', ontoggle: () => this.showGoalWorking() }, [
      h('summary', { text: t(lang, 'explainGoalWhy') }),
      this.goalWhyBody,
    ]);
    this.refreshGoalControls(false);
    return part('goal', t(lang, 'goalSeek'), [
      h('div', { class: 'analysis-controls' }, [
        h('label', { for: 'goal-indicator', text: t(lang, 'goalIndicator') }), this.goalIndicator,
        h('label', { for: 'goal-kind', text: t(lang, 'goalKind') }), this.goalKind,
        this.goalLevelLabel, this.goalLevel,
        this.goalSolveLabel, this.goalSolve,
      ]),
      this.goalNote,
      h('div', { class: 'goal-result' }, [this.goalAnswer, this.goalApply]),
      this.goalWhy,
    ]);
  }

  /**
   * Another indicator: its target when it has one, else a level to type, started at its
   * projected 2024 level, so every choice has an answer at once.
   */
  chooseGoalIndicator() {
    const hasTarget = Boolean(/** @type {Indicator} */ (this.byId.get(this.goalIndicator.value)).target);
    this.goalKind.value = hasTarget ? 'official' : 'level';
    if (!hasTarget) this.fillProjectedLevel();
    this.refreshGoalControls();
  }

  chooseGoalKind() {
    if (this.goalKind.value === 'level') this.fillProjectedLevel();
    this.refreshGoalControls();
  }

  /** Puts the indicator's projected 2024 level in the level box, in the unit the page shows. */
  fillProjectedLevel() {
    const id = this.goalIndicator.value;
    const row = this.projection?.rows.find((r) => r.id === id);
    if (!row) return;
    const indicator = /** @type {Indicator} */ (this.byId.get(id));
    const unit = /** @type {Unit} */ (this.units.get(indicator.unit));
    const shift = scaled(this.lang) && indicator.base ? unit.enShift ?? 0 : 0;
    this.goalLevel.value = shiftPoint(row.projected, shift);
  }

  refreshGoalControls(update = true) {
    const { lang } = this;
    const id = this.goalIndicator.value;
    const indicator = /** @type {Indicator} */ (this.byId.get(id));
    const hasTarget = Boolean(indicator.target);
    if (!hasTarget) this.goalKind.value = 'level';
    /** @type {HTMLOptionElement} */ (this.goalKind.querySelector('option[value="official"]')).disabled = !hasTarget;
    this.goalNote.hidden = hasTarget;
    this.goalNote.textContent = hasTarget ? '' : t(lang, 'goalNoTarget', { name: this.sentenceName(id) });
    const level = this.goalKind.value === 'level';
    this.goalLevel.hidden = this.goalLevelLabel.hidden = !level;
    this.goalLevelLabel.textContent = indicator.base
      ? t(lang, 'goalLevelValue', { unit: unitLabel(lang, /** @type {Unit} */ (this.units.get(indicator.unit))) })
      : t(lang, 'goalLevelIndex');
    const gdp = id === 'gdp';
    this.goalSolve.hidden = this.goalSolveLabel.hidden = !gdp;
    if (!gdp) this.goalSolve.value = '';
    if (update) this.updateGoal();
  }

  /** A name inside a sentence: in English lower-cased unless it is an acronym ("exports", "GDP"). */
  /** @param {string} id */
  sentenceName(id) {
    const name = this.shortName(id);
    if (!scaled(this.lang) || /^[A-Z]{2}/.test(name)) return name;
    return name.charAt(0).toLowerCase() + name.slice(1);
  }

  /**
   * The typed level in the dataset's unit ("450", "450亿", "450亿元"; in English "45",
   * "45 bn yuan"), or null when the text is not a level.
   */
  /**
   * @param {string} text
   * @param {Indicator} indicator
   */
  typedLevel(text, indicator) {
    let body = foldFullWidth(text.trim());
    let shift = scaled(this.lang) && indicator.base ? /** @type {Unit} */ (this.units.get(indicator.unit)).enShift ?? 0 : 0;
    for (const [pattern, places] of LEVEL_UNITS[indicator.base ? indicator.unit : 'index'] ?? []) {
      const match = body.match(pattern);
      if (match) {
        body = match[1];
        shift = places;
        break;
      }
    }
    // Thousands separators as people type them: "1,288.98".
    body = body.trim().replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/^\+/, '');
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(body)) return null;
    return shiftRight(body, shift);
  }

  /** "请输入金额,例如 450 或 450亿元。": an example of a level, in the page's language. */
  /** @param {Indicator} indicator */
  levelExample(indicator) {
    const { lang } = this;
    if (!indicator.base) return t(lang, 'goalLevelInvalidIndex', { example: LEVEL_EXAMPLES.index });
    const unit = /** @type {Unit} */ (this.units.get(indicator.unit));
    const shift = scaled(lang) ? unit.enShift ?? 0 : 0;
    const example = number(lang, shiftPoint(LEVEL_EXAMPLES[indicator.unit] ?? '100', shift), { decimals: 0 }).replace(/,/g, '');
    const withUnit = `${example}${spaced(lang) ? ' ' : ''}${unitLabel(lang, unit)}`;
    return t(lang, 'goalLevelInvalid', { example, withUnit });
  }

  updateGoal() {
    const { lang } = this;
    const id = this.goalIndicator.value;
    const indicator = /** @type {Indicator} */ (this.byId.get(id));
    const solveFor = this.goalSolve.value || undefined;
    this.goalResult = null;
    this.goalApply.disabled = true;
    this.goalWhy.hidden = true;
    /** @type {Goal} */
    let goal = { kind: 'official' };
    if (this.goalKind.value === 'level') {
      if (!this.goalLevel.value.trim()) {
        this.goalAnswer.textContent = t(lang, 'goalLevelEmpty');
        return;
      }
      const value = this.typedLevel(this.goalLevel.value, indicator);
      if (value === null) {
        this.goalAnswer.textContent = this.levelExample(indicator);
        return;
      }
      goal = { kind: 'level', value };
    }
    let answer;
    try {
      answer = this.api.goalSeek(this.scenario, id, goal, solveFor);
    } catch (error) {
      // The core's functions fail with SimErrors only.
      this.goalAnswer.textContent = /** @type {SimError} */ (error).code === 'not_a_number' ? this.levelExample(indicator) : fieldErrorText(lang, /** @type {SimError} */ (error), {});
      return;
    }
    const unit = /** @type {Unit} */ (this.units.get(indicator.unit));
    const level = indicator.base ? amount(lang, answer.level, unit, { decimals: unit.decimals }) : number(lang, answer.level, { decimals: 2 });
    const solved = this.shortName(answer.solvedFor);
    // "Exports need", "GDP needs": the English names that end in "s" are plurals (the
    // Chinese words are the same for both).
    const values = { solved, needs: t(lang, scaled(lang) && solved.endsWith('s') ? 'goalNeedsPlural' : 'goalNeeds'), growth: number(lang, answer.growth, { decimals: 2 }), indicator: this.shortName(id), level };
    // "GDP needs to grow 6.50% to reach its target": the indicator is named once when it is
    // its own subject; a sector's answer names both.
    const own = answer.solvedFor === id;
    let text;
    if (goal.kind === 'official') {
      // An official goal is there only for an indicator with a target.
      const target = /** @type {NonNullable<Indicator['target']>} */ (indicator.target);
      text = t(lang, own ? 'goalAnswerOfficialOwn' : 'goalAnswerOfficial', { ...values, target: targetText(lang, target.qualifier, percent(lang, target.value)) });
    } else {
      text = t(lang, own ? 'goalAnswerOwn' : 'goalAnswer', values);
    }
    if (!answer.withinRange) {
      const range = /** @type {Indicator} */ (this.byId.get(answer.solvedFor)).range;
      text += ` ${t(lang, 'goalOutside', { min: number(lang, range.min), max: number(lang, range.max) })}`;
    }
    setFigures(this.goalAnswer, text);
    this.goalResult = answer;
    this.goalApply.disabled = !answer.withinRange;
    this.goalArgs = { id, goal, solveFor };
    this.goalWhy.hidden = false;
    this.showGoalWorking();
  }

  /** Writes how the goal seek's answer is made into its disclosure, while it is open. */
  async showGoalWorking() {
    if (!this.goalWhy.open || !this.goalArgs) return;
    const { id, goal, solveFor } = this.goalArgs;
    const { working } = await import('./explain-view.js');
    let nodes;
    try {
      nodes = working(this.lang, this.api.explainGoalSeek(this.scenario, id, goal, solveFor, this.lang), null);
    } catch (error) {
      nodes = [h('p', { class: 'field-error', text: fieldErrorText(this.lang, /** @type {SimError} */ (error), {}) })];
    }
    this.goalWhyBody.replaceChildren(...nodes);
  }

  applyGoal() {
    const answer = this.goalResult;
    if (!answer) return;
    this.actions.applyGoal(answer.solvedFor, answer.growthApplicable, answer.solvedFor !== answer.indicator);
  }

  buildTornado() {
    const { lang } = this;
    this.tornadoOutput = h('select', { id: 'tornado-output', onchange: () => this.updateTornado() },
      OUTPUTS.map(([value, key]) => h('option', { value, text: t(lang, key) })));
    this.tornado = svg('svg', { class: 'tornado', role: 'img', 'aria-labelledby': 'tornado-title', 'aria-describedby': 'tornado-desc', viewBox: '0 0 640 40' });
    this.tornadoTitle = svg('title', { id: 'tornado-title' });
    const desc = svg('desc', { id: 'tornado-desc' });
    desc.textContent = t(lang, 'sensitivityDesc');
    this.tornadoBody = svg('g');
    this.tornado.append(this.tornadoTitle, desc, this.tornadoBody);
    this.tornadoList = h('ol', { class: 'tornado-list visually-hidden' });
    // Shown on phones only, where the list stands in for the chart (and its title).
    this.tornadoCaption = h('figcaption', { class: 'tornado-caption' });
    this.tornadoNote = h('p', { class: 'hint tornado-note' });
    // How each end of a bar is made, on demand: one bar's end chosen, its working shown.
    this.tornadoEnd = h('select', { id: 'tornado-end', onchange: () => this.showTornadoWorking() });
    this.tornadoWhyBody = h('div', { class: 'working', 'aria-live': 'polite' });
    this.tornadoWhy = h('details', { class: 'tornado-why', ontoggle: () => this.showTornadoWorking() }, [
      h('summary', { text: t(lang, 'explainGoalWhy') }),
      h('div', { class: 'analysis-controls' }, [h('label', { for: 'tornado-end', text: t(lang, 'explainTornadoEnd') }), this.tornadoEnd]),
      this.tornadoWhyBody,
    ]);
    return part('', t(lang, 'sensitivity'), [
      h('div', { class: 'analysis-controls' }, [h('label', { for: 'tornado-output', text: t(lang, 'sensitivityOutput') }), this.tornadoOutput]),
      this.tornadoNote,
      (this.tornadoFigure = h('figure', { class: 'tornado-figure', hidden: true }, [this.tornadoCaption, this.tornado, this.tornadoList])),
      this.tornadoWhy,
    ]);
  }

  /** Writes how the chosen end of a tornado bar is made, while its disclosure is open. */
  async showTornadoWorking() {
    const [id, end] = this.tornadoEnd.value.split('|');
    if (!this.tornadoWhy.open || !id) return;
    const { working } = await import('./explain-view.js');
    let nodes;
    try {
      nodes = working(this.lang, this.api.explainSensitivity(this.scenario, this.tornadoOutput.value, id, /** @type {'low' | 'high'} */ (end), this.lang), null);
    } catch (error) {
      nodes = [h('p', { class: 'field-error', text: errorText(this.lang, /** @type {SimError} */ (error)) })];
    }
    this.tornadoWhyBody.replaceChildren(...nodes);
  }

  updateTornado() {
    const { lang } = this;
    const output = this.tornadoOutput.value;
    this.tornadoNote.textContent = output === 'gdp_growth' ? t(lang, 'sensitivityGdpNote') : '';
    this.tornadoNote.hidden = output !== 'gdp_growth';
    let result;
    try {
      result = this.api.sensitivity(this.scenario, output);
    } catch (error) {
      this.tornadoTitle.textContent = errorText(lang, /** @type {SimError} */ (error));
      return;
    }
    const ratio = output === 'urban_rural_ratio';
    /** @param {DecimalString} value */
    const show = (value) => (ratio ? number(lang, value, { decimals: 4 }) : percent(lang, value, { decimals: 2 }));
    const outputName = t(lang, /** @type {string[]} */ (OUTPUTS.find(([v]) => v === output))[1]);
    this.tornadoTitle.textContent = t(lang, 'sensitivityTitle', { output: outputName, base: show(result.base) });
    this.tornadoCaption.textContent = this.tornadoTitle.textContent;
    this.tornadoFigure.hidden = false;
    const values = result.swings.flatMap((s) => [Number(s.lowOutput), Number(s.highOutput)]).concat(Number(result.base));
    const low = Math.min(...values);
    const high = Math.max(...values);
    const LABEL = 190;
    const WIDTH = 640;
    const RANGE_TEXT = 150;
    // "6.12% 至 7.03%": low to high, whichever end of the assumption gives which.
    /** @param {Swing} swing */
    const rangeText = (swing) => {
      const [a, b] = [swing.lowOutput, swing.highOutput].sort((p, q) => Number(p) - Number(q));
      return t(lang, 'rangeText', { low: show(a), high: show(b) });
    };
    /** @param {number} v */
    const x = (v) => LABEL + ((v - low) / (high - low || 1)) * (WIDTH - LABEL - RANGE_TEXT);
    const rows = result.swings.map((swing, i) => {
      const y = 8 + i * 26;
      const g = svg('g', { class: 'tornado-row', 'data-id': swing.id });
      const label = svg('text', { x: 0, y: y + 13, class: 'chart-label' });
      label.textContent = this.name(swing.id);
      const a = x(Number(swing.lowOutput));
      const b = x(Number(swing.highOutput));
      const bar = svg('rect', { x: Math.min(a, b), y: y + 2, width: Math.max(1, Math.abs(b - a)), height: 14, class: 'tornado-bar' });
      const range = svg('text', { x: WIDTH, y: y + 13, class: 'tornado-range' });
      range.textContent = rangeText(swing);
      g.append(label, bar, range);
      return g;
    });
    const height = 16 + result.swings.length * 26;
    const baseLine = svg('line', { x1: x(Number(result.base)), x2: x(Number(result.base)), y1: 0, y2: height, class: 'tornado-base' });
    this.tornado.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
    this.tornadoBody.replaceChildren(...rows, baseLine);
    this.tornadoList.replaceChildren(...result.swings.map((s) =>
      h('li', { text: `${this.name(s.id)}: ${rangeText(s)}` })));
    // Each bar's two ends, for its working; the choice stays where it still exists.
    const chosen = this.tornadoEnd.value;
    this.tornadoEnd.replaceChildren(...result.swings.flatMap((s) => [true, false].map((lowEnd) => h('option', {
      value: `${s.id}|${lowEnd ? 'low' : 'high'}`,
      text: t(lang, lowEnd ? 'explainTornadoLow' : 'explainTornadoHigh', { name: this.name(s.id), value: percent(lang, lowEnd ? s.lowInput : s.highInput) }),
    }))));
    if ([...this.tornadoEnd.options].some((o) => o.value === chosen)) this.tornadoEnd.value = chosen;
    this.showTornadoWorking();
  }

  buildUncertainty() {
    const { lang, actions } = this;
    this.correlation = h('input', { id: 'mc-correlation', type: 'range', min: '0', max: '0.95', step: '0.05', oninput: (e) => actions.setUncertainty({ correlation: /** @type {HTMLInputElement} */ (e.target).value }) });
    this.correlationValue = h('output', { for: 'mc-correlation', class: 'range-value' });
    this.seed = h('input', { id: 'mc-seed', type: 'text', inputmode: 'numeric', class: 'number-box', onchange: (e) => actions.setUncertainty({ seed: /** @type {HTMLInputElement} */ (e.target).value }) });
    this.spreadInputs = new Map();
    const spreads = this.dataset.indicators.map((i) => {
      const input = h('input', {
        id: `spread-${i.id}`, type: 'text', inputmode: 'decimal', class: 'number-box', 'aria-label': t(lang, 'spreadOf', { name: this.name(i.id) }),
        onchange: (e) => actions.setUncertainty({ spread: [i.id, /** @type {HTMLInputElement} */ (e.target).value] }),
      });
      this.spreadInputs.set(i.id, input);
      return h('label', { class: 'spread' }, [h('span', { text: this.name(i.id) }), input]);
    });
    this.mcStatus = h('p', { id: 'mc-status', class: 'hint', 'aria-live': 'polite' });
    this.mcError = h('p', { class: 'field-error', id: 'mc-error' });
    // Per target: the chance of meeting it and the 90% range, filled by each finished run.
    this.mcCells = new Map();
    const rows = this.dataset.indicators.filter((i) => i.target).map((i) => {
      const cells = {
        probability: h('td', { class: 'mc-probability', text: '…' }),
        interval: h('td', { class: 'mc-interval', text: '…' }),
      };
      this.mcCells.set(i.id, cells);
      return h('tr', { 'data-id': i.id }, [h('th', { scope: 'row', text: this.shortName(i.id) }), cells.probability, cells.interval]);
    });
    const results = h('div', { class: 'table-scroll mc-results-region' }, [
      h('table', { id: 'mc-results', class: 'mc-results' }, [
        h('caption', { text: t(lang, 'mcResultsCaption') }),
        h('thead', {}, [h('tr', {}, [
          h('th', { scope: 'col', text: t(lang, 'colIndicator') }),
          h('th', { scope: 'col', text: t(lang, 'colProbability') }),
          h('th', { scope: 'col', text: t(lang, 'colInterval') }),
        ])]),
        h('tbody', {}, rows),
      ]),
    ]);
    if (this.mcResult) this.showUncertaintyResults(this.mcResult);
    return part('', t(lang, 'uncertainty'), [
      h('p', { class: 'hint', text: t(lang, 'uncertaintyHelp') }),
      h('p', { class: 'hint mc-terms', text: t(lang, 'uncertaintyTerms') }),
      h('div', { class: 'analysis-controls' }, [
        h('label', { for: 'mc-correlation', text: t(lang, 'correlation') }), this.correlation, this.correlationValue,
        h('label', { for: 'mc-seed', text: t(lang, 'seed') }), this.seed,
      ]),
      h('details', { class: 'spreads' }, [h('summary', { text: t(lang, 'spreads') }), h('div', { class: 'spread-grid' }, spreads)]),
      this.mcStatus,
      this.mcError,
      results,
      h('p', { class: 'hint mc-note', text: t(lang, 'uncertaintyNote') }),
    ]);
  }

  buildCompare() {
    const { lang } = this;
    this.pinNameInput = h('input', { id: 'pin-name', type: 'text', maxlength: '40', autocomplete: 'off' });
    this.pinButton = h('button', { type: 'button', id: 'pin-current', text: t(lang, 'pinCurrent'), 'aria-describedby': 'pin-limit', onclick: () => this.pinCurrent() });
    this.pinLimit = h('span', { id: 'pin-limit', class: 'hint pin-limit' });
    this.pinMessage = h('p', { id: 'pin-message', class: 'hint', 'aria-live': 'polite' });
    this.pinMessageKey = null;
    this.pinList = h('ul', { class: 'pins' });
    this.compareTable = h('table', { id: 'compare', class: 'compare' });
    // A region, and a stop for the keyboard, only while it holds a table wider than itself.
    this.compareRegion = h('div', { class: 'table-scroll compare-region', role: 'region', 'aria-labelledby': 'compare-caption', hidden: true }, [this.compareTable]);
    this.compareObserver = new ResizeObserver(() => this.markScrollable());
    this.compareObserver.observe(this.compareRegion);
    this.compareObserver.observe(this.compareTable);
    return part('', t(lang, 'compare'), [
      h('div', { class: 'analysis-controls' }, [h('label', { for: 'pin-name', text: t(lang, 'pinName') }), this.pinNameInput, this.pinButton, this.pinLimit]),
      this.pinMessage,
      this.pinList,
      (this.compareNote = h('p', { class: 'hint compare-note', hidden: true, text: t(lang, 'compareNote') })),
      this.compareRegion,
    ]);
  }

  markScrollable() {
    const region = this.compareRegion;
    if (!region.hidden && region.scrollWidth > region.clientWidth + 1) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
  }

  /** Pins the scenario, unless a pin already holds exactly it (that column would be all zeros). */
  pinCurrent() {
    const { state } = this;
    const link = this.api.encodeScenario(state.scenario);
    const same = state.pins.find((pin) => pin.link === link);
    if (same) {
      this.pinMessage.textContent = t(this.lang, 'pinIdentical', { name: same.name });
      this.pinMessageKey = JSON.stringify(state.scenario);
      return;
    }
    this.actions.pin(this.pinNameInput.value);
    this.pinNameInput.value = '';
  }

  /**
   * Everything that depends on the scenario but can wait for input to settle.
   * @param {PageState} state
   */
  settle(state) {
    this.scenario = state.scenario;
    this.updateGoal();
    this.updateTornado();
  }

  /**
   * Cheap updates done with every frame: controls' values and the comparison.
   * @param {PageState} state
   * @param {Projection} projection
   * @param {Projection[]} pinned the pinned scenarios' projections
   */
  update(state, projection, pinned) {
    const { lang } = this;
    this.scenario = state.scenario;
    const mc = state.uncertainty;
    this.correlation.value = mc.correlation;
    this.correlationValue.textContent = number(lang, mc.correlation, { decimals: 2 });
    this.correlation.setAttribute('aria-valuetext', number(lang, mc.correlation, { decimals: 2 }));
    if (document.activeElement !== this.seed) this.seed.value = String(mc.seed);
    for (const [id, input] of this.spreadInputs) if (document.activeElement !== input) input.value = mc.spreads[id];
    this.state = state;
    this.projection = projection;
    // The name a pin gets when none is typed: the preset's, on a preset (as main.js names it).
    const preset = this.dataset.presets.find((p) => p.id === state.activePreset);
    this.pinNameInput.placeholder = preset ? preset.name[lang] : t(lang, 'pinDefaultName', { n: state.pins.length + 1 });
    const full = state.pins.length >= this.maxPins;
    this.pinButton.disabled = full;
    setText(this.pinLimit, full ? t(lang, 'pinLimitFull', { max: this.maxPins }) : t(lang, 'pinLimitCount', { max: this.maxPins, n: state.pins.length }));
    if (this.pinMessageKey !== null && this.pinMessageKey !== JSON.stringify(state.scenario)) {
      this.pinMessage.textContent = '';
      this.pinMessageKey = null;
    }
    // The list changes only when pins do, not with every slider step.
    const pinsKey = JSON.stringify(state.pins.map((pin) => [pin.name, pin.link]));
    if (pinsKey !== this.pinsKey) this.renderPins(state.pins);
    this.pinsKey = pinsKey;
    this.updateCompare(projection, pinned, state.pins);
  }

  /** @param {Pin[]} pins */
  renderPins(pins) {
    const { lang } = this;
    this.pinList.replaceChildren(...pins.map((pin, i) => h('li', {}, [
      h('span', { class: `pin-mark pin-${i}`, 'aria-hidden': 'true', text: PIN_GLYPHS[i] }),
      h('span', { text: pin.name }),
      h('button', { type: 'button', class: 'pin-remove', 'aria-label': t(lang, 'pinRemove', { name: pin.name }), text: '×', onclick: () => this.actions.unpin(i) }),
    ])));
  }

  /**
   * @param {Projection} projection
   * @param {Projection[]} pinned
   * @param {Pin[]} pins
   */
  updateCompare(projection, pinned, pins) {
    const { lang } = this;
    if (!pins.length) {
      this.compareTable.replaceChildren();
      this.compareRegion.hidden = this.compareNote.hidden = true;
      this.markScrollable();
      return;
    }
    this.compareRegion.hidden = this.compareNote.hidden = false;
    const head = h('tr', {}, [
      h('th', { scope: 'col', text: t(lang, 'colIndicator') }),
      h('th', { scope: 'col', text: t(lang, 'colTarget') }),
      h('th', { scope: 'col', text: t(lang, 'compareCurrent') }),
      ...pins.map((pin) => h('th', { scope: 'col', text: pin.name })),
    ]);
    // Each scenario's standing against a target, by glyph and word as in the main table.
    /** @param {Row} row */
    const status = (row) => {
      if (!row.target) return [];
      const { glyph, key } = STATUS[row.status];
      return [h('span', { class: 'compare-status', 'data-status': row.status }, [
        h('span', { class: 'status-glyph', 'aria-hidden': 'true', text: glyph }),
        h('span', { text: t(lang, key) }),
      ])];
    };
    const rows = projection.rows.map((row, r) => {
      const unit = /** @type {Unit} */ (this.units.get(row.unit));
      const indicator = /** @type {Indicator} */ (this.byId.get(row.id));
      /** @type {(value: DecimalString, signed?: boolean) => string} */
      const show = (value, signed = false) => (row.hasLevel ? amount(lang, value, unit, { decimals: unit.decimals, signed }) : number(lang, value, { decimals: 2, signed }));
      const cells = pinned.map((other) => {
        const o = other.rows[r];
        const diff = this.api.difference(o.projectedExact, row.projectedExact, unit.decimals);
        return h('td', {}, [h('span', { class: 'compare-value', text: `${show(o.projected)} (${show(diff, true)}) · ${percent(lang, o.growth)}` }), ...status(o)]);
      });
      const target = indicator.target;
      return h('tr', { 'data-id': row.id }, [
        h('th', { scope: 'row', text: this.shortName(row.id) }),
        h('td', { class: 'compare-target', text: target ? targetText(lang, target.qualifier, percent(lang, target.value)) : t(lang, 'statusNoTarget') }),
        h('td', {}, [h('span', { class: 'compare-value', text: `${show(row.projected)} · ${percent(lang, row.growth)}` }), ...status(row)]),
        ...cells,
      ]);
    });
    // "7项达到目标" per scenario: met or exceeded, as the summary counts them.
    /** @param {Row[]} rows_ */
    const met = (rows_) => {
      const targeted = rows_.filter((row) => row.target);
      return t(lang, 'compareMet', { met: targeted.filter((row) => row.status !== 'short').length, total: targeted.length });
    };
    const count = h('tr', { class: 'compare-count' }, [
      h('th', { scope: 'row', colspan: '2', text: t(lang, 'compareMetRow') }),
      h('td', { text: met(projection.rows) }),
      ...pinned.map((other) => h('td', { text: met(other.rows) })),
    ]);
    this.compareTable.replaceChildren(
      // The section's heading and the note above the table say what it is on screen; a
      // visible caption would be cut off where the table scrolls sideways on a phone.
      h('caption', { id: 'compare-caption', class: 'visually-hidden', text: t(lang, 'compareCaption') }),
      h('thead', {}, [head]),
      h('tbody', {}, rows),
      h('tfoot', {}, [count]),
    );
  }

  /**
   * A finished Monte Carlo run: per target, the chance of meeting it and the 90% range.
   * @param {McResult} result
   */
  showUncertaintyResults(result) {
    const { lang } = this;
    this.mcResult = result;
    for (const mc of result.rows) {
      const cells = this.mcCells.get(mc.id);
      if (!cells) continue;
      const indicator = /** @type {Indicator} */ (this.byId.get(mc.id));
      writeChance(lang, cells, mc, indicator, /** @type {Unit} */ (this.units.get(indicator.unit)));
    }
  }

  /** @param {string} text */
  showUncertaintyStatus(text) {
    this.mcStatus.textContent = text;
  }

  /** @param {string | null} text */
  showUncertaintyError(text) {
    this.mcError.textContent = text ?? '';
  }
}
