// @ts-check
// Plain words for the terms a citizen may not know, as data in both languages, and the
// section that shows them: a list anyone can open by touch or keyboard (no tooltip-only
// text). The presets' descriptions come from the dataset, so a new report's presets are
// explained without code. Loaded with the sections below the table.
import { h, foldable, withFigures } from './dom.js';

/** @import { PageDataset } from './wasm.js' */

/**
 * Each term: its id (for links), the word as the page uses it, and what it means.
 * @type {Record<string, [id: string, term: string, meaning: string][]>}
 */
export const TERMS = {
  zh: [
    ['guishang', '规上(规上工业)', '“规模以上工业”的简称:年主营业务收入达到国家统计标准的工业企业。“规上工业增加值”只统计这些企业。'],
    ['prices', '可比价与现价', '可比价去掉了物价变动,只看实际增长;现价按当年价格计算,物价涨了数值也涨。地区生产总值、规上工业增加值和三次产业按可比价推算,其他金额按现价。'],
    ['deflator', 'GDP价格变动(平减指数)', '2024年整体物价比2023年变动了多少。只在把可比价的GDP换算成现价时用到,例如算一般公共预算收入占GDP的比重。报告没有给出,默认为0,即物价不变。'],
    ['derived', '派生指标', '由推算结果再算出的比例和结构,例如城乡居民收入比、三次产业结构。报告没有直接给出这些数的2024年值。'],
    ['points', '百分点', '两个百分比相差多少的单位:6.5%和6%相差0.5个百分点。'],
    ['about', '以上与左右', '“6.5%以上”指不低于6.5%即达到目标;“8%左右”指在8%上下0.5个百分点以内都算达到。'],
    ['stand-in', '预设值(替代值)', '报告没有给出某项指标的目标或2023年增速时,预设方案采用的数值;各指标“出处”里写明依据。'],
    ['interval', '90%区间', '按所设的标准差把增速随机抽样2万次,90%的结果落在这个范围里。'],
    ['spread', '标准差', '所设增速可能上下偏离的典型幅度(百分点)。越大,结果越不确定。'],
    ['probability', '达标概率', '在上述抽样中达到目标的比例。增速正好等于目标时,状态是“达到目标”,概率约为50%。'],
  ],
  en: [
    ['guishang', 'Industry above designated size', 'Industrial firms whose yearly main-business revenue reaches the national statistics threshold; “industrial value added” counts only these firms.'],
    ['prices', 'Comparable and current prices', 'Comparable prices take price changes out and show real growth; current prices are the year’s own prices, so they rise with inflation. GDP, industrial value added and the three sectors are projected at comparable prices, other amounts at current prices.'],
    ['deflator', 'GDP price change (deflator)', 'How much prices overall change in 2024. Used only to turn comparable-price GDP into current-price GDP, e.g. for budget revenue as a share of GDP. The report gives none; the default is 0 (prices unchanged).'],
    ['derived', 'Derived figures', 'Ratios and shares computed from the projections, such as the urban–rural income ratio or the sector structure. The report gives no 2024 values for them.'],
    ['points', 'Percentage points (pts)', 'The difference between two percentages: 6.5% and 6% are 0.5 points apart.'],
    ['about', '“At least” and “about”', '“At least 6.5%” is met at 6.5% or more; “about 8%” is met anywhere within 0.5 points of 8%.'],
    ['stand-in', 'Stand-in value', 'The value a preset uses where the report gives no target or no 2023 growth for an indicator; each indicator’s “Sources” says which and why.'],
    ['interval', '90% range', 'Growth is drawn at random 20,000 times with the spreads you set; 90% of the results fall in this range.'],
    ['spread', 'Spread (standard deviation)', 'How far, typically, growth may end up from the value you set, in points. The larger, the less certain the result.'],
    ['probability', 'Chance of meeting the target', 'The share of those draws that meet the target. Growth exactly at the target shows “meets target” with a chance of about 50%.'],
  ],
};

/** @type {Record<string, { title: string, presets: string }>} */
const TITLES = {
  zh: { title: '名词解释', presets: '预设方案' },
  en: { title: 'Terms explained', presets: 'Presets' },
};

/**
 * The terms section: every term and every preset, with its meaning, in the page's language.
 * @param {string} lang
 * @param {PageDataset} dataset
 */
export function buildTerms(lang, dataset) {
  const words = TITLES[lang] ?? TITLES.zh;
  const items = (TERMS[lang] ?? TERMS.zh).flatMap(([id, term, meaning]) => [
    h('dt', { id: `term-${id}`, text: term }),
    h('dd', {}, withFigures(meaning)),
  ]);
  const presets = dataset.presets.flatMap((preset) => [
    h('dt', { text: lang === 'zh' ? `${words.presets}:${preset.name.zh}` : `${words.presets}: ${preset.name.en}` }),
    h('dd', { text: preset.description[lang] }),
  ]);
  return foldable('terms no-print', 'terms-title', words.title, [h('dl', { class: 'terms-list' }, [...items, ...presets])]);
}
