/* global chrome */
// Part of `npm run demo -- --headless`: the guide as the browser shows it, in its side panel beside
// the console tab. A script cannot open or photograph the browser's own side panel, so the side
// panel's page (sidepanel.html?tab=<id>, the same page and code, pinned to the console tab) is
// opened in a tab of its own and its screenshot is put beside the console's, as the browser lays
// them out: the page narrower by the panel's width, the panel on the right.

/** Chrome's side panel opens at about this width. */
export const SIDE_PANEL_WIDTH = 360;

/** Opens the side panel's page for the tab showing `page`; the console tab is brought back to the front. */
export async function openSidePanel(context, extensionId, page) {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return (tabs.find((tab) => tab.url === url) ?? tabs[0])?.id;
  }, page.url());
  const side = await context.newPage();
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await page.bringToFront();
  return side;
}

/**
 * Screenshots the console (its viewport, `size` less the side panel's width) and the side panel
 * beside it into `file`, `size` in all. `fullPage`: the console's whole height (the panel keeps the
 * window's height at the top). `prepare`: run on the console once it has its narrower width (e.g. to
 * scroll a field into view).
 */
export async function shootWithSidePanel(context, page, side, file, size, { fullPage = false, prepare } = {}) {
  await page.setViewportSize({ width: size.width - SIDE_PANEL_WIDTH, height: size.height });
  await side.setViewportSize({ width: SIDE_PANEL_WIDTH - 1, height: size.height }); // and a 1 px border
  await side.locator('[data-mpg-host="guide-panel"] aside').waitFor({ timeout: 5_000 });
  await prepare?.();
  await page.waitForTimeout(200);
  const consolePng = await page.screenshot({ fullPage });
  const sidePng = await side.screenshot();
  const sheet = await context.newPage();
  await sheet.setViewportSize(size);
  const img = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await sheet.setContent(`<body style="margin:0;display:flex;align-items:flex-start;background:#f0f2f5">
    <img src="${img(consolePng)}" style="display:block;flex:none">
    <img src="${img(sidePng)}" style="display:block;flex:none;border-left:1px solid #c4c9d0;box-sizing:content-box">
  </body>`);
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
  await sheet.screenshot({ path: file, fullPage });
  await sheet.close();
  await page.setViewportSize(size);
}
