// @ts-check
// The texts only the embedded widget shows, in Chinese and English: imported by the widget
// (embed-widget.js), so the simulator page's first load does not carry them.
import { addStrings } from './strings.js';

addStrings({
  zh: {
    embedTitle: '龙港2024目标推演',
    embedOpenFull: '打开完整推演',
    embedSource: '数据来源:龙港市经济发展局,2024年2月4日报告',
    embedTarget: '目标',
    embedProjected: '2024年',
    embedFallback: '交互版无法加载,以下为静态版本。',
    embedLoadFailed: '交互版无法加载。',
    embedUnknownIndicators: '未知指标:{ids}(已忽略)。',
    embedNoIndicators: '没有可显示的指标。',
    embedUnknownLang: '未知语言“{lang}”,改用中文。',
    embedUnknownTheme: '未知外观“{theme}”,改为跟随系统。',
    embedBadPreset: '预设“{preset}”无效:{message} 改用官方目标。',
    embedBadScenario: '情景无效:{message} 改用官方目标。',
  },
  en: {
    embedTitle: 'Longgang 2024 What-if',
    embedOpenFull: 'Open the full simulator',
    embedSource: 'Source: Longgang City Economic Development Bureau, report of 4 February 2024',
    embedTarget: 'target',
    embedProjected: '2024',
    embedFallback: 'The interactive version could not load; this is the static version.',
    embedLoadFailed: 'The interactive version could not load.',
    embedUnknownIndicators: 'Unknown indicators: {ids} (ignored).',
    embedNoIndicators: 'No indicators to show.',
    embedUnknownLang: 'Unknown language “{lang}”; using Chinese.',
    embedUnknownTheme: 'Unknown theme “{theme}”; following the system.',
    embedBadPreset: 'Preset “{preset}” is not valid: {message} Using the official targets.',
    embedBadScenario: 'The scenario is not valid: {message} Using the official targets.',
  },
});
