// The growth chart: one line per indicator with the 2024 assumption as a bar, the target as
// a vertical mark and the 2023 growth as a ring, drawn as inline SVG with DOM calls. The
// projection table is its text alternative.
import { t, STATUS } from './strings.js';
import { number } from './format.js';
import { svg } from './dom.js';

const WIDTH = 640;
const ROW = 36;
const TOP = 24;
const SIDE = 12;
/** Marks for up to three pinned scenarios: diamond, triangle, square (centred on 0,0). */
const PIN_SHAPES = ['M0 -5L5 0L0 5L-5 0Z', 'M0 -5L5 4L-5 4Z', 'M-4 -4H4V4H-4Z'];

/** Width kept at the right for the value labels, so they never collide with marks. */
const VALUE_COLUMN = 84;

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
    const rows = dataset.indicators.length;
    this.height = TOP + rows * ROW + 8;
    const titleId = 'chart-title';
    const descId = 'chart-desc';
    this.root = svg('svg', {
      viewBox: `0 0 ${WIDTH} ${this.height}`,
      class: 'chart',
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
    });
    const title = svg('title', { id: titleId });
    title.textContent = t(lang, 'chartTitle');
    const desc = svg('desc', { id: descId });
    desc.textContent = t(lang, 'chartDesc');
    this.grid = svg('g', { class: 'grid' });
    this.root.append(title, desc, this.grid);
    this.marks = new Map();
    dataset.indicators.forEach((indicator, index) => {
      const y = TOP + index * ROW;
      const group = svg('g', { class: 'chart-row', 'data-id': indicator.id });
      const label = svg('text', { x: SIDE, y: y + 11, class: 'chart-label' });
      label.textContent = lang === 'zh' ? indicator.nameZh : indicator.nameEn;
      const bar = svg('rect', { y: y + 16, height: 12, class: 'bar' });
      const target = svg('line', { y1: y + 13, y2: y + 31, class: 'target-mark' });
      const ring = svg('circle', { cy: y + 22, r: 4.5, class: 'growth-2023' });
      const value = svg('text', { x: WIDTH - SIDE, y: y + 27, class: 'chart-value' });
      const interval = svg('line', { y1: y + 22, y2: y + 22, class: 'interval', display: 'none' });
      const pins = PIN_SHAPES.map((shape, i) => {
        const mark = svg('path', { d: shape, class: `pin-mark pin-${i}`, display: 'none' });
        return mark;
      });
      group.append(label, bar, interval, target, ring, ...pins, value);
      this.root.append(group);
      this.marks.set(indicator.id, { bar, target, ring, value, interval, pins, indicator, y });
    });
    const legend = svg('g', { class: 'legend', transform: `translate(${SIDE} 8)` });
    const items = [
      ['rect', { x: 0, y: 0, width: 14, height: 9, class: 'bar legend-bar' }, 'chartLegendAssumption'],
      ['line', { x1: 7, x2: 7, y1: -2, y2: 11, class: 'target-mark' }, 'chartLegendTarget'],
      ['circle', { cx: 7, cy: 4.5, r: 4.5, class: 'growth-2023' }, 'chartLegend2023'],
    ];
    items.forEach(([tag, attrs, key], i) => {
      const item = svg('g', { transform: `translate(${i * 150} 0)` });
      const text = svg('text', { x: 20, y: 9, class: 'legend-text' });
      text.textContent = t(lang, key);
      item.append(svg(tag, attrs), text);
      legend.append(item);
    });
    this.root.append(legend);
    this.element = document.createElement('figure');
    this.element.className = 'chart-figure';
    this.element.append(this.root);
  }

  /** Moves every mark to the projection's values (growth in percent), with pinned scenarios. */
  update(projection, pinned = []) {
    const values = [];
    for (const other of pinned) for (const row of other.rows) values.push(Number(row.growth));
    for (const row of projection.rows) {
      values.push(Number(row.growth));
      if (row.target) values.push(Number(row.target.growth));
      const { indicator } = this.marks.get(row.id);
      if (indicator.growth2023) values.push(Number(indicator.growth2023.value));
    }
    const domain = niceDomain(values.concat(this.intervalValues ?? []));
    const x = (v) => SIDE + ((v - domain.low) / (domain.high - domain.low)) * (WIDTH - 2 * SIDE - VALUE_COLUMN);
    this.x = x;
    this.drawGrid(domain, x);
    this.placeIntervals();
    for (const row of projection.rows) {
      const { bar, target, ring, value, indicator } = this.marks.get(row.id);
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
      this.marks.get(row.id).pins.forEach((mark, i) => {
        const other = pinned[i]?.rows.find((r) => r.id === row.id);
        mark.setAttribute('display', other ? 'inline' : 'none');
        if (other) mark.setAttribute('transform', `translate(${x(Number(other.growth))} ${this.marks.get(row.id).y + 9})`);
      });
    }
  }

  /** Draws the 5–95 % growth range of each indicator from a Monte Carlo run. */
  showIntervals(result) {
    this.intervals = result.rows;
    this.intervalValues = result.rows.flatMap((r) => [Number(r.growthP5), Number(r.growthP95)]);
    this.placeIntervals();
  }

  placeIntervals() {
    if (!this.intervals || !this.x) return;
    for (const row of this.intervals) {
      const { interval } = this.marks.get(row.id);
      interval.setAttribute('x1', this.x(Number(row.growthP5)));
      interval.setAttribute('x2', this.x(Number(row.growthP95)));
      interval.setAttribute('display', 'inline');
    }
  }

  drawGrid(domain, x) {
    const key = `${domain.low}|${domain.high}`;
    if (key === this.gridKey) return;
    this.gridKey = key;
    const lines = [];
    for (let v = domain.low; v <= domain.high; v += domain.step) {
      const line = svg('line', { x1: x(v), x2: x(v), y1: TOP - 4, y2: this.height - 8, class: v === 0 ? 'axis zero' : 'axis' });
      const label = svg('text', { x: x(v), y: this.height, class: 'axis-label' });
      label.textContent = `${v}%`;
      lines.push(line, label);
    }
    this.grid.replaceChildren(...lines);
  }
}
