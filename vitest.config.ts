import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    // Most unit tests are pure logic: Node's environment. Files that need a DOM say so in their first line.
    environment: 'node',
    // Files in parallel on two workers: vitest's default (one less than the cores) is one on a 2-core machine.
    maxWorkers: 2,
    // Files of one worker share its module cache: the rules, locales and opencc dictionaries are imported
    // once per worker, not once per file (a quarter less CPU). Tests reset what they change (fakeBrowser.reset());
    // the suite passes with the files in shuffled order (npx vitest run --sequence.shuffle.files).
    isolate: false,
    // Generous: the machines this runs on are often shared, and a property test or a child process can wait for a core.
    testTimeout: 20_000,
    // Replica pages link the replica stylesheet and runtime: unit tests parse them, never load them.
    environmentOptions: {
      happyDOM: {
        settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
  },
});
