import { defineConfig } from 'wxt';

// The console's host is the only required host permission; everything else is optional and
// requested when a feature needs it (see README, "Privacy").
export default defineConfig({
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
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
