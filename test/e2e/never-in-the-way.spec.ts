import type { Page } from '@playwright/test';
import { replicas } from '../../replicas/replicas.mjs';
import { expect, openReplica, renderDelayOf, test } from './fixtures';

// Issue 22: the extension's UI on the console (the field tips and the side panel's handle; the guide
// itself is in the browser's side panel) never covers a console control. On every replica page, at
// two common window sizes, and scrolled from top to bottom, the browser is asked which element is on
// top at the centre and near the corners of each button, link, input, select and label with a control.

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** Controls under one of our overlay hosts in the current viewport, as "tag 'text' at (x, y) under host". */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const OURS = '[data-mpg-host]';
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, label, [role=button]'),
    ).filter((el) => !el.closest(OURS) && (el.localName !== 'label' || (el as HTMLLabelElement).control !== null));
    const found: string[] = [];
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = control.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      const inset = Math.min(2, r.width / 4, r.height / 4);
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
      for (const [x, y] of points) {
        const stack = document.elementsFromPoint(x!, y!);
        const ours = stack.findIndex((el) => el.closest(OURS));
        if (ours === -1) continue;
        const mine = stack.findIndex((el) => el === control || control.contains(el));
        if (mine === -1 || ours < mine) {
          const text = (control.textContent ?? '').trim().slice(0, 20) || control.getAttribute('placeholder') || control.getAttribute('type') || '';
          found.push(`${control.localName} '${text}' at (${Math.round(x!)}, ${Math.round(y!)}) under ${stack[ours]!.closest(OURS)!.localName}`);
          break;
        }
      }
    }
    return found;
  });
}

for (const size of SIZES) {
  test(`no console control is under the extension's UI at ${size.width}×${size.height}, on any replica page`, async ({ page }) => {
    test.setTimeout(15 * 60_000);
    await page.setViewportSize(size);
    const problems: string[] = [];
    let handles = 0;
    for (const replica of replicas) {
      await openReplica(page, replica.name);
      await page.waitForLoadState('load');
      if (replica.page && replica.url.startsWith('https://mp.weixin.qq.com/')) {
        await expect(page.locator(':root'), replica.name).toHaveAttribute('data-mpg-page', replica.page, { timeout: 10_000 });
        await expect(page.locator('[data-mpg-host="panel-handle"]'), `${replica.name}: the handle that opens the side panel`).toHaveCount(1);
        // The guide itself is not on the page.
        await expect(page.locator('[data-mpg-host="guide-panel"]')).toHaveCount(0);
      } else {
        await page.waitForTimeout(renderDelayOf(replica) + 300);
      }
      const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
      for (let top = 0; ; top += Math.round(size.height * 0.75)) {
        await page.evaluate((y) => window.scrollTo(0, y), top);
        // The handle moves in the next frame after a scroll: wait two.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        for (const problem of await coveredControls(page)) problems.push(`${replica.name} (scrolled to ${top}): ${problem}`);
        if (top + size.height >= height) break;
      }
      if (await page.locator('[data-mpg-host="panel-handle"]').isVisible()) handles++;
    }
    expect(problems).toEqual([]);
    // The handle was there to be hit-tested (not hidden everywhere for want of room).
    expect(handles).toBeGreaterThan(replicas.filter((r) => r.page).length / 2);
  });
}
