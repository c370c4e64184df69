import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
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
      "(docs/performance.md: keep zod, React and other pages' texts out of its import graph)",
  ).toBeLessThanOrEqual(budgets.contentGzipBytes);
});

test('the loader injected on every console page stays within its gzipped size budget', () => {
  const { loader, content } = bundleSizes(defaultExtensionDir);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  // The guide is not part of it: it is loaded only on pages that can be part of the flow.
  expect(
    content.files.filter((file) => !loader.files.includes(file)),
    'the guide is loaded by the loader',
  ).not.toEqual([]);
  expect(
    loader.gzip,
    `loader ${loader.files.join(', ')} is ${kB(loader.gzip)} gzipped, over the ${kB(budgets.loaderGzipBytes)} budget ` +
      '(docs/architecture.md: the loader imports no rules, engine or overlay code, only the signals derived from them)',
  ).toBeLessThanOrEqual(budgets.loaderGzipBytes);
});

test('no chunk of the extension pages is over the 500 kB at which the build warns', () => {
  // packaging/vendor-chunks.ts: React DOM and zod in chunks of their own, the build quiet at vite's default limit.
  const chunks = join(defaultExtensionDir, 'chunks');
  const sizes = readdirSync(chunks)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, kB: statSync(join(chunks, file)).size / 1000 }));
  expect(sizes.map(({ file }) => file.replace(/-[\w-]{8}\.js$/, ''))).toEqual(expect.arrayContaining(['react-dom', 'zod']));
  expect(sizes.filter(({ kB }) => kB > 500).map(({ file, kB }) => `${file}: ${kB.toFixed(0)} kB`)).toEqual([]);
});
