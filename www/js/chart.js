// The growth chart: one line per indicator with the 2024 assumption as a bar, the target as
// a vertical mark, the 2023 growth as a ring, the Monte Carlo's 90% range as a thin line
// and pinned scenarios as shapes, drawn as inline SVG with DOM calls. Its coordinates are
// CSS pixels (the viewBox follows the figure's width), so text keeps its size at every
// width: a label column beside the bars on wide screens, labels above the bars on phones.
// A legend in words sits under it; the projection table is its text alternative.
import './strings-more.js';
import { t, STATUS } from './strings.js';
import { number } from './format.js';
import { h, svg } from './dom.js';

/** Below this width (CSS px) each label goes above its bar. */
const NARROW = 560;
/** Marks for up to three pinned scenarios: diamond, triangle, square (centred on 0,0). */
export const PIN_SHAPES = ['M0 -6L6 0L0 6L-6 0Z', 'M0 -6L6 5L-6 5Z', 'M-5 -5H5V5H-5Z'];
export const PIN_GLYPHS = ['◆', '▲', '■'];

/** Rounds the axis out to whole steps so gridlines fall on readable numbers. */
function niceDomain(values) {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = high - low > 40 ? 10 : 5;
  return { low: Math.floor(low / step) * step, high: Math.max(step, Math.ceil(high / step) * step), step };
}

export class Chart {
  constructor(dataset, lang) {
    this.lang = lang;
    this.dataset = dataset;
    this.root = svg('svg', { class: 'chart', role: 'img', 'aria-labelledby': 'chart-title', 'aria-describedby': 'chart-desc' });
    const title = svg('title', { id: 'chart-title' });
    title.textContent = t(lang, 'chartTitle');
    const desc = svg('desc', { id: 'chart-desc' });
    desc.textContent = t(lang, 'chartDesc');
    this.grid = svg('g', { class: 'grid' });
    this.root.append(title, desc, this.grid);
    this.marks = new Map();
    for (const indicator of dataset.indicators) {
      const group = svg('g', { class: 'chart-row', 'data-id': indicator.id });
      const label = svg('text', { class: 'chart-label' });
      label.textContent = lang === 'zh' ? indicator.nameZh : indicator.shortEn ?? indicator.nameEn;
      const bar = svg('rect', { class: 'bar', height: 14 });
      const interval = svg('line', { class: 'interval', display: 'none' });
      const target = svg('line', { class: 'target-mark' });
      const ring = svg('circle', { class: 'growth-2023', r: 5 });
      const value = svg('text', { class: 'chart-value' });
      const pins = PIN_SHAPES.map((shape, i) => svg('path', { d: shape, class: `pin-mark pin-${i}`, display: 'none' }));
      group.append(label, interval, bar, target, ring, ...pins, value);
      this.root.append(group);
      this.marks.set(indicator.id, { group, bar, target, ring, value, interval, pins, indicator, label });
    }
    this.legendPins = h('li', { class: 'legend-pins', hidden: true }, [h('span', { class: 'swatch-text', 'aria-hidden': 'true', text: PIN_GLYPHS.join(' ') }), h('span', { text: t(lang, 'legendPins') })]);
    this.legendInterval = h('li', { hidden: true }, [swatch('interval'), h('span', { text: t(lang, 'legendInterval') })]);
    const legend = h('ul', { class: 'chart-legend' }, [
      h('li', {}, [swatch('bar'), h('span', { text: t(lang, 'legendBar') })]),
      h('li', {}, [swatch('target'), h('span', { text: t(lang, 'legendTarget') })]),
      h('li', {}, [swatch('ring'), h('span', { text: t(lang, 'legendRing') })]),
      this.legendInterval,
      this.legendPins,
    ]);
    this.element = h('figure', { class: 'chart-figure' }, [this.root, h('figcaption', {}, [legend])]);
    // The layout depends on the figure's width: redrawn when it changes (rotation, zoom).
    this.width = 0;
    // In the next frame: drawing inside the observer's callback changes the figure's height.
    new ResizeObserver(() => requestAnimationFrame(() => this.redraw())).observe(this.element);
  }

  /** Moves every mark to the projection's values (growth in percent), with pinned scenarios. */
  update(projection, pinned = []) {
    this.projection = projection;
    this.pinned = pinned;
    this.draw();
  }

  /** Draws the 5–95 % growth range of each indicator from a Monte Carlo run. */
  showIntervals(result) {
    this.intervals = result.rows;
    this.legendInterval.hidden = false;
    this.draw();
  }

  redraw() {
    if (this.element.clientWidth !== this.width) this.draw();
  }

  /** Lays out rows for the current width, then places every mark. */
  draw() {
    const width = this.element.clientWidth;
    if (!this.projection || !width) return;
    const narrow = width < NARROW;
    if (width !== this.width) {
      this.width = width;
      this.layOut(width, narrow);
    }
    const { projection, pinned } = this;
    const values = [];
    for (const other of pinned) for (const row of other.rows) values.push(Number(row.growth));
    for (const row of projection.rows) {
      values.push(Number(row.growth));
      if (row.target) values.push(Number(row.target.growth));
      const { indicator } = this.marks.get(row.id);
      if (indicator.growth2023) values.push(Number(indicator.growth2023.value));
    }
    for (const row of this.intervals ?? []) values.push(Number(row.growthP5), Number(row.growthP95));
    const domain = niceDomain(values);
    const { left, right } = this.plot;
    const x = (v) => left + ((v - domain.low) / (domain.high - domain.low)) * (right - left);
    this.drawGrid(domain, x);
    for (const row of projection.rows) {
      const mark = this.marks.get(row.id);
      const { bar, target, ring, value, indicator, interval, y } = mark;
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
      ring.setAttribute('display', indicator.growth2023 ? 'inline' : 'none');
      if (indicator.growth2023) ring.setAttribute('cx', x(Number(indicator.growth2023.value)));
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
        if (other) pin.setAttribute('transform', `translate(${x(Number(other.growth))} ${y})`);
      });
    }
    this.legendPins.hidden = pinned.length === 0;
  }

  /**
   * Row positions for a width: label column (wide) or label line (narrow), bars, values.
   * Spacing follows the text size, which large-text mode raises.
   */
  layOut(width, narrow) {
    // On a phone the chart is the targets' (the table has every indicator).
    const shown = this.dataset.indicators.filter((indicator) => !narrow || indicator.target2024);
    const rows = shown.length;
    const font = Number.parseFloat(getComputedStyle(this.root.querySelector('.chart-label')).fontSize) || 13;
    const rowHeight = narrow ? Math.round(font * 1.5 + 24) : Math.max(36, Math.round(font * 1.6 + 12));
    const top = 8;
    const valueWidth = Math.round(font * 6.5);
    const labelWidth = narrow ? 0 : Math.min(Math.round(font * 18), Math.round(width * 0.3));
    // Room at both ends for the axis labels, which are centred on their gridlines.
    const edge = Math.round(font * 1.5);
    this.plot = { left: labelWidth + edge, right: width - (narrow ? edge : valueWidth + edge) };
    this.height = top + rows * rowHeight + Math.round(font * 1.6) + 4;
    this.axisTop = top + rows * rowHeight;
    this.root.setAttribute('viewBox', `0 0 ${width} ${this.height}`);
    this.root.setAttribute('width', width);
    this.root.setAttribute('height', this.height);
    for (const indicator of this.dataset.indicators) this.marks.get(indicator.id).group.setAttribute('display', shown.includes(indicator) ? 'inline' : 'none');
    shown.forEach((indicator, index) => {
      const mark = this.marks.get(indicator.id);
      const rowTop = top + index * rowHeight;
      // The bar's centre line: below the label on phones, beside it on wide screens.
      const y = narrow ? rowTop + Math.round(font * 1.5) + 12 : rowTop + Math.round(rowHeight / 2);
      const baseline = narrow ? rowTop + Math.round(font * 1.1) : y + Math.round(font * 0.35);
      mark.y = y;
      mark.label.setAttribute('x', 0);
      mark.label.setAttribute('y', baseline);
      mark.value.setAttribute('x', width);
      mark.value.setAttribute('y', baseline);
      mark.bar.setAttribute('y', y - 7);
      mark.target.setAttribute('y1', y - 9);
      mark.target.setAttribute('y2', y + 9);
      mark.ring.setAttribute('cy', y);
      mark.interval.setAttribute('y1', y);
      mark.interval.setAttribute('y2', y);
    });
    this.gridKey = null;
  }

  drawGrid(domain, x) {
    const key = `${domain.low}|${domain.high}|${this.width}`;
    if (key === this.gridKey) return;
    this.gridKey = key;
    const lines = [];
    for (let v = domain.low; v <= domain.high; v += domain.step) {
      lines.push(svg('line', { x1: x(v), x2: x(v), y1: 4, y2: this.axisTop, class: v === 0 ? 'axis zero' : 'axis' }));
      const label = svg('text', { x: x(v), y: this.height - 6, class: 'axis-label' });
      label.textContent = `${v}%`;
      lines.push(label);
    }
    this.grid.replaceChildren(...lines);
  }
}

/** A small picture of one mark, for the legend. */
function swatch(kind) {
  const picture = svg('svg', { class: 'swatch', viewBox: '0 0 24 16', width: 24, height: 16, 'aria-hidden': 'true' });
  if (kind === 'bar') picture.append(svg('rect', { x: 2, y: 4, width: 20, height: 8, class: 'bar' }));
  if (kind === 'target') picture.append(svg('line', { x1: 12, x2: 12, y1: 1, y2: 15, class: 'target-mark' }));
  if (kind === 'ring') picture.append(svg('circle', { cx: 12, cy: 8, r: 5, class: 'growth-2023' }));
  if (kind === 'interval') picture.append(svg('line', { x1: 2, x2: 22, y1: 8, y2: 8, class: 'interval' }));
  return picture;
}
