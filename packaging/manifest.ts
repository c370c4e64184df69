// What the stores read from the manifest: icons, localised name and description, the toolbar
// button's title, and Firefox's add-on id and data-collection declaration. Kept here so that
// wxt.config.ts stays a list of hooks.
import type { Browser } from 'wxt/browser';

/** Icon sizes rendered from assets/icon.svg at build time (@wxt-dev/auto-icons, into icons/<size>.png). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export const iconPaths = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

/** Firefox's add-on id: fixed for the life of the listing on addons.mozilla.org (updates are matched by it). */
export const GECKO_ID = 'mp-console-guide@mp-console-guide.org';

/** The manifest fields that name the extension, read from public/_locales/<lang>/messages.json. */
export const localisedManifest = {
  name: '__MSG_extName__',
  short_name: '__MSG_extShortName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
};

/** Firefox only (Chrome flags unknown keys on its extensions page): the add-on id and what it collects. */
export function firefoxManifest(browser: string) {
  if (browser !== 'firefox') return {};
  return {
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // The first Firefox versions that read data_collection_permissions (desktop 140, Android 142).
        strict_min_version: '140.0',
        // Nothing leaves the browser (docs/privacy.md).
        data_collection_permissions: { required: ['none'] as ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * The toolbar button: its icon and localised title. WXT takes the title from the popup's <title>,
 * so this runs after the manifest is generated. MV2 (Firefox) calls it browser_action.
 */
export function applyActionIconAndTitle(manifest: Browser.runtime.Manifest): void {
  const action = manifest.action ?? manifest.browser_action;
  if (!action) return;
  action.default_icon = iconPaths;
  action.default_title = '__MSG_actionTitle__';
}
