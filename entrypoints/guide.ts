import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '../content/guide';

// The guide, loaded by the loader (entrypoints/loader.ts) only on pages that can be part of the
// registration flow, into the loader's isolated world. Its context ends with the extension
// (reloaded, updated or removed), as a declared content script's does.
export default defineUnlistedScript(() => {
  void startGuide(new ContentScriptContext('mp-guide'));
});
