// Where the loader (entrypoints/loader.ts) finds the guide (entrypoints/guide.ts, built to
// /guide.js), which then runs in the loader's isolated world, as a content script.

export const GUIDE_FILE = '/guide.js';
/** The port the loader opens to have the background inject the guide (content/loader/inject-guide.ts). */
export const GUIDE_PORT = 'mpg-load-guide';
