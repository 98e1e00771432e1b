// @ts-check
// The simulator page's controller: owns the state (scenario, language, uncertainty
// settings, pinned scenarios), turns user actions into state changes, and keeps the URL,
// the DOM and the history in step with it. All computing is done by the WASM core (the
// Monte Carlo in a worker); all drawing by the views. The table needs only the small
// projection module; the full module (analyses, uncertainty, CSV, QR code, embed
// snippets) is fetched when the reader nears the analysis section or asks for one of them.
import { load, loadFull, loadDatasetLanguage, convert } from './wasm.js';
import { View, AnalysisSlot } from './render.js';
import { frameScheduler, settleScheduler } from './schedule.js';
import { readHash, writeHash, shareUrl, MAX_PINS } from './state.js';
import { t, errorText, loadLanguage, language } from './strings.js';
import { countTargets } from './answer.js';
import { applyView, applyTheme, storedView, storedTheme, watchLayout, browserLanguage } from './prefs.js';
import { forgetPrerendered } from './dom.js';

/**
 * @import { DecimalString, Lang, Projection, Scenario } from '../pkg/longgang_sim.js'
 * @import { Api, FullApi, SimError } from './wasm.js'
 * @import { Actions, Analysis } from './render.js'
 * @import { PageState, Uncertainty } from './state.js'
 * @import { ViewMode } from './prefs.js'
 * @import { ShareImage } from './share-image.js'
 * @import { EmbedDialog } from './embed-dialog.js'
 * @import { UncertaintyRunner } from './uncertainty.js'
 */

/** Milliseconds of quiet before the summary is announced and slower analyses rerun. */
const SETTLE_MS = 700;
/** Milliseconds of quiet in a drag before the URL follows it. */
const URL_MS = 250;
const MAX_SEED = 4294967295;
// Spreads (0–20 points) and correlations (0–0.95) as the hash and the inputs may carry them.
/** @param {string} text */
const validSpread = (text) => /^\d{1,2}(\.\d{1,2})?$/.test(text) && Number(text) <= 20;
/** @param {string} text */
const validCorrelation = (text) => /^0(\.\d{1,2})?$/.test(text) && Number(text) <= 0.95;

async function start() {
  const firstRead = readHash(location.hash);
  const firstLang = firstRead.lang ?? browserLanguage();
  // The page is on screen already, prerendered with the official scenario (boot.js set its
  // size and colours before it was painted); these remember a link's choice.
  applyView(firstRead.view ?? storedView(), firstRead.view !== null);
  applyTheme(storedTheme(), false);
  // The reader's words (their language only) load alongside the module.
  const languageReady = loadLanguage(firstLang);
  /** @type {Api} */
  let api;
  try {
    api = await load(firstLang);
  } catch (error) {
    // The prerendered page stays, without its controls (app.css), and says why.
    await languageReady.catch(() => {});
    const root = document.documentElement;
    root.classList.remove('live', 'cards', 'pending');
    const notice = /** @type {HTMLElement} */ (document.getElementById('notice'));
    // load() fails with SimErrors only.
    notice.textContent = errorText(firstLang, /** @type {SimError} */ (error));
    notice.hidden = false;
    return;
  }
  const trackTable = watchLayout();
  performance.mark('longgang:core-ready');
  const dataset = api.dataset();
  performance.mark('longgang:dataset');
  /** @type {Map<string, { min: DecimalString, max: DecimalString, step: DecimalString }>} */
  const ranges = new Map(dataset.indicators.map((i) => [i.id, i.range]));
  ranges.set('deflator', dataset.deflator);
  /** @param {Scenario} scenario */
  const growthKey = (scenario) => JSON.stringify(dataset.indicators.map((i) => scenario.growth[i.id]));
  const presetKeys = new Map(dataset.presets.map((p) => [p.id, growthKey(api.presetScenario(p.id))]));
  // Default spreads come with the full module; until then only spreads from the link are set.
  /** @type {Uncertainty} */
  const defaults = { seed: 1, correlation: '0', spreads: {} };
  const freshUncertainty = () => ({ seed: defaults.seed, correlation: defaults.correlation, spreads: { ...defaults.spreads } });

  // boot.js set the view; compute() writes the share link (`url`) before anything reads it.
  const state = /** @type {PageState} */ (/** @type {unknown} */ ({
    scenario: api.presetScenario('official'),
    lang: firstLang,
    view: /** @type {ViewMode} */ (document.documentElement.dataset.view),
    theme: storedTheme(),
    activePreset: 'official',
    uncertainty: freshUncertainty(),
    pins: [],
  }));
  /** Why the link could not be read as it was, in any language. @type {((lang: Lang) => string)[]} */
  let problems = [];
  let lastHash = '';
  let pendingHash = '';
  /** @type {Projection | null} */
  let lastProjection = null;
  let urlNow = true;
  // Each gesture (a drag, a typed value, a click) becomes one history entry: the first
  // change after a committed entry pushes, later changes of the same gesture replace.
  let entryCommitted = true;
  let commitPending = false;
  // The control of the last change: a run of changes on one control (arrow keys, stepper
  // taps, edits of one box) is one gesture, so it rewrites its entry instead of adding one.
  /** @type {string | null} */
  let lastControl = null;
  /** @type {string | null} */
  let writtenControl = null;

  /** @type {Actions} */
  const actions = {
    setAssumption,
    setGdpMode: (mode) => change(() => (state.scenario.gdpMode = mode), true),
    applyPreset: (id) => change(() => (state.scenario.growth = api.presetScenario(id).growth), true),
    reset: () => change(() => {
      state.scenario = api.presetScenario('official');
      state.uncertainty = freshUncertainty();
    }, true),
    switchLanguage: async (next) => {
      await Promise.all([loadLanguage(next), loadDatasetLanguage(next)]);
      state.lang = next;
      rebuild();
      lastControl = null;
      commitPending = true;
      guard(compute)();
    },
    copyLink,
    toggleLargeText: () => change(() => {
      state.view = state.view === 'large' ? 'normal' : 'large';
      applyView(state.view);
    }, true),
    setTheme: (theme) => change(() => {
      state.theme = theme;
      applyTheme(theme);
    }, false),
    shareImage: (lang = state.lang) => withFull(async (full) => {
      const { ShareImage } = await import('./share-image.js');
      shareDialog ??= new ShareImage(full);
      await loadLanguage(lang);
      const answer = t(lang, 'answerTitle', countTargets(full.project(state.scenario).rows));
      await shareDialog.open({ scenario: structuredClone(state.scenario), lang, url: state.url, answer });
    }),
    downloadCsv: () => withFull((full) => downloadCsv(full)),
    loadOtherTargets: () => withFull((full) => view.showOtherTargets(full.reference())),
    print: () => withFull((full) => {
      drawQr(full);
      window.print();
    }),
    openEmbed: () => withFull(async (full) => {
      const { EmbedDialog } = await import('./embed-dialog.js');
      await loadLanguage(state.lang);
      embedDialog ??= new EmbedDialog(full, dataset, (lang) => actions.shareImage(lang), loadDatasetLanguage);
      await embedDialog.open({ scenario: structuredClone(state.scenario), lang: state.lang, url: state.url });
    }),
    applyGoal: (id, growth, sectorMode) => change(() => {
      state.scenario.growth[id] = growth;
      if (sectorMode) state.scenario.gdpMode = 'sectors';
    }, true),
    setUncertainty,
    pin: (name) => {
      if (state.pins.length >= MAX_PINS) return;
      // Unnamed, a pin of a preset is named after it ("官方目标", "审慎"); any other is numbered.
      const key = growthKey(state.scenario);
      const preset = dataset.presets.find((p) => presetKeys.get(p.id) === key);
      const fallback = preset ? preset.name[state.lang] : t(state.lang, 'pinDefaultName', { n: state.pins.length + 1 });
      change(() => state.pins.push({
        name: name.trim().slice(0, 40) || fallback,
        scenario: structuredClone(state.scenario),
        link: api.encodeScenario(state.scenario),
      }), true);
    },
    unpin: (index) => change(() => state.pins.splice(index, 1), true),
    wantAnalysis: () => wantFull().catch(() => null),
  };
  /** @type {Analysis} */
  let analysis = new AnalysisSlot();
  const view = new View(dataset, actions, analysis);
  /** @type {EmbedDialog | null} */
  let embedDialog = null;
  /** @type {ShareImage | null} */
  let shareDialog = null;
  /** @type {FullApi | null} */
  let full = null;
  /** @type {UncertaintyRunner | null} */
  let runner = null;

  function showProblems() {
    view.setNotice(problems.map((p) => p(state.lang)).join(' ') || null);
  }

  function rebuild() {
    view.build(state.lang);
    trackTable(view.table);
    showProblems();
    watchAnalysis();
  }

  /** @type {Promise<FullApi> | null} */
  let fullReady = null;
  /**
   * Loads the full module and the analysis code once; when they arrive, the analysis view
   * replaces its stand-in and the analyses and the uncertainty run start.
   */
  function wantFull() {
    fullReady ??= (async () => {
      // Until the real view replaces it below, the section is the stand-in.
      /** @type {AnalysisSlot} */ (analysis).showLoading();
      const [loaded, { AnalysisView }, { UncertaintyRunner, showUncertainty }] = await Promise.all([loadFull(), import('./analysis.js'), import('./uncertainty.js')]);
      // Their words (the `more` part, put in use by their import) before they build.
      await loadLanguage(state.lang);
      full = loaded;
      defaults.spreads = full.defaultSpreads();
      state.uncertainty.spreads = { ...defaults.spreads, ...state.uncertainty.spreads };
      analysis = new AnalysisView(full, dataset, actions, MAX_PINS);
      view.setAnalysis(analysis);
      runner = new UncertaintyRunner(
        full.module,
        (result) => showUncertainty(view, result),
        (error, latest) => latest && analysis.showUncertaintyError(errorText(state.lang, error)),
      );
      requestFrame();
      // Only the analyses: the summary was announced when the scenario last settled.
      guard(settleAnalyses)();
      return full;
    })().catch((error) => {
      // A later request tries again (the network may be back).
      fullReady = null;
      // Still the stand-in: once the real view has replaced it, nothing above throws.
      /** @type {AnalysisSlot} */ (analysis).showLoading(errorText(state.lang, convert(error)));
      throw error;
    });
    return fullReady;
  }

  /**
   * Runs an action that needs the full module, with any failure shown on the page.
   * @param {(full: FullApi) => unknown} action
   */
  async function withFull(action) {
    try {
      await action(await wantFull());
    } catch (error) {
      view.setNotice(errorText(state.lang, convert(error)));
    }
  }

  /** @type {IntersectionObserver | null} */
  let watcher = null;
  /** Fetches the full module when the analysis section comes within a screen of the viewport. */
  function watchAnalysis() {
    watcher?.disconnect();
    if (full) return;
    watcher = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        /** @type {IntersectionObserver} */ (watcher).disconnect();
        wantFull().catch(() => {});
      }
    }, { rootMargin: '100% 0px' });
    watcher.observe(/** @type {Element} */ (document.querySelector('.analysis')));
  }

  // Someone moving by keyboard reaches the analyses long before scrolling would fetch them;
  // fetched at the first Tab, they are in place before focus gets there.
  /** @param {KeyboardEvent} event */
  const onTab = (event) => {
    if (event.key !== 'Tab') return;
    removeEventListener('keydown', onTab);
    wantFull().catch(() => {});
  };
  addEventListener('keydown', onTab);

  /** A link that carries pins or uncertainty settings was shared for them: fetch at once. */
  function fetchFullIfLinked() {
    const mc = state.uncertainty;
    const analysed = state.pins.length || mc.seed !== defaults.seed || mc.correlation !== defaults.correlation || Object.keys(mc.spreads).length;
    if (analysed && !full) wantFull().catch(() => {});
  }

  /** @param {FullApi} loaded */
  function drawQr(loaded) {
    view.drawQr(loaded.qrPath(state.url), new Date().toLocaleString(language(state.lang).lang));
  }

  /**
   * Applies a state change and schedules one recomputation. Only slider drags (`drag`)
   * let the URL lag behind until they pause.
   * @param {() => unknown} mutate
   * @param {boolean} commit
   * @param {boolean} [drag]
   * @param {string | null} [control] the control changed, for gestures (see lastControl)
   */
  function change(mutate, commit, drag = false, control = null) {
    // A committed change of another control not yet written gets its own entry first.
    if (commitPending && control !== lastControl) guard(compute)();
    if (control !== null && control === writtenControl) entryCommitted = false;
    lastControl = control;
    mutate();
    problems = [];
    showProblems();
    if (commit) commitPending = true;
    if (!drag) urlNow = true;
    requestFrame();
  }

  /**
   * @param {string} field
   * @param {string} text
   * @param {'range' | 'box'} source
   * @param {boolean} commit
   */
  function setAssumption(field, text, source, commit) {
    let value;
    try {
      value = api.parseGrowth(field, text);
    } catch (error) {
      // The last valid scenario stays; only the field says what is wrong.
      if (source === 'box') view.showFieldError(field, /** @type {SimError} */ (error), /** @type {{ min: string, max: string }} */ (ranges.get(field)));
      return;
    }
    view.clearFieldError(field);
    change(() => {
      if (field === 'deflator') state.scenario.deflator = value;
      else state.scenario.growth[field] = value;
    }, commit, source === 'range' && !commit, `${field}:${source}`);
  }

  /** @param {{ correlation?: string, seed?: string, spread?: [id: string, value: string] }} change */
  function setUncertainty({ correlation, seed, spread }) {
    const next = { ...state.uncertainty, spreads: { ...state.uncertainty.spreads } };
    if (correlation !== undefined) next.correlation = correlation;
    if (seed !== undefined) {
      const value = Number(seed);
      if (!/^\d{1,10}$/.test(String(seed).trim()) || value > MAX_SEED) {
        analysis.showUncertaintyError(errorText(state.lang, { code: 'seed_out_of_range', messages: {} }, { max: MAX_SEED }));
        return;
      }
      next.seed = value;
    }
    if (spread) {
      const text = spread[1].trim();
      if (!validSpread(text)) {
        analysis.showUncertaintyError(t(state.lang, 'spreadInvalid'));
        return;
      }
      next.spreads[spread[0]] = text;
    }
    if (!validCorrelation(next.correlation)) return;
    analysis.showUncertaintyError(null);
    change(() => (state.uncertainty = next), true);
  }

  /** @param {string} link */
  function hashOf(link) {
    return writeHash({ link, lang: state.lang, view: state.view, uncertainty: state.uncertainty, defaults, pins: state.pins });
  }

  function compute() {
    const projection = api.project(state.scenario);
    lastProjection = projection;
    // Pinned scenarios never change once pinned: each is projected once, when pinned.
    const pinned = state.pins.map((pin) => (pin.projection ??= api.project(pin.scenario)));
    const link = api.encodeScenario(state.scenario);
    const key = growthKey(state.scenario);
    state.activePreset = [...presetKeys].find(([, k]) => k === key)?.[0] ?? null;
    pendingHash = hashOf(link);
    state.url = shareUrl(pendingHash);
    view.update(state, projection, pinned, state.url);
    // A committed change (a click, a typed value, the end of a drag) is written to the
    // history at once; the many steps of a drag only when it pauses, since each history
    // call costs time and browsers throttle bursts of them.
    if (commitPending || urlNow) writeUrl();
    else requestUrl();
    urlNow = false;
    requestSettle();
  }

  function writeUrl() {
    if (pendingHash !== location.hash) {
      if (entryCommitted) history.pushState(null, '', pendingHash);
      else history.replaceState(null, '', pendingHash);
      entryCommitted = false;
    }
    writtenControl = lastControl;
    lastHash = location.hash;
    view.linkLanguages(lastHash);
    if (commitPending) {
      entryCommitted = true;
      commitPending = false;
    }
  }

  function settle() {
    // compute() ran before anything settles.
    const { rows } = /** @type {Projection} */ (lastProjection);
    const targeted = rows.filter((r) => r.target);
    const met = targeted.filter((r) => r.status === 'met' || r.status === 'exceeds').length;
    const gdp = /** @type {Projection['rows'][number]} */ (rows.find((r) => r.id === 'gdp'));
    view.announce(t(state.lang, 'summary', { gdp: gdp.growth, total: targeted.length, met, short: targeted.length - met }));
    settleAnalyses();
  }

  /** The QR code, goal seek, tornado and a Monte Carlo run: once the full module is in. */
  function settleAnalyses() {
    if (!full) return;
    drawQr(full);
    analysis.settle(state);
    analysis.showUncertaintyStatus(t(state.lang, 'mcRunning'));
    const { seed, correlation, spreads } = state.uncertainty;
    // The runner came with the full module.
    /** @type {UncertaintyRunner} */ (runner).request(structuredClone(state.scenario), { seed, correlation, spreads });
  }

  const requestFrame = frameScheduler(guard(compute));
  const requestUrl = settleScheduler(guard(writeUrl), URL_MS);
  const requestSettle = settleScheduler(guard(settle), SETTLE_MS);

  /**
   * Gives a link's error its message in the reader's language where the projection module
   * carries none in it (it has zh and en): the full module, which has every language, reads
   * the link again, and the notice is shown anew with its messages. Damaged links are rare,
   * so only their readers fetch it for this.
   * @param {SimError} error
   * @param {string} link
   */
  function inEveryLanguage(error, link) {
    if (error.messages[state.lang]) return;
    loadFull().then((loaded) => {
      try {
        loaded.decodeScenario(link);
      } catch (again) {
        Object.assign(error.messages, convert(again).messages);
        showProblems();
      }
    }, () => {});
  }

  /** Reads the hash into the state; a bad link falls back to the official targets. */
  function applyHash() {
    const read = readHash(location.hash);
    const lang = read.lang ?? browserLanguage();
    const langChanged = lang !== state.lang;
    state.lang = lang;
    // A link's view wins (and is remembered); a link without one keeps the device's.
    if (read.view !== null && read.view !== state.view) {
      state.view = read.view;
      applyView(state.view);
    }
    problems = [];
    state.scenario = api.presetScenario('official');
    if (read.link !== null) {
      try {
        state.scenario = api.decodeScenario(read.link);
      } catch (error) {
        inEveryLanguage(/** @type {SimError} */ (error), read.link);
        problems.push((lang) => t(lang, 'linkProblem', { message: errorText(lang, /** @type {SimError} */ (error)) }));
      }
    }
    state.uncertainty = freshUncertainty();
    if (read.seed !== null && /^\d{1,10}$/.test(read.seed) && Number(read.seed) <= MAX_SEED) state.uncertainty.seed = Number(read.seed);
    if (read.correlation !== null && validCorrelation(read.correlation)) state.uncertainty.correlation = read.correlation;
    for (const [id, value] of Object.entries(read.spreads)) {
      if (ranges.has(id) && id !== 'deflator' && validSpread(value)) state.uncertainty.spreads[id] = value;
    }
    state.pins = [];
    for (const pin of read.pins.slice(0, MAX_PINS)) {
      const name = pin.name.slice(0, 40) || t(state.lang, 'pinDefaultName', { n: state.pins.length + 1 });
      try {
        state.pins.push({ name, link: pin.link, scenario: api.decodeScenario(pin.link) });
      } catch (error) {
        inEveryLanguage(/** @type {SimError} */ (error), pin.link);
        problems.push((lang) => t(lang, 'pinProblem', { name, message: errorText(lang, /** @type {SimError} */ (error)) }));
      }
    }
    return langChanged;
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(state.url);
      view.setToolbarStatus(t(state.lang, 'linkCopied'));
    } catch {
      /** @type {HTMLInputElement} */ (document.getElementById('share-link')).select();
      view.setToolbarStatus(t(state.lang, 'linkCopyFailed'));
    }
  }

  /** @param {FullApi} loaded */
  function downloadCsv(loaded) {
    // A byte-order mark makes spreadsheet software read the file as UTF-8 (Chinese intact).
    const csv = `\uFEFF${loaded.projectionCsv(state.scenario, state.lang)}`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `${dataset.source.id}-whatif-${state.lang}.csv`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /**
   * Keeps any failure on screen instead of in the console, with the page intact.
   * @template {unknown[]} A
   * @param {(...args: A) => unknown} fn
   * @returns {(...args: A) => unknown}
   */
  function guard(fn) {
    /** @param {unknown} error */
    const show = (error) => view.setNotice(errorText(state.lang, convert(error)));
    return (...args) => {
      try {
        const result = fn(...args);
        return result instanceof Promise ? result.catch(show) : result;
      } catch (error) {
        return show(error);
      }
    };
  }

  applyHash();
  await Promise.all([loadLanguage(state.lang), loadDatasetLanguage(state.lang)]);
  // A page prerendered in another language (none should be: boot.js sends the reader to the
  // page in theirs) is built afresh rather than taken over.
  if (document.documentElement.lang !== language(state.lang).lang) forgetPrerendered();
  rebuild();
  performance.mark('longgang:built');
  // The first computation in a task of its own: taking the page over and computing it in one
  // would block a phone's main thread for long enough to delay a tap.
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.addEventListener('popstate', guard(async () => {
    if (location.hash === lastHash) return;
    lastControl = null;
    writtenControl = null;
    if (applyHash()) {
      await Promise.all([loadLanguage(state.lang), loadDatasetLanguage(state.lang)]);
      rebuild();
    } else showProblems();
    // A bad link is replaced by the official one rather than stacked on top of it.
    entryCommitted = problems.length === 0;
    lastHash = location.hash;
    compute();
    fetchFullIfLinked();
  }));
  // The first render replaces the entry it was opened with rather than adding one.
  entryCommitted = false;
  commitPending = true;
  guard(compute)();
  // The linked scenario's figures are in: the prerendered ones it changed are no longer pending.
  document.documentElement.classList.remove('pending');
  fetchFullIfLinked();
  // Lets benchmarks and monitoring read when the first complete table was computed: from
  // here a slider move computes.
  performance.mark('longgang:first-table');
  // What is below the first screen need not hold up the page: the styles of the analyses,
  // the dialogs and the printed brief.
  const more = document.createElement('link');
  more.rel = 'stylesheet';
  more.href = new URL('../more.css', import.meta.url).href;
  document.head.append(more);
  // The code of the sections below the table and of the chart: their prerendered DOM (styled
  // by app.css) is on the page already, taken over when the code arrives.
  /**
   * @template M
   * @param {Promise<M>} loading
   * @param {(module: M) => void} attachTo
   */
  const attach = (loading, attachTo) => loading.then(async (module) => {
    // The module's words (the `more` part, put in use by its import) before it builds.
    await loadLanguage(state.lang);
    attachTo(module);
  }).catch((error) => view.setNotice(errorText(state.lang, convert(error))));
  attach(import('./sections.js'), ({ Sections }) => view.attachSections(Sections));
  attach(import('./chart.js'), ({ Chart }) => view.attachChart(Chart));
  import('./offline.js').catch(() => {});
}

start();
