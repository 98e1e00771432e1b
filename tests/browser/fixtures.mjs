// Shared test setup: every page records console errors and uncaught exceptions, and each
// test fails if any appeared that it did not expect.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  problems: async ({ page }, use) => {
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await use(problems);
    expect(problems, 'console errors and page errors').toEqual([]);
  },
});

export { expect };
