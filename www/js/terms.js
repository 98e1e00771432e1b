// @ts-check
// Plain words for the terms a citizen may not know (their words are in the catalogues), and the
// section that shows them: a list anyone can open by touch or keyboard (no tooltip-only
// text). The presets' descriptions come from the dataset, so a new report's presets are
// explained without code. Loaded with the sections below the table.
import './strings-more.js';
import { t } from './strings.js';
import { h, foldable, withFigures } from './dom.js';

/** @import { PageDataset } from './wasm.js' */

/** The terms explained, in order; each one's words are the catalogues' `ui.more.term_<id>` and `ui.more.termMeaning_<id>`. */
export const TERMS = ['guishang', 'prices', 'deflator', 'derived', 'points', 'about', 'stand-in', 'interval', 'spread', 'probability'];

/**
 * The terms section: every term and every preset, with its meaning, in the page's language.
 * @param {string} lang
 * @param {PageDataset} dataset
 */
export function buildTerms(lang, dataset) {
  const items = TERMS.flatMap((id) => [
    h('dt', { id: `term-${id}`, text: t(lang, `term_${id.replace('-', '_')}`) }),
    h('dd', {}, withFigures(t(lang, `termMeaning_${id.replace('-', '_')}`))),
  ]);
  const presets = dataset.presets.flatMap((preset) => [
    h('dt', { text: t(lang, 'termsPreset', { name: preset.name[lang] }) }),
    h('dd', { text: preset.description[lang] }),
  ]);
  return foldable('terms no-print', 'terms-title', t(lang, 'termsTitle'), [h('dl', { class: 'terms-list' }, [...items, ...presets])]);
}
