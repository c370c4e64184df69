// zod 4 compiles a fast path for object schemas with the Function constructor when it may
// (its "JIT"), and probes for that permission with `Function("")`. Extension pages forbid eval
// under our CSP anyway, and addons.mozilla.org flags any Function constructor in a shipped file.
// This build step removes both from zod's code: the probe answers "no eval" (zod's `jitless`
// behaviour, always) and the compiler is gone. Test: test/e2e/store.spec.ts scans both packages.
import type { Plugin } from 'vite';

const ZOD_FILE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/;

const patches: Record<string, { find: RegExp; replace: string }> = {
  util: {
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/,
    replace: 'return false;',
  },
  doc: {
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() { throw new Error("zod\'s JIT is not shipped (see packaging/zod-without-eval.ts)"); }',
  },
};

export function zodWithoutEval(): Plugin {
  return {
    name: 'mpg:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const file = ZOD_FILE.exec(id)?.[1];
      const patch = file ? patches[file] : undefined;
      if (!file || !patch) return null;
      const { find, replace } = patch;
      // A zod update that changes these lines must fail the build, not ship eval silently.
      if (!find.test(code)) this.error(`zod's ${file}.js no longer matches packaging/zod-without-eval.ts: update the patch`);
      return { code: code.replace(find, replace), map: null };
    },
  };
}
