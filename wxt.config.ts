import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { flowSignals } from './content/loader/derive';
import { localeIds } from './locales/ids';
import { OVERLAY_FILES } from './locales/overlay-files';
import { sourcesExcluded } from './packaging/sources';
import { zodWithoutEval } from './packaging/zod-without-eval';
import { pouchWithoutEval } from './packaging/pouch-without-eval';
import { vendorChunks } from './packaging/vendor-chunks';
import { applyActionIconAndTitle, firefoxManifest, ICON_SIZES, localisedManifest } from './packaging/manifest';
import { pageRules } from './rules';

// The console's host is the only required host permission; everything else is optional and
// requested when a feature needs it (see docs/privacy.md).
export default defineConfig({
  hooks: {
    // The overlay's texts in each language but English, read by the content script on demand.
    'build:publicAssets': (_wxt, assets) => {
      for (const locale of localeIds.filter((id) => id !== 'en')) {
        const files: Record<string, unknown> = {};
        for (const name of OVERLAY_FILES) {
          const path = `locales/${locale}/${name}.json`;
          if (existsSync(path)) files[`./${path.slice('locales/'.length)}`] = JSON.parse(readFileSync(path, 'utf8'));
        }
        assets.push({ relativeDest: `locales/overlay-${locale}.json`, contents: JSON.stringify(files) });
      }
    },
    // The guide's stylesheet must also load on beian.miit.gov.cn once the user allows that host.
    'build:manifestGenerated': (_wxt, manifest) => {
      applyActionIconAndTitle(manifest);
      // Firefox MV2 has no optional_host_permissions: the origin goes with the optional permissions.
      if (manifest.manifest_version === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...manifest.optional_host_permissions,
        ] as typeof manifest.optional_permissions;
        delete manifest.optional_host_permissions;
      }
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'object' && entry.matches?.includes('https://mp.weixin.qq.com/*') && !entry.matches.includes('https://beian.miit.gov.cn/*')) {
          entry.matches.push('https://beian.miit.gov.cn/*');
        }
        // (MV2 lists plain strings and needs no match list.)
      }
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // assets/icon.svg rendered to icons/<size>.png on every build (docs/store-packages.md).
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [...ICON_SIZES], developmentIndicator: false },
  // No Function constructor in any shipped file (addons.mozilla.org; docs/store-packages.md).
  // The loader's URLs and marker texts, derived from the page rules (docs/architecture.md).
  // React DOM and zod in chunks of their own: the extension pages' shared chunk stays under the 500 kB at
  // which vite warns (packaging/vendor-chunks.ts; test/e2e/bundle-size.spec.ts).
  vite: () => ({
    plugins: [zodWithoutEval(), pouchWithoutEval(), vendorChunks()],
    define: { __MPG_FLOW_SIGNALS__: JSON.stringify(flowSignals(pageRules)) },
  }),
  // The sources archive addons.mozilla.org asks for: enough to rebuild (npm ci && npm run zip), without
  // the screenshots in docs/ and without anything .gitignore ignores (demo screenshots, test results…).
  zip: { excludeSources: sourcesExcluded() },
  srcDir: '.',
  outDir: '.output',
  // Explicit imports everywhere: easier to read, and the engine stays free of framework globals.
  imports: false,
  // MPG_ONLY=background,mp builds a subset of entrypoints (faster iteration on one part).
  filterEntrypoints: process.env.MPG_ONLY ? process.env.MPG_ONLY.split(',') : undefined,
  manifest: ({ browser, manifestVersion }) => ({
    ...localisedManifest,
    ...firefoxManifest(browser),
    // alarms: the timers of team sync and deadline notifications (a Manifest V3 service worker sleeps
    // between events); no install warning.
    // scripting (Chrome): the background injects the guide on the console pages whose loader asks
    // (content/loader/inject-guide.ts); no install warning of its own. Firefox's build does that with
    // tabs.executeScript and asks for scripting only for the MIIT page below.
    permissions: ['storage', 'alarms', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: ['https://mp.weixin.qq.com/*'],
    // scripting (Firefox): asked from the popup when a mainland client reaches the MIIT SMS check (beian.miit.gov.cn).
    // notifications: asked when deadline notifications are turned on (options page). docs/privacy.md.
    optional_permissions: [...(manifestVersion === 3 ? [] : ['scripting']), 'notifications'],
    // Team sync asks for the one origin of the agency's CouchDB when the user turns it on (HTTPS, or
    // plain HTTP on this computer); nothing is granted at install.
    optional_host_permissions: ['https://beian.miit.gov.cn/*', 'https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // The loader (entrypoints/loader.ts): a few kB on every console page; it loads the guide where needed.
    content_scripts: [{ matches: ['https://mp.weixin.qq.com/*'], js: ['loader.js'], run_at: 'document_idle' }],
    // Chrome: only at a per-session URL (use_dynamic_url), so no page can detect the extension by
    // fetching a fixed chrome-extension://<id>/… address (issue 19, item 12). Firefox's
    // moz-extension:// host is random per installation already.
    web_accessible_resources: [
      {
        resources: [
          'locales/overlay-*.json',
          // The field tips' inline frame (components/inline/): client-derived verdicts, out of the page's reach.
          // (Not guide.js: the background injects it, content/loader/inject-guide.ts.)
          'inline.html',
        ],
        matches: ['https://mp.weixin.qq.com/*', 'https://beian.miit.gov.cn/*'],
        ...(manifestVersion === 3 ? { use_dynamic_url: true } : {}),
      },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
});
