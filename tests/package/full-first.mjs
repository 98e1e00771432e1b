// The package loaded with `init({ full: true })` alone (tests/node/package.test.mjs): the
// projection functions run in the full module, whose errors carry every catalogue language,
// and a later `init()` loads nothing more. Exits non-zero on the first mismatch.
import assert from 'node:assert/strict';
import { decodeScenario, init, presetScenario, project } from 'longgang-sim';

await init({ full: true });
// Were the projection module loaded now, these bytes (not WebAssembly) would fail it.
await init({ wasm: { projection: new Uint8Array([0, 1, 2, 3]) } });
assert.equal(project(presetScenario('official')).rows[0].projected, '436.11');
assert.throws(() => decodeScenario('v2~damaged'), (error) => {
  assert.equal(error.code, 'scenario_malformed');
  // The projection module words its errors in zh and en only; the full module in all three.
  assert.deepEqual(Object.keys(error.messages).sort(), ['en', 'zh', 'zh-Hant']);
  return true;
});
console.log('full module first: projection functions served by it');
