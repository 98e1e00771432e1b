// The two WASM packages the build writes: the projection module the page and the embeds
// load first has only the projection API; the full module has that same API (giving the
// same answers) plus the dataset, the analyses, the uncertainty run, CSV, QR code and
// static HTML. The page's dataset file is the full module's dataset less the other targets
// and the fields no page script reads, its texts in the page's languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assetPath } from '../../.ci/fingerprint.mjs';
import { pageLanguages } from '../../.ci/prerender.mjs';

const root = new URL('../../target/site/', import.meta.url);

/** A file of the built site by its source name (the build gives it a content-hashed one). */
const built = (path) => new URL(assetPath(fileURLToPath(root), path), root);

async function instantiate(dir) {
  const glue = await import(built(`${dir}/longgang_sim.js`));
  glue.initSync({ module: readFileSync(built(`${dir}/longgang_sim_bg.wasm`)) });
  return glue;
}

// The packages are build outputs, so they are loaded on first use inside a test, not when
// the file is imported: without a build this file still loads and its tests can be counted
// as not run.
let loaded = null;
function packages() {
  loaded ??= Promise.all([instantiate('pkg'), instantiate('pkg-full')]).then(([core, full]) => ({ core, full }));
  return loaded;
}
const CORE_EXPORTS = ['presetScenario', 'normalizeScenario', 'project', 'encodeScenario', 'decodeScenario', 'parseGrowth'];
/** The functions only the full module has (the page takes every function it has). */
const FULL_EXPORTS = ['goalSeek', 'sensitivity', 'monteCarlo', 'defaultSpreads', 'difference', 'projectionCsv', 'qrPath', 'renderStatic', 'cardSvg', 'explain', 'explainableFigures', 'explainUncertainty', 'explainGoalSeek', 'projectGrid'];

test('the projection module has exactly the projection API', async () => {
  const { core } = await packages();
  for (const name of CORE_EXPORTS) assert.equal(typeof core[name], 'function', name);
  // (The page takes decodeScenario from the full module too, for its messages in every language.)
  for (const name of FULL_EXPORTS) assert.equal(core[name], undefined, name);
});

test('the full module has the projection API and every extra the page asks it for', async () => {
  const { core, full } = await packages();
  for (const name of [...CORE_EXPORTS, ...FULL_EXPORTS, 'dataset', 'presets']) assert.equal(typeof full[name], 'function', name);
  assert.equal(core.dataset, undefined);
});

test("the page's dataset and sources files are the full module's dataset without the other targets, the derived figures' declarations, the fields and the sentences the page does not read from them, one file per page language", async () => {
  const { full } = await packages();
  // Each language's file has its texts and the report's (the English forms only where shown).
  const english = JSON.parse(readFileSync(built('pkg/dataset.en.json'), 'utf8'));
  const traditional = JSON.parse(readFileSync(built('pkg/dataset.zh-Hant.json'), 'utf8'));
  assert.deepEqual(Object.keys(english.indicators[0].name), ['en', 'zh']);
  assert.deepEqual(Object.keys(traditional.indicators[0].name), ['zh', 'zh-Hant']);
  assert.equal(traditional.units[0].name['zh-Hant'], '億元');
  assert.equal(traditional.units[0].enAmount, undefined);
  assert.equal(english.units[0].enAmount, 'bn yuan');
  // The default language's file, with every language put back, is the full module's dataset.
  const file = JSON.parse(readFileSync(built('pkg/dataset.json'), 'utf8'));
  assert.deepEqual(Object.keys(file.indicators[0].name), ['zh']);
  const merge = (into, from) => {
    for (const [key, value] of Object.entries(from)) {
      if (!(key in into)) into[key] = value;
      else if (value && typeof value === 'object') merge(into[key], value);
    }
  };
  merge(file, english);
  merge(file, traditional);
  const sources = JSON.parse(readFileSync(built('pkg/sources.json'), 'utf8'));
  const { otherTargets, derived, ...rest } = full.dataset();
  // The indicators' sentences are in the sources file, each under its figure, and so is the
  // reason the report gives where it says an indicator missed its base-year target (with
  // the reason in plain words, in every language); the other sentences (the key projects',
  // the sector structure's, the account's count) are in no page file.
  for (const indicator of rest.indicators) {
    const quotes = Object.fromEntries(['base', 'baseGrowth', 'target', 'levelMissing'].filter((key) => indicator[key]?.quote).map((key) => [key, indicator[key].quote]));
    const shortfall = rest.baseAccount.shortfalls.find((s) => s.of.includes(indicator.id));
    if (shortfall) quotes.shortfall = { quote: shortfall.quote, why: shortfall.why };
    assert.deepEqual(sources[indicator.id], quotes, indicator.id);
  }
  assert.deepEqual(Object.keys(sources).filter((id) => sources[id].shortfall), ['fiscal_revenue', 'budget_revenue', 'foreign_trade']);
  // Nor does it have the fields no page script reads: the module computes with them, or the
  // catalogues word them. Of the account of the base year it keeps which indicators missed.
  const unread = new Set(['quote', 'schemaVersion', 'edition', 'file', 'priceBasis', 'sector', 'offsetPoints', 'default']);
  const pageShape = (value) => {
    const shaped = JSON.parse(JSON.stringify(value, (key, item) => (unread.has(key) ? undefined : item)));
    for (const indicator of shaped.indicators) {
      if (indicator.levelMissing) indicator.levelMissing = {};
      if (indicator.standIn) indicator.standIn = { why: indicator.standIn.why };
    }
    delete shaped.keyProjects.id;
    delete shaped.keyProjects.name;
    for (const preset of shaped.presets) delete preset.base;
    shaped.baseAccount = { shortfalls: shaped.baseAccount.shortfalls.map(({ of }) => ({ of })) };
    return shaped;
  };
  assert.deepEqual(file, pageShape(pageLanguages(rest)));
  assert.deepEqual(file.baseAccount, { shortfalls: [{ of: ['fiscal_revenue', 'budget_revenue'] }, { of: ['foreign_trade'] }] });
  assert.equal(file.indicators[0].priceBasis, undefined);
  assert.deepEqual(file.indicators.find((i) => i.id === 'foreign_trade').levelMissing, {});
  assert.ok(derived.length > 0);
  assert.ok(otherTargets.length > 20);
  assert.deepEqual(file.presets, pageLanguages(full.presets()).map(({ id, name, description }) => ({ id, name, description })));
  // The full module's texts are in every language of the catalogues.
  assert.deepEqual(Object.keys(rest.indicators[0].name), ['en', 'zh', 'zh-Hant']);
});

test('both modules give the same scenarios, links and projections', async () => {
  const { core, full } = await packages();
  for (const preset of full.presets()) {
    const scenario = core.presetScenario(preset.id);
    assert.deepEqual(full.presetScenario(preset.id), scenario);
    assert.equal(core.encodeScenario(scenario), full.encodeScenario(scenario));
    for (const gdpMode of ['direct', 'sectors']) {
      assert.deepEqual(core.project({ ...scenario, gdpMode }), full.project({ ...scenario, gdpMode }));
    }
  }
});
