// @ts-check
// The answer first: how many of the report's targets the current scenario meets, exceeds or
// falls short of, and a tile per target (name, 2024 level, status by glyph and word, gap in
// points) that takes the reader to its row. Updated in the same frame as the table.
import { t, STATUS } from './strings.js';
import { number, amount, shortName } from './format.js';
import { h, setText } from './dom.js';

/**
 * @import { Indicator, Lang, Projection, Row, Status, TargetOutcome } from '../pkg/longgang_sim.js'
 * @import { PageDataset, Unit } from './wasm.js'
 */

/**
 * Counts of the targeted rows of a projection by status.
 * @param {Row[]} rows
 */
export function countTargets(rows) {
  const targeted = rows.filter((row) => row.target);
  /** @param {Status} status */
  const count = (status) => targeted.filter((row) => row.status === status).length;
  return { total: targeted.length, met: count('met'), exceeds: count('exceeds'), short: count('short') };
}

export class AnswerView {
  /**
   * `goTo(id)` takes the reader to an indicator's row.
   * @param {PageDataset} dataset
   * @param {(id: string) => void} goTo
   */
  constructor(dataset, goTo) {
    this.dataset = dataset;
    this.goTo = goTo;
    /** @type {Map<string, Unit>} */
    this.units = new Map(dataset.units.map((u) => [u.id, u]));
    // Made by build():
    /** @type {Lang} */
    this.lang;
    /** @type {HTMLHeadingElement} */
    this.heading;
    /** @type {HTMLParagraphElement} */
    this.scenarioLine;
    /** @type {Map<string, { button: HTMLButtonElement, level: HTMLSpanElement, glyph: HTMLSpanElement, status: HTMLSpanElement, gap: HTMLSpanElement, unit: Unit, indicator: Indicator }>} */
    this.tiles;
  }

  /** @param {Lang} lang */
  build(lang) {
    this.lang = lang;
    this.heading = h('h2', { id: 'answer-title', class: 'answer-title' });
    this.scenarioLine = h('p', { class: 'answer-scenario' });
    this.tiles = new Map();
    const items = this.dataset.indicators.filter((i) => i.target).map((indicator) => {
      const parts = {
        level: h('span', { class: 'tile-level nowrap' }),
        glyph: h('span', { class: 'status-glyph', 'aria-hidden': 'true' }),
        status: h('span', { class: 'tile-status-word' }),
        gap: h('span', { class: 'tile-gap nowrap' }),
      };
      const name = shortName(lang, indicator);
      const button = h('button', {
        type: 'button',
        class: 'tile',
        'data-id': indicator.id,
        onclick: () => this.goTo(indicator.id),
      }, [
        h('span', { class: 'tile-name', text: name }),
        parts.level,
        h('span', { class: 'tile-status' }, [parts.glyph, parts.status, parts.gap]),
      ]);
      this.tiles.set(indicator.id, { button, ...parts, unit: /** @type {Unit} */ (this.units.get(indicator.unit)), indicator });
      return h('li', {}, [button]);
    });
    return h('section', { id: 'answer', class: 'answer', 'aria-labelledby': 'answer-title' }, [
      this.heading,
      this.scenarioLine,
      h('ul', { class: 'tiles' }, items),
    ]);
  }

  /**
   * Writes a projection into the heading and the tiles.
   * @param {Projection} projection
   * @param {string} scenarioName
   */
  update(projection, scenarioName) {
    const { lang } = this;
    setText(this.heading, t(lang, 'answerTitle', countTargets(projection.rows)));
    setText(this.scenarioLine, `${t(lang, 'answerScenario', { name: scenarioName })} ${t(lang, 'answerClaim')}`);
    for (const row of projection.rows) {
      const tile = this.tiles.get(row.id);
      if (!tile) continue;
      const decimals = tile.unit.decimals;
      setText(tile.level, row.hasLevel
        ? amount(lang, row.projected, tile.unit, { decimals })
        : t(lang, 'indexValue', { value: number(lang, row.projected, { decimals }) }));
      if (tile.button.dataset.status !== row.status) {
        tile.button.dataset.status = row.status;
        setText(tile.glyph, STATUS[row.status].glyph);
        setText(tile.status, t(lang, STATUS[row.status].key));
      }
      // Tiles are the targets' only.
      setText(tile.gap, t(lang, 'points', { value: number(lang, /** @type {TargetOutcome} */ (row.target).gapPoints, { decimals: 2, signed: true }) }));
    }
  }
}
