// Performance budgets: targets to reach and then to hold (docs/performance.md).
// Sizes are checked by the test command (test/e2e/bundle-size.spec.ts, right after the build);
// timings are reported by the benchmark (npm run bench) only, never asserted in tests.
export const budgets = {
  /** Content script on a flow page (loader and guide), gzipped (zlib level 9), in bytes (1 kB = 1,000 bytes). */
  contentGzipBytes: 136_000,
  /** The loader the manifest injects on every console page, gzipped. */
  loaderGzipBytes: 10_000,
  /** Fields rendered → page id set and tips attached, median, on the replica pages. */
  readyMsReplica: 50,
  /** The same on the stress page (5,000 rows, about 20,000 nodes). */
  readyMsStress: 150,
  /** One keystroke's checks, 99th percentile. */
  keystrokeP99Ms: 2,
  /** Main-thread script time the extension adds on the stress page, as a share of the page's own. */
  addedScriptShareStress: 0.1,
  /** Long tasks (> 50 ms) the extension adds. */
  addedLongTasks: 0,
  /** Script time and timers while the page is idle. */
  idleAddedScriptMs: 0,
  idleAddedTimers: 0,
  /** The article-editor page (nothing for the guide there): the extension's CPU per load, its CPU per keystroke at p99, heap. */
  editorLoadCpuMs: 2,
  editorKeystrokeP99Ms: 0.05,
  editorHeapKB: 300,
  /** Agency overview with 500 clients: data in → first rows on screen (main-thread CPU to the next frame). */
  overviewRenderMs: 100,
};
