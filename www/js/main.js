// The simulator page's controller: owns the state (scenario, language, active preset),
// turns user actions into state changes, and keeps the URL, the DOM and the history in
// step with it. All computing is done by the WASM core; all drawing by the view.
import { load } from './wasm.js';
import { View } from './render.js';
import { frameScheduler, settleScheduler } from './schedule.js';
import { readHash, writeHash, shareUrl } from './state.js';
import { t, errorText } from './strings.js';
import { EmbedDialog } from './embed-dialog.js';

/** Milliseconds of quiet before the summary is announced and the QR code redrawn. */
const SETTLE_MS = 700;

async function start() {
  let api;
  try {
    api = await load();
  } catch (error) {
    const loading = document.getElementById('loading');
    loading.textContent = `${errorText('zh', error)} ${errorText('en', error)}`;
    loading.classList.add('notice');
    return;
  }
  const dataset = api.dataset();
  const ranges = new Map(dataset.indicators.map((i) => [i.id, i.range]));
  ranges.set('deflator', dataset.deflator);
  const growthKey = (scenario) => JSON.stringify(dataset.indicators.map((i) => scenario.growth[i.id]));
  const presetKeys = new Map(dataset.presets.map((p) => [p.id, growthKey(api.presetScenario(p.id))]));

  const state = { scenario: api.presetScenario('official'), lang: 'zh', activePreset: 'official' };
  let linkProblem = null;
  let lastHash = '';
  // Each gesture (a drag, a typed value, a click) becomes one history entry: the first
  // change after a committed entry pushes, later changes of the same gesture replace.
  let entryCommitted = true;
  let commitPending = false;

  const view = new View(dataset, {
    setAssumption,
    setGdpMode: (mode) => change(() => (state.scenario.gdpMode = mode), true),
    applyPreset: (id) => change(() => (state.scenario.growth = api.presetScenario(id).growth), true),
    reset: () => change(() => (state.scenario = api.presetScenario('official')), true),
    switchLanguage: () => {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      rebuild();
      commitPending = true;
      compute();
    },
    copyLink,
    downloadCsv,
    openEmbed: guard(() => embedDialog.open({ scenario: structuredClone(state.scenario), lang: state.lang, url: state.url })),
  });
  const embedDialog = new EmbedDialog(api, dataset);

  function rebuild() {
    view.build(state.lang);
    view.setNotice(linkProblem && t(state.lang, 'linkProblem', { message: errorText(state.lang, linkProblem) }));
  }

  /** Applies a state change and schedules one recomputation. */
  function change(mutate, commit) {
    mutate();
    linkProblem = null;
    view.setNotice(null);
    if (commit) commitPending = true;
    requestFrame();
  }

  function setAssumption(field, text, source, commit) {
    let value;
    try {
      value = api.parseGrowth(field, text);
    } catch (error) {
      // The last valid scenario stays; only the field says what is wrong.
      if (source === 'box') view.showFieldError(field, error, ranges.get(field));
      return;
    }
    view.clearFieldError(field);
    change(() => {
      if (field === 'deflator') state.scenario.deflator = value;
      else state.scenario.growth[field] = value;
    }, commit);
  }

  function compute() {
    const projection = api.project(state.scenario);
    const link = api.encodeScenario(state.scenario);
    const key = growthKey(state.scenario);
    state.activePreset = [...presetKeys].find(([, k]) => k === key)?.[0] ?? null;
    const hash = writeHash(link, state.lang);
    if (hash !== location.hash) {
      if (entryCommitted) history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
      entryCommitted = false;
    }
    lastHash = hash;
    if (commitPending) {
      entryCommitted = true;
      commitPending = false;
    }
    state.url = shareUrl(link, state.lang);
    view.update(state, projection, link, state.url);
    requestSettle();
  }

  function settle() {
    const rows = api.project(state.scenario).rows;
    const targeted = rows.filter((r) => r.target);
    const met = targeted.filter((r) => r.status === 'met' || r.status === 'exceeds').length;
    const gdp = rows.find((r) => r.id === 'gdp');
    view.announce(t(state.lang, 'summary', { gdp: gdp.growth, total: targeted.length, met, short: targeted.length - met }));
    view.drawQr(api.qrPath(state.url), new Date().toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-US'));
  }

  const requestFrame = frameScheduler(guard(compute));
  const requestSettle = settleScheduler(guard(settle), SETTLE_MS);

  /** Reads the hash into the state; a bad link falls back to the official targets. */
  function applyHash() {
    const { link, lang } = readHash(location.hash);
    const langChanged = (lang ?? 'zh') !== state.lang;
    state.lang = lang ?? 'zh';
    linkProblem = null;
    if (link === null) {
      state.scenario = api.presetScenario('official');
    } else {
      try {
        state.scenario = api.decodeScenario(link);
      } catch (error) {
        linkProblem = error;
        state.scenario = api.presetScenario('official');
      }
    }
    return langChanged;
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(state.url);
      view.setToolbarStatus(t(state.lang, 'linkCopied'));
    } catch {
      document.getElementById('share-link').select();
      view.setToolbarStatus(t(state.lang, 'linkCopyFailed'));
    }
  }

  function downloadCsv() {
    // A byte-order mark makes spreadsheet software read the file as UTF-8 (Chinese intact).
    const csv = `\uFEFF${api.projectionCsv(state.scenario, state.lang)}`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `longgang-2024-whatif-${state.lang}.csv`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Keeps any failure on screen instead of in the console, with the page intact. */
  function guard(fn) {
    return (...args) => {
      try {
        return fn(...args);
      } catch (error) {
        view.setNotice(errorText(state.lang, error));
      }
    };
  }

  applyHash();
  rebuild();
  window.addEventListener('popstate', guard(() => {
    if (location.hash === lastHash) return;
    if (applyHash()) rebuild();
    else view.setNotice(linkProblem && t(state.lang, 'linkProblem', { message: errorText(state.lang, linkProblem) }));
    // A bad link is replaced by the official one rather than stacked on top of it.
    entryCommitted = !linkProblem;
    lastHash = location.hash;
    compute();
  }));
  // The first render replaces the entry it was opened with rather than adding one.
  entryCommitted = false;
  commitPending = true;
  guard(compute)();
}

start();
