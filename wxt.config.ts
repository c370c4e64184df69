import { defineConfig } from 'wxt';

// The console's host is the only required host permission; everything else is optional and
// requested when a feature needs it (see README, "Privacy").
export default defineConfig({
  hooks: {
    // The guide's stylesheet must also load on beian.miit.gov.cn once the user allows that host.
    'build:manifestGenerated': (_wxt, manifest) => {
      // Firefox MV2 has no optional_host_permissions: the origin goes with the optional permissions.
      if (manifest.manifest_version === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions] as typeof manifest.optional_permissions;
        delete manifest.optional_host_permissions;
      }
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'object' && entry.matches?.includes('https://mp.weixin.qq.com/*')) entry.matches.push('https://beian.miit.gov.cn/*');
        // (MV2 lists plain strings and needs no match list.)
      }
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  // Explicit imports everywhere: easier to read, and the engine stays free of framework globals.
  imports: false,
  // MPG_ONLY=background,mp builds a subset of entrypoints (faster iteration on one part).
  filterEntrypoints: process.env.MPG_ONLY ? process.env.MPG_ONLY.split(',') : undefined,
  manifest: {
    name: 'MP Console Guide',
    description: 'English guidance, live field checks and progress tracking on the WeChat Mini Program console.',
    permissions: ['storage'],
    host_permissions: ['https://mp.weixin.qq.com/*'],
    // Asked from the popup when a mainland client reaches the MIIT SMS check (beian.miit.gov.cn).
    optional_permissions: ['scripting'],
    optional_host_permissions: ['https://beian.miit.gov.cn/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
