import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// How the loader and the guide meet. The guide (entrypoints/guide.ts, built to /guide.js) runs in
// the same isolated world as the loader, so it leaves its start function on that world's global
// object, where the page's own scripts cannot see it.

export const GUIDE_FILE = '/guide.js';
/** The port the loader opens when the background must inject the guide (Firefox MV2). */
export const GUIDE_PORT = 'mpg-load-guide';

const START_KEY = '__mpgStartGuide';

export type StartGuide = (ctx: ContentScriptContext) => Promise<void>;

export function offerGuide(start: StartGuide): void {
  (globalThis as Record<string, unknown>)[START_KEY] = start;
}

export function offeredGuide(): StartGuide | undefined {
  const start = (globalThis as Record<string, unknown>)[START_KEY];
  return typeof start === 'function' ? (start as StartGuide) : undefined;
}
