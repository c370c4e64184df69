import { expect, test } from '@playwright/test';
import { budgets } from '../../scripts/bench/budgets.mjs';
import { bundleSizes, defaultExtensionDir } from '../../scripts/bench/sizes.mjs';

// The size budget, checked on the extension the test command has just built (npm run test:e2e builds
// first, with `npm run zip`, so this never reads a stale build). A spec rather than a unit test: the unit
// tests run before the build. No browser is launched. Timings are the benchmark's (npm run bench).

test('the content script stays within its gzipped size budget', () => {
  const { content } = bundleSizes(defaultExtensionDir);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  expect(
    content.gzip,
    `content script ${content.files.join(', ')} is ${kB(content.gzip)} gzipped, over the ${kB(budgets.contentGzipBytes)} budget ` +
      '(README, "Performance": keep zod, React and other pages\' texts out of its import graph)',
  ).toBeLessThanOrEqual(budgets.contentGzipBytes);
});
