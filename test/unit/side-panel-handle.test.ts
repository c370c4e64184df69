// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSidePanelHandle, MAX_CONTROLS } from '../../content/side-panel/handle';
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

/** The handle on a page of `controls` rows, and the spy on the page's geometry reads. */
function handleOn(controls: number) {
  consolePage(controls);
  const reads = vi.spyOn(Element.prototype, 'getBoundingClientRect');
  const stopped = new AbortController();
  return { handle: createSidePanelHandle(document, stopped.signal), reads, stop: () => stopped.abort() };
}

/** Resolves after the next frame and the task after it (where the handle measures). */
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe('the side panel handle', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('measures the page once, after the next frame, however often it is shown meanwhile', async () => {
    const { handle, reads, stop } = handleOn(50);
    handle.show(t);
    handle.show(t);
    handle.show(t);
    // On the page at once, placed after the frame: nothing read in the middle of the guide's changes.
    expect(document.querySelectorAll('[data-mpg-host="panel-handle"]')).toHaveLength(1);
    expect(reads).not.toHaveBeenCalled();
    await nextFrame();
    // 50 labels and 50 inputs, each read once, for the three calls.
    expect(reads).toHaveBeenCalledTimes(100);
    stop();
  });

  it('stays hidden on a page of more controls than it may read, without reading one', async () => {
    const { handle, reads, stop } = handleOn(MAX_CONTROLS / 2 + 1);
    handle.show(t);
    await nextFrame();
    expect(reads).not.toHaveBeenCalled();
    const host = document.querySelector<HTMLElement>('[data-mpg-host="panel-handle"]')!;
    expect(host.style.display).toBe('none');
    stop();
  });

  it('is placed on a page of as many controls as it may read', async () => {
    const { handle, reads, stop } = handleOn(MAX_CONTROLS / 2);
    handle.show(t);
    await nextFrame();
    expect(reads).toHaveBeenCalledTimes(MAX_CONTROLS);
    expect(document.querySelector<HTMLElement>('[data-mpg-host="panel-handle"]')!.style.display).toBe('block');
    stop();
  });

  it('places nothing once hidden or stopped before the frame', async () => {
    const { handle, reads, stop } = handleOn(5);
    handle.show(t);
    handle.hide();
    await nextFrame();
    expect(reads).not.toHaveBeenCalled();
    expect(document.querySelector('[data-mpg-host="panel-handle"]')).toBeNull();
    stop();
  });
});
