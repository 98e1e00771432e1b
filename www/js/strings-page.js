// @ts-check
// The texts the build writes into each language's prerendered page (.ci/prerender.mjs) and
// no script shows: the page's description for search engines and for links shared in chats,
// and the sentence readers see where the page cannot come alive (scripts off, no
// WebAssembly). Never loaded by the page itself.
import { addStrings } from './strings.js';

addStrings({
  zh: {
    pageDescription: '用龙港市2024年计划报告公布的2023年数据和2024年目标,拖动滑块推算地区生产总值、固定资产投资、居民收入等8项目标能否达到。按假设推算,不是预测。',
    shareDescription: '拖动滑块,看龙港2024年8项主要目标在不同增长假设下能否达到。',
    staticNote: '调整增长假设需要支持 JavaScript 和 WebAssembly 的浏览器。下面是按报告官方目标推算的结果。',
  },
  en: {
    pageDescription: 'With the 2023 figures and the 2024 targets in Longgang City’s 2024 plan report, move the sliders to see whether GDP, investment, incomes and the other targets — eight in all — would be met. A projection from assumptions, not a forecast.',
    shareDescription: 'Move the sliders: would Longgang’s eight main 2024 targets be met under other growth assumptions?',
    staticNote: 'Changing the growth assumptions needs a browser with JavaScript and WebAssembly. Below are the projections for the report’s official targets.',
  },
});
