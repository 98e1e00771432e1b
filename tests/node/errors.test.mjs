// Whatever the WASM module throws — its own errors, a trap, a plain bug — reaches the page
// as a SimError with a code and its messages by language (none for the page's own codes,
// which the catalogues word).
import { test } from 'node:test';
import assert from 'node:assert/strict';

// www/js/wasm.js imports the built package (www/pkg), so it is loaded inside the tests:
// without a build this file still loads and its tests can be counted as not run.
const wasm = () => import('../../www/js/wasm.js');

test('core errors keep their code, messages and field', async () => {
  const { convert, SimError } = await wasm();
  const messages = { zh: '应在…', en: 'must be…', 'zh-Hant': '應在…' };
  const thrown = Object.assign(new Error('x'), { code: 'out_of_range', messages, field: 'gdp' });
  const error = convert(thrown);
  assert.ok(error instanceof SimError);
  assert.deepEqual([error.code, error.messages, error.field], ['out_of_range', messages, 'gdp']);
});

test('a trap becomes a readable internal error', async () => {
  const { convert } = await wasm();
  const warn = console.warn;
  console.warn = () => {};
  try {
    const error = convert(new WebAssembly.RuntimeError('unreachable'));
    assert.equal(error.code, 'internal');
    assert.deepEqual(error.messages, {});
  } finally {
    console.warn = warn;
  }
});

test('anything else thrown is still an error, the internal one the catalogues word', async () => {
  const { convert } = await wasm();
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (const thrown of [undefined, null, 42, 'text', { weird: true }]) {
      const error = convert(thrown);
      assert.equal(error.code, 'internal');
      assert.deepEqual(error.messages, {});
    }
  } finally {
    console.warn = warn;
  }
});
