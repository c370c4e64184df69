// Holds back work that would move the page while a mouse button or finger is down. Field tips grow
// when a field is left (its checks run), and a field is left by pressing on the next control: if
// the page moved between press and release, the release would land on something else and the
// click would be lost (the console's submit button, say: we would have blocked a submit). So tip
// updates wait until the press is over, then run once, right after the click has reached the page.

const SAFETY_MS = 2000; // a release we never see (the window lost focus) must not hold updates forever

export type PointerGate = (task: () => void) => void;

export function createPointerGate(doc: Document, signal: AbortSignal): PointerGate {
  let down = false;
  const queued = new Set<() => void>();
  let safety: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(safety);
    down = false;
    const tasks = [...queued];
    queued.clear();
    for (const task of tasks) task();
  };
  // Listening only (passive, capture, in the content script's own world): the page sees nothing.
  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointerdown', () => (down = true), listen);
  const release = () => {
    if (!down) return;
    down = false;
    // pointerup, mouseup and click are dispatched in one task: run after it.
    if (queued.size > 0) setTimeout(flush, 0);
  };
  doc.addEventListener('pointerup', release, listen);
  doc.addEventListener('pointercancel', release, listen);

  return (task) => {
    if (!down) return task();
    queued.add(task);
    clearTimeout(safety);
    safety = setTimeout(flush, SAFETY_MS);
  };
}
