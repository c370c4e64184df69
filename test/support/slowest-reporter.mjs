// A Playwright reporter that adds one thing to the list reporter's output: the ten slowest spec
// files of the run, with their tests' total time, so the next slow file is seen when it arrives.

const MAX = 10;

export default class SlowestSpecs {
  /** @type {Map<string, { ms: number, tests: number }>} */
  files = new Map();

  /** @param {import('@playwright/test/reporter').TestCase} test @param {import('@playwright/test/reporter').TestResult} result */
  onTestEnd(test, result) {
    const file = test.location.file.replace(/^.*\/test\/e2e\//, '');
    const entry = this.files.get(file) ?? { ms: 0, tests: 0 };
    entry.ms += result.duration;
    entry.tests += 1;
    this.files.set(file, entry);
  }

  onEnd() {
    const slowest = [...this.files].sort((a, b) => b[1].ms - a[1].ms).slice(0, MAX);
    if (slowest.length === 0) return;
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const width = Math.max(...slowest.map(([file]) => file.length));
    const lines = slowest.map(([file, { ms, tests }]) => `  ${seconds(ms)}  ${file.padEnd(width)}  ${tests} test${tests === 1 ? '' : 's'}`);
    console.log(`\nSlowest ${slowest.length} spec files (their tests' time, browser launches included):\n${lines.join('\n')}\n`);
  }

  printsToStdio() {
    return false;
  }
}
