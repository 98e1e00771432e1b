// Whatever the WASM module throws — its own errors, a trap, a plain bug — reaches the page
// as a SimError with a code and messages in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';

// www/js/wasm.js imports the built package (www/pkg), so it is loaded inside the tests:
// without a build this file still loads and its tests can be counted as not run.
const wasm = () => import('../../www/js/wasm.js');

test('core errors keep their code, messages and field', async () => {
  const { convert, SimError } = await wasm();
  const thrown = Object.assign(new Error('x'), { code: 'out_of_range', messageZh: '应在…', messageEn: 'must be…', field: 'gdp' });
  const error = convert(thrown);
  assert.ok(error instanceof SimError);
  assert.deepEqual([error.code, error.zh, error.en, error.field], ['out_of_range', '应在…', 'must be…', 'gdp']);
});

test('a trap becomes a readable internal error', async () => {
  const { convert } = await wasm();
  const error = convert(new WebAssembly.RuntimeError('unreachable'));
  assert.equal(error.code, 'internal');
  assert.match(error.zh, /^内部错误:unreachable/);
  assert.match(error.en, /^Internal error: unreachable/);
});

test('anything else thrown is still an error with both messages', async () => {
  const { convert } = await wasm();
  for (const thrown of [undefined, null, 42, 'text', { weird: true }]) {
    const error = convert(thrown);
    assert.equal(error.code, 'internal');
    assert.ok(error.zh.length > 0 && error.en.length > 0);
  }
});
