import type { Plugin } from 'vite';

// PouchDB's utilities hold `scopeEval`, a wrapper around the Function constructor, which evaluates
// design-document filter functions given as strings (filtered replication, map/reduce). Team sync uses
// neither (docs/team-sync.md), extension pages forbid eval under our CSP, and addons.mozilla.org flags
// any Function constructor in a shipped file: this build step replaces its body with an error, as
// packaging/zod-without-eval.ts does for zod. Test: test/e2e/store.spec.ts scans both packages.

const POUCH_UTILS = /[\\/]node_modules[\\/]pouchdb-utils[\\/]lib[\\/]index-browser\.es\.js$/;
const FIND = /return Function\.apply\(null, keys\)\.apply\(null, values\);/;
const REPLACE = 'throw new Error("PouchDB\'s string functions are not shipped (see packaging/pouch-without-eval.ts)");';

export function pouchWithoutEval(): Plugin {
  return {
    name: 'mpg:pouch-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!POUCH_UTILS.test(id)) return null;
      // A PouchDB update that changes this line must fail the build, not ship eval silently.
      if (!FIND.test(code)) this.error('pouchdb-utils no longer matches packaging/pouch-without-eval.ts: update the patch');
      return { code: code.replace(FIND, REPLACE), map: null };
    },
  };
}
