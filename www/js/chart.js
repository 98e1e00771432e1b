// @ts-check
// The growth chart: one line per indicator with the 2024 assumption as a bar, the target as
// a vertical mark, the 2023 growth as a ring, the Monte Carlo's 90% range as a thin line
// and pinned scenarios as shapes, drawn as inline SVG with DOM calls. Its coordinates are
// CSS pixels (the viewBox follows the figure's width), so text keeps its size at every
// width: a label column beside the bars on wide screens, labels above the bars on phones.
// Each line has three zones side by side — label, plot, value — measured from the text they
// hold, and every mark is kept inside the plot, so no mark ever sits on a name or a figure.
// A legend in words sits under it, naming each pinned scenario; the description says which
// marks are drawn; the projection table is its text alternative. Printed, the chart is
// redrawn at the page's width with smaller marks (see printing below).
import './strings-more.js';
import { t, STATUS, spaced } from './strings.js';
import { number, shortName } from './format.js';
import { h, svg, place } from './dom.js';

/**
 * @import { Indicator, Lang, McResult, McRow, Projection } from '../pkg/longgang_sim.js'
 * @import { PageDataset } from './wasm.js'
 */
/**
 * One indicator's line: its marks, and the centre line `y` the layout gave it (undefined
 * where the layout leaves the line out).
 * @typedef {{ group: SVGGElement, label: SVGTextElement, bar: SVGRectElement, target: SVGLineElement, ring: SVGCircleElement, value: SVGTextElement, interval: SVGLineElement, pins: SVGPathElement[], indicator: Indicator, y?: number }} Mark
 */

/** Below this width (CSS px) each label goes above its bar. */
const NARROW = 560;
/** Widest share of the chart the label column may take before labels go above the bars. */
const LABEL_SHARE = 0.4;
/**
 * Marks for up to three pinned scenarios — diamond, square, star, centred on 0,0 — and the
 * same shapes as text. None is a status glyph (✓ ▼ ▲ –): one symbol, one meaning.
 */
export const PIN_SHAPES = ['M0 -6L6 0L0 6L-6 0Z', 'M-5 -5H5V5H-5Z', 'M0 -6.5L1.9 -2.1L6.5 -2L2.9 1L4 5.5L0 3L-4 5.5L-2.9 1L-6.5 -2L-1.9 -2.1Z'];
export const PIN_GLYPHS = ['◆', '■', '★'];
/** The printed chart: drawn at the A4 text width, in CSS px, with the print stylesheet's text size. */
const PRINT = { width: 700, font: 10 };
/** Half-heights of the marks on screen and in print. */
const SIZES = { screen: { bar: 7, tick: 9, ring: 5, pin: 1 }, print: { bar: 4, tick: 6, ring: 3.5, pin: 0.7 } };

// Only the chart on the page (the latest built) follows printing.
/** @type {Chart | null} */
let live = null;
const printMedia = typeof matchMedia === 'function' ? matchMedia('print') : null;
let printing = Boolean(printMedia?.matches);
/** @param {boolean} on */
const setPrinting = (on) => {
  printing = on;
  live?.draw();
};
addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(Boolean(printMedia?.matches)));
printMedia?.addEventListener('change', (event) => setPrinting(event.matches));

/**
 * Rounds the axis out to whole steps so gridlines fall on readable numbers.
 * @param {number[]} values
 */
function niceDomain(values) {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = high - low > 40 ? 10 : 5;
  return { low: Math.floor(low / step) * step, high: Math.max(step, Math.ceil(high / step) * step), step };
}

export class Chart {
  /**
   * @param {PageDataset} dataset
   * @param {Lang} lang
   */
  constructor(dataset, lang) {
    this.lang = lang;
    this.dataset = dataset;
    this.root = svg('svg', { class: 'chart', role: 'img', 'aria-labelledby': 'chart-title', 'aria-describedby': 'chart-desc' });
    const title = svg('title', { id: 'chart-title' });
    title.textContent = t(lang, 'chartTitle');
    this.desc = svg('desc', { id: 'chart-desc' });
    this.grid = svg('g', { class: 'grid' });
    place(this.root, title, this.desc, this.grid);
    /** @type {Map<string, Mark>} */
    this.marks = new Map();
    for (const indicator of dataset.indicators) {
      const group = svg('g', { class: 'chart-row', 'data-id': indicator.id });
      const label = svg('text', { class: 'chart-label' });
      label.textContent = shortName(lang, indicator);
      const bar = svg('rect', { class: 'bar' });
      const interval = svg('line', { class: 'interval', display: 'none' });
      const target = svg('line', { class: 'target-mark' });
      const ring = svg('circle', { class: 'growth-base' });
      const value = svg('text', { class: 'chart-value' });
      const pins = PIN_SHAPES.map((shape, i) => svg('path', { d: shape, class: `pin-mark pin-${i}`, 'data-glyph': PIN_GLYPHS[i], display: 'none' }));
      // The ring goes over the pins: hollow, it leaves them visible beneath it.
      place(group, label, interval, bar, target, ...pins, ring, value);
      place(this.root, group);
      this.marks.set(indicator.id, { group, bar, target, ring, value, interval, pins, indicator, label });
    }
    this.legendInterval = h('li', { class: 'legend-interval', hidden: true }, [swatch('interval'), h('span', { text: t(lang, 'legendInterval') })]);
    this.legend = h('ul', { class: 'chart-legend' }, [
      h('li', { class: 'legend-bar' }, [swatch('bar'), h('span', { text: t(lang, 'legendBar') })]),
      h('li', { class: 'legend-target' }, [swatch('target'), h('span', { text: t(lang, 'legendTarget') })]),
      h('li', { class: 'legend-ring' }, [swatch('ring'), h('span', { text: t(lang, 'legendRing') })]),
      this.legendInterval,
    ]);
    /** @type {HTMLLIElement[]} */
    this.legendPins = [];
    /** @type {string[]} */
    this.pinNames = [];
    this.element = h('figure', { class: 'chart-figure' }, [this.root, h('figcaption', {}, [this.legend])]);
    this.describe();
    // The layout depends on the figure's width: redrawn when it changes (rotation, zoom).
    this.layoutKey = '';
    // Given by update(), showIntervals() and the layout.
    /** @type {Projection | undefined} */
    this.projection;
    /** @type {Projection[]} */
    this.pinned;
    /** @type {McRow[] | undefined} */
    this.intervals;
    /** @type {typeof SIZES.screen} */
    this.size;
    /** @type {{ left: number, right: number }} */
    this.plot;
    /** @type {number} */
    this.height;
    /** @type {number} */
    this.axisTop;
    /** @type {string | null} */
    this.gridKey;
    live = this;
    // In the next frame: drawing inside the observer's callback changes the figure's height.
    new ResizeObserver(() => requestAnimationFrame(() => this.redraw())).observe(this.element);
  }

  /**
   * Moves every mark to the projection's values (growth in percent), with pinned scenarios and their names.
   * @param {Projection} projection
   * @param {Projection[]} [pinned]
   * @param {string[]} [names]
   */
  update(projection, pinned = [], names = []) {
    this.projection = projection;
    this.pinned = pinned;
    if (names.length !== this.pinNames.length || names.some((name, i) => name !== this.pinNames[i])) {
      this.pinNames = names;
      this.showPinLegend();
    }
    this.draw();
  }

  /**
   * Draws the 5–95 % growth range of each indicator from a Monte Carlo run.
   * @param {McResult} result
   */
  showIntervals(result) {
    this.intervals = result.rows;
    this.legendInterval.hidden = false;
    this.describe();
    this.draw();
  }

  /** One legend entry per pinned scenario: its shape and its name. */
  showPinLegend() {
    const { lang } = this;
    for (const item of this.legendPins) item.remove();
    this.legendPins = this.pinNames.slice(0, PIN_SHAPES.length).map((name, i) => h('li', { class: 'legend-pin', 'data-glyph': PIN_GLYPHS[i] }, [
      swatch('pin', i),
      h('span', { text: t(lang, 'legendPin', { name }) }),
    ]));
    this.legend.append(...this.legendPins);
    this.describe();
  }

  /** The chart's description: what each drawn mark means, with the ranges and pins when shown. */
  describe() {
    const { lang } = this;
    const parts = [t(lang, 'chartDesc')];
    if (this.intervals) parts.push(t(lang, 'chartDescRanges'));
    if (this.pinNames.length) {
      const list = this.pinNames.slice(0, PIN_SHAPES.length).map((name, i) => t(lang, 'chartDescPin', { glyph: PIN_GLYPHS[i], shape: t(lang, `pinShape${i}`), name }));
      parts.push(t(lang, 'chartDescPins', { list: list.join(`${t(lang, 'listSeparator')}${spaced(lang) ? ' ' : ''}`) }));
    }
    parts.push(t(lang, 'chartDescTable'));
    this.desc.textContent = parts.join(spaced(lang) ? ' ' : '');
  }

  redraw() {
    if (this.layoutKey !== this.key()) this.draw();
  }

  /** The width the chart is drawn at: the figure's, or the printed page's. */
  key() {
    return printing ? `print|${PRINT.width}` : `screen|${this.element.clientWidth}`;
  }

  /** Lays out rows for the current width, then places every mark. */
  draw() {
    const width = printing ? PRINT.width : this.element.clientWidth;
    if (!this.projection || !width || !this.element.isConnected) return;
    const key = this.key();
    if (key !== this.layoutKey) {
      this.layOut(width, printing);
      this.layoutKey = key;
    }
    const { projection, pinned } = this;
    const values = [];
    for (const other of pinned) for (const row of other.rows) values.push(Number(row.growth));
    for (const row of projection.rows) {
      values.push(Number(row.growth));
      if (row.target) values.push(Number(row.target.growth));
      const { indicator } = /** @type {Mark} */ (this.marks.get(row.id));
      if (indicator.baseGrowth) values.push(Number(indicator.baseGrowth.value));
    }
    // The axis reaches every range's ends, so a range line is never cut short.
    for (const row of this.intervals ?? []) values.push(Number(row.growthP5), Number(row.growthP95));
    const domain = niceDomain(values.filter(Number.isFinite));
    const { left, right } = this.plot;
    // Clamped to the plot: whatever the value, a mark stays out of the label and value zones.
    /** @param {number} v */
    const x = (v) => Math.min(right, Math.max(left, left + ((v - domain.low) / (domain.high - domain.low)) * (right - left)));
    this.drawGrid(domain, x);
    const size = this.size;
    for (const row of projection.rows) {
      const mark = /** @type {Mark} */ (this.marks.get(row.id));
      const { bar, target, ring, value, indicator, interval, y } = mark;
      // Rows the layout leaves out (a phone's untargeted ones) have no line to draw on.
      if (y === undefined) continue;
      const g = Number(row.growth);
      bar.setAttribute('x', Math.min(x(0), x(g)));
      bar.setAttribute('width', Math.max(1, Math.abs(x(g) - x(0))));
      bar.setAttribute('class', `bar status-${row.status}`);
      target.setAttribute('display', row.target ? 'inline' : 'none');
      if (row.target) {
        const tx = x(Number(row.target.growth));
        target.setAttribute('x1', tx);
        target.setAttribute('x2', tx);
      }
      ring.setAttribute('display', indicator.baseGrowth ? 'inline' : 'none');
      if (indicator.baseGrowth) ring.setAttribute('cx', x(Number(indicator.baseGrowth.value)));
      value.textContent = row.target ? `${number(this.lang, row.growth)}% ${STATUS[row.status].glyph}` : `${number(this.lang, row.growth)}%`;
      const range = this.intervals?.find((r) => r.id === row.id);
      interval.setAttribute('display', range ? 'inline' : 'none');
      if (range) {
        interval.setAttribute('x1', x(Number(range.growthP5)));
        interval.setAttribute('x2', x(Number(range.growthP95)));
      }
      mark.pins.forEach((pin, i) => {
        const other = pinned[i]?.rows.find((r) => r.id === row.id);
        pin.setAttribute('display', other ? 'inline' : 'none');
        // On the bar's line, inside the plot: never on a label or a value.
        if (other) pin.setAttribute('transform', `translate(${x(Number(other.growth))} ${y}) scale(${size.pin})`);
      });
    }
  }

  /**
   * Row positions for a width: label column (wide) or label line (narrow), plot, values.
   * The label and value zones are as wide as their widest text (measured), the plot gets
   * the rest, less room for the largest mark at either end. Spacing follows the text size,
   * which large-text mode raises.
   * @param {number} width
   * @param {boolean} print
   */
  layOut(width, print) {
    let narrow = !print && width < NARROW;
    // On a phone and on paper the chart is the targets' (the table has every indicator).
    /** @param {Indicator} indicator */
    const targeted = (indicator) => Boolean(indicator.target);
    /** @param {boolean} isNarrow */
    const shownFor = (isNarrow) => this.dataset.indicators.filter((indicator) => (!isNarrow && !print) || targeted(indicator));
    this.size = print ? SIZES.print : SIZES.screen;
    const size = this.size;
    // (Every indicator has its marks, made with the chart.)
    const font = print ? PRINT.font : Number.parseFloat(getComputedStyle(/** @type {Element} */ (this.root.querySelector('.chart-label'))).fontSize) || 13;
    // Every row drawn while its text is measured; the rows left out are hidden again below.
    for (const indicator of this.dataset.indicators) /** @type {Mark} */ (this.marks.get(indicator.id)).group.setAttribute('display', 'inline');
    // The widest label and the widest value a row can show ("-20.0% ▼"), at this text size.
    const probe = /** @type {Mark} */ (this.marks.get(this.dataset.indicators[0].id)).value;
    const kept = /** @type {string} */ (probe.textContent);
    probe.textContent = `-88.8% ${STATUS.short.glyph}`;
    const valueWidth = Math.ceil(textWidth(probe, font, 8)) + Math.round(font * 0.5);
    probe.textContent = kept;
    const labelWidth = Math.ceil(Math.max(0, ...shownFor(false).map((indicator) => {
      const { label } = /** @type {Mark} */ (this.marks.get(indicator.id));
      return textWidth(label, font, /** @type {string} */ (label.textContent).length);
    })));
    // Labels that would take too much of a wide chart go above their bars, as on a phone.
    if (!narrow && !print && labelWidth + font > width * LABEL_SHARE) narrow = true;
    const shown = shownFor(narrow);
    for (const indicator of this.dataset.indicators) /** @type {Mark} */ (this.marks.get(indicator.id)).group.setAttribute('display', shown.includes(indicator) ? 'inline' : 'none');
    const rows = shown.length;
    const markHeight = 2 * Math.max(size.bar, size.tick, size.ring + 1, 6.5 * size.pin);
    const rowHeight = print
      ? Math.round(Math.max(font * 1.45, markHeight + 2))
      : narrow ? Math.round(font * 1.5 + 24) : Math.max(36, Math.round(font * 1.6 + 12));
    const top = print ? 2 : 8;
    // Room at both ends for the axis labels, centred on their gridlines, and the marks' halves.
    const edge = Math.round(font * 1.5);
    const labelZone = narrow ? 0 : labelWidth + Math.round(font * 0.75);
    const valueZone = narrow ? 0 : valueWidth;
    this.plot = { left: labelZone + edge, right: width - valueZone - edge };
    this.height = top + rows * rowHeight + Math.round(font * 1.6) + 4;
    this.axisTop = top + rows * rowHeight;
    this.root.setAttribute('viewBox', `0 0 ${width} ${this.height}`);
    this.root.setAttribute('width', width);
    this.root.setAttribute('height', this.height);
    for (const indicator of this.dataset.indicators) /** @type {Mark} */ (this.marks.get(indicator.id)).y = undefined;
    shown.forEach((indicator, index) => {
      const mark = /** @type {Mark} */ (this.marks.get(indicator.id));
      const rowTop = top + index * rowHeight;
      // The bar's centre line: below the label on phones, beside it on wide screens.
      const y = narrow ? rowTop + Math.round(font * 1.5) + 12 : rowTop + Math.round(rowHeight / 2);
      const baseline = narrow ? rowTop + Math.round(font * 1.1) : y + Math.round(font * 0.35);
      mark.y = y;
      mark.label.setAttribute('x', 0);
      mark.label.setAttribute('y', baseline);
      mark.value.setAttribute('x', width);
      mark.value.setAttribute('y', baseline);
      mark.bar.setAttribute('y', y - size.bar);
      mark.bar.setAttribute('height', 2 * size.bar);
      mark.target.setAttribute('y1', y - size.tick);
      mark.target.setAttribute('y2', y + size.tick);
      mark.ring.setAttribute('cy', y);
      mark.ring.setAttribute('r', size.ring);
      mark.interval.setAttribute('y1', y);
      mark.interval.setAttribute('y2', y);
    });
    this.gridKey = null;
  }

  /**
   * @param {{ low: number, high: number, step: number }} domain
   * @param {(v: number) => number} x
   */
  drawGrid(domain, x) {
    const key = `${domain.low}|${domain.high}|${this.layoutKey}`;
    if (key === this.gridKey) return;
    this.gridKey = key;
    const lines = [];
    for (let v = domain.low; v <= domain.high; v += domain.step) {
      lines.push(svg('line', { x1: x(v), x2: x(v), y1: 2, y2: this.axisTop, class: v === 0 ? 'axis zero' : 'axis' }));
      const label = svg('text', { x: x(v), y: this.height - 6, class: 'axis-label' });
      label.textContent = `${v}%`;
      lines.push(label);
    }
    this.grid.replaceChildren(...lines);
  }
}

/**
 * A text's width at `font` px: measured where the text is drawn, else estimated from its
 * length (a hidden row, or a chart not yet on screen, has no box to measure).
 * @param {SVGTextElement} text
 * @param {number} font
 * @param {number} length
 */
function textWidth(text, font, length) {
  const shown = getComputedStyle(text).fontSize;
  let measured = 0;
  try {
    measured = text.getComputedTextLength();
  } catch {
    measured = 0;
  }
  // Measured at the screen's text size; scaled to the size the layout uses (print).
  const scale = font / (Number.parseFloat(shown) || font);
  return measured > 0 ? measured * scale : length * font;
}

/**
 * A small picture of one mark, for the legend.
 * @param {'bar' | 'target' | 'ring' | 'interval' | 'pin'} kind
 */
function swatch(kind, index = 0) {
  const picture = svg('svg', { class: 'swatch', viewBox: '0 0 24 16', width: 24, height: 16, 'aria-hidden': 'true' });
  if (kind === 'bar') place(picture, svg('rect', { x: 2, y: 4, width: 20, height: 8, class: 'bar' }));
  if (kind === 'target') place(picture, svg('line', { x1: 12, x2: 12, y1: 1, y2: 15, class: 'target-mark' }));
  if (kind === 'ring') place(picture, svg('circle', { cx: 12, cy: 8, r: 5, class: 'growth-base' }));
  if (kind === 'interval') place(picture, svg('line', { x1: 2, x2: 22, y1: 8, y2: 8, class: 'interval' }));
  if (kind === 'pin') place(picture, svg('path', { d: PIN_SHAPES[index], transform: 'translate(12 8)', class: `pin-mark pin-${index}` }));
  return picture;
}
