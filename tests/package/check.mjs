// A consumer of the packed package in Node, run from a scratch folder where the tarball is
// the only thing installed (tests/node/package.test.mjs): what the package's README
// promises a Node script, with the report's figures. Exits non-zero on the first mismatch.
import assert from 'node:assert/strict';
import { decodeScenario, encodeScenario, goalSeek, init, isSimError, presetScenario, project } from 'longgang-sim';

/** The code of what `run` throws, checking it is one of the package's errors. */
function codeOf(run) {
  try {
    run();
  } catch (error) {
    assert.ok(isSimError(error), `not a SimError: ${error}`);
    return error.code;
  }
  assert.fail('nothing was thrown');
}

// Before init: a stable code, not a wasm-bindgen TypeError.
assert.equal(codeOf(() => presetScenario('official')), 'not_initialised');

await Promise.all([init(), init()]);
await init(); // idempotent

// The official preset with GDP at 7%: 409.49 × 1.07 = 438.1543, shown 438.15 (亿元).
const scenario = presetScenario('official');
scenario.growth.gdp = '7';
const gdp = project(scenario).rows.find((row) => row.id === 'gdp');
assert.equal(gdp.projectedExact, '438.1543');
assert.equal(gdp.projected, '438.15');
assert.equal(gdp.status, 'met');

// A share link of format v1, as the first release wrote it, opens the official preset.
const v1 = 'v1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Cohe';
assert.deepEqual(decodeScenario(v1), presetScenario('official'));
assert.match(encodeScenario(decodeScenario(v1)), /^v2~longgang-2024~E1~/);

// A damaged link (cut short, or a digit changed) gets its stable code, with every language's message.
assert.equal(codeOf(() => decodeScenario(v1.slice(0, -2))), 'scenario_malformed');
assert.equal(codeOf(() => decodeScenario(v1.replace('gdp6.5', 'gdp6.6'))), 'scenario_malformed');
try {
  decodeScenario(v1.replace('gdp6.5', 'gdp6.6'));
} catch (error) {
  assert.match(error.messages.zh, /情景链接已损坏/);
  assert.equal(error.message, error.messages.en);
}

// The analyses are in the full module: a stable code until it is loaded.
assert.equal(codeOf(() => goalSeek(scenario, 'gdp', { kind: 'official' })), 'full_not_loaded');
await init({ full: true });
const answer = goalSeek(presetScenario('official'), 'gdp', { kind: 'official' });
assert.equal(answer.growth, '6.50');
assert.equal(answer.level, '436.11');

console.log(`longgang-sim in Node ${process.version}: GDP at 7% → ${gdp.projected}; v1 link decoded; damaged link → scenario_malformed; goal seek → ${answer.growth}%`);
