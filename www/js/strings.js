// @ts-check
// Every piece of UI text, keyed by id and (for errors) by the core's stable error codes;
// `{name}` placeholders are filled by `t()`. Chinese, the page's first language, is here;
// English is in strings-en.js, loaded only for a reader who reads the page in English
// (`loadLanguage`). Texts only some readers need come with the modules that show them
// (strings-more.js, strings-embed.js).

/** @import { Qualifier } from '../pkg/longgang_sim.js' */
/** Texts by language, then by id. @typedef {Record<string, Record<string, string>>} Texts */
/**
 * A failure as the page shows it: the core's errors (SimError) and the page's own.
 * @typedef {{ code: string, zh: string, en: string }} Failure
 */

/** @type {Texts} */
export const STRINGS = {
  zh: {
    title: '龙港市2024年发展目标推演',
    skipToTable: '跳到推演表',
    skipToAnalysis: '跳到分析',
    answerTitle: '{total}项目标:{met}项达到,{exceeds}项超出,{short}项低于',
    answerScenario: '情景:{name}。',
    answerClaim: '按增长假设推算,不是预测。',
    customScenario: '自定情景',
    goToRow: '查看{name}的详情与滑块',
    rowDetails: '详情',
    rowDetailsOf: '{name}的详情',
    stepDown: '{name}减少0.1',
    stepUp: '{name}增加0.1',
    more: '更多',
    moreActions: '更多操作',
    largeText: '长辈模式',
    largeTextHint: '放大文字和按钮',
    theme: '外观',
    themeAuto: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    shareImage: '分享图',
    sourcePrefix: '依据',
    sourceSuffix: '(2024年2月4日,龙港市经济发展局)',
    claim: '按增长假设计算的推演:不是预测,也不代表官方观点。',
    languageSwitch: 'English',
    languageSwitchLabel: 'Switch to English',
    scenarioBar: '情景',
    presets: '预设方案',
    reset: '重置',
    resetHint: '恢复为官方目标',
    copyLink: '复制链接',
    linkCopied: '链接已复制。',
    linkCopyFailed: '无法自动复制,请手动复制上面的链接。',
    shareLink: '分享链接',
    downloadCsv: '下载CSV',
    print: '打印简报',
    deflator: 'GDP价格变动(平减指数)',
    tableCaption: '2024年主要指标推演与目标对比',
    colIndicator: '指标',
    col2023: '2023年',
    grewBy: '增长{value}',
    colAssumption: '2024年增速假设',
    colProjected: '2024年推算',
    colTarget: '2024年目标',
    colGap: '与目标差距',
    colStatus: '状态',
    growthOf: '{name}增速假设(%)',
    growthValueText: '增长 {value}%',
    slider: '滑块',
    numberBox: '数值',
    derivedFromSectors: '由三次产业推算',
    noLevel: '报告正文未给出2023年数值,按指数(2023年=100)计算。',
    noTarget: '报告未设目标',
    standIn: '预设值说明',
    sources: '出处',
    sourceOf2023: '2023年数值',
    sourceOfGrowth: '2023年增速',
    sourceOfTarget: '2024年目标',
    sourceOfMissing: '报告中唯一相关的句子',
    statusMet: '达到目标',
    statusShort: '低于目标',
    statusExceeds: '高于目标',
    statusNoTarget: '无目标',
    targetAtLeast: '{value}以上',
    targetAbove: '超过{value}',
    targetAbout: '{value}左右',
    ruleWithin: '差距在±0.5个百分点内',
    ruleBeyond: '差距超过0.5个百分点',
    points: '{value}个百分点',
    indexValue: '指数 {value}',
    summary: '情景:GDP增长{gdp}%。有目标的{total}项指标中,{met}项达到或高于目标,{short}项低于目标。',
    linkProblem: '分享链接无法打开:{message} 已改为显示官方目标。',
    analysis: '分析',
    analysisLoading: '正在加载分析模块…',
    moreLoading: '正在加载…',
    goalSeek: '需要多少增长?',
    sensitivity: '哪个假设影响最大?',
    seed: '随机种子',
    colProbability: '达标概率',
    colInterval: '90%区间',
    mcRunning: '正在计算…',
    mcDone: '{draws}次抽样(种子 {seed})',
    pinDefaultName: '情景{n}',
    pinProblem: '固定情景“{name}”无法打开:{message}',
    spreadInvalid: '标准差应为 0 至 20 之间、最多两位小数的数字。',
    embedThis: '嵌入',
  },
};

/**
 * Messages for the core's error codes, where the page can say it better than the core.
 * @type {Texts}
 */
export const ERRORS = {
  zh: {
    not_a_number: '请输入数字,例如 6.5。',
    too_precise: '最多保留两位小数。',
    out_of_range: '应在 {min}% 至 {max}% 之间。',
    wasm_load_failed: '计算模块没有加载成功(可能是网络问题),请刷新页面重试。',
    wasm_unavailable: '这个浏览器关闭了 WebAssembly(iPhone 的“锁定模式”和一些应用内浏览器会这样做),所以不能在这里调整增长假设。换用其他浏览器打开本页即可调整。',
    goal_unreachable: '无法达到:需要下降超过100%。',
  },
};

/**
 * Adds the texts of a module loaded on demand (see strings-more.js, strings-en.js).
 * @param {Texts} more
 * @param {Texts} [errors]
 */
export function addStrings(more, errors = {}) {
  for (const [lang, texts] of Object.entries(more)) Object.assign((STRINGS[lang] ??= {}), texts);
  for (const [lang, texts] of Object.entries(errors)) Object.assign((ERRORS[lang] ??= {}), texts);
}

/** @type {Record<string, Promise<unknown>>} */
const loading = {};
/**
 * Loads a language's texts (once); resolves when `t(lang, …)` can use them.
 * @param {string} lang
 * @returns {Promise<unknown>}
 */
export function loadLanguage(lang) {
  if (lang === 'zh') return Promise.resolve();
  loading[lang] ??= import('./strings-en.js');
  return loading[lang];
}

/**
 * Looks up a UI string and fills its `{placeholders}`.
 * @param {string} lang
 * @param {string} id
 * @param {Record<string, unknown>} [values]
 * @returns {string}
 */
export function t(lang, id, values = {}) {
  const text = STRINGS[lang]?.[id] ?? STRINGS.zh[id] ?? id;
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/**
 * The message for an error: the page's own wording for its code, else the core's.
 * @param {string} lang
 * @param {Failure} error
 * @param {Record<string, unknown>} [values]
 * @returns {string}
 */
export function errorText(lang, error, values = {}) {
  const own = ERRORS[lang]?.[error.code];
  if (own) return own.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  return lang === 'en' ? error.en : error.zh;
}

/** Glyph and label of each target status: shown by text and shape, never colour alone. */
export const STATUS = {
  met: { glyph: '✓', key: 'statusMet' },
  short: { glyph: '▼', key: 'statusShort' },
  exceeds: { glyph: '▲', key: 'statusExceeds' },
  no_target: { glyph: '–', key: 'statusNoTarget' },
};

/**
 * A target as the report words it: "6.5%以上", "at least 6.5%", "about 8%".
 * @param {string} lang
 * @param {Qualifier} qualifier
 * @param {string} value
 */
export function targetText(lang, qualifier, value) {
  const key = { at_least: 'targetAtLeast', above: 'targetAbove', about: 'targetAbout' }[qualifier];
  return t(lang, key, { value });
}
