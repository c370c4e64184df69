// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSidePanelHandle } from '../../content/side-panel/handle';
import type { Translate } from '../../locales/overlay';

// The handle reads the geometry of every console control to find its free spot; on a page of
// thousands of controls that read is the guide's largest cost (docs/performance.md, the 2026-12-07
// run). The guide shows the handle on every render of its panel (an evaluation, the profiles
// arriving, a setting): it must measure once for all of them, after the page's next frame, never
// in the middle of the guide's own changes.

const t = ((key: string) => key) as unknown as Translate;

function consolePage(controls: number) {
  document.body.innerHTML = Array.from({ length: controls }, (_, i) => `<div><label>Item ${i}</label><input type="text"></div>`).join('');
}

/** Resolves after the next frame and the task after it (where the handle measures). */
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe('the side panel handle', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('measures the page once, after the next frame, however often it is shown meanwhile', async () => {
    consolePage(50);
    const reads = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const aborted = new AbortController();
    const handle = createSidePanelHandle(document, aborted.signal);
    handle.show(t);
    handle.show(t);
    handle.show(t);
    // On the page at once, placed after the frame: nothing read in the middle of the guide's changes.
    expect(document.querySelectorAll('[data-mpg-host="panel-handle"]')).toHaveLength(1);
    expect(reads).not.toHaveBeenCalled();
    await nextFrame();
    // 50 labels and 50 inputs, each read once, for the three calls.
    expect(reads).toHaveBeenCalledTimes(100);
    aborted.abort();
  });

  it('places nothing once hidden or stopped before the frame', async () => {
    consolePage(5);
    const reads = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const aborted = new AbortController();
    const handle = createSidePanelHandle(document, aborted.signal);
    handle.show(t);
    handle.hide();
    await nextFrame();
    expect(reads).not.toHaveBeenCalled();
    expect(document.querySelector('[data-mpg-host="panel-handle"]')).toBeNull();
    aborted.abort();
  });
});
