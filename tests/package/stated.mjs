// The checks behind the package README's examples: tests/node/package.test.mjs writes each
// example out with every `expression; // 'text'` turned into `shown(expression, 'text')`,
// and counts the checks made, so that none can sit in a branch that never ran.
import assert from 'node:assert/strict';

let checked = 0;

/** Asserts that `actual` reads `text`, where `…` stands for any text. */
export function shown(actual, text) {
  const pattern = text.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  assert.match(String(actual), new RegExp(`^${pattern}$`));
  checked += 1;
}

/** How many values were checked so far. */
export const checkedCount = () => checked;
