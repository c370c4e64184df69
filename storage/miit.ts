import { browser } from 'wxt/browser';

// The MIIT SMS check (工信部短信核验) happens on beian.miit.gov.cn, not on the console. The guide
// runs there only after the user grants that host from the popup (an optional permission, together
// with `scripting` to register the content script at run time, which the Chrome build holds from
// install). Without it, the popup's tracker still gives the guidance.

export const MIIT_ORIGIN = 'https://beian.miit.gov.cn/*';
type PermissionRequest = Parameters<typeof browser.permissions.request>[0];
export const MIIT_PERMISSIONS = {
  // The Chrome build holds scripting from install (wxt.config.ts), and Chrome refuses to remove a required permission.
  permissions: import.meta.env.MANIFEST_VERSION === 2 ? ['scripting'] : [],
  origins: [MIIT_ORIGIN],
} as PermissionRequest;
const SCRIPT_ID = 'mpg-miit';

export async function hasMiitAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(MIIT_PERMISSIONS);
  } catch {
    return false;
  }
}

/** Registers (or removes) the guide on the MIIT host to match the granted permissions. */
export async function syncMiitScript(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const granted = await hasMiitAccess();
  const registered = (await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: [MIIT_ORIGIN], js: ['loader.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
  } else if (!granted && registered) {
    await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}
