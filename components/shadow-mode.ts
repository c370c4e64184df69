// The overlay's shadow roots are closed on the console: a page script cannot read a client's name or
// registration number out of a tip, nor click its buttons through the root. Two exceptions, where no
// page script can reach: the extension's own pages (the practice console), and browser tests, whose
// harness adds a one-line content script setting OPEN_FOR_TESTS to a copy of the build
// (test/support/browser.mjs). Content scripts share an isolated world the page cannot touch, and the
// shipped build has no such script (test/e2e/shadow-roots.spec.ts checks both).

export const OPEN_FOR_TESTS = '__mpgOpenShadowRootsForTests';

export function overlayShadowMode(): ShadowRootMode {
  if ((globalThis as Record<string, unknown>)[OPEN_FOR_TESTS] === true) return 'open';
  const protocol = globalThis.location?.protocol ?? '';
  return protocol === 'chrome-extension:' || protocol === 'moz-extension:' ? 'open' : 'closed';
}
