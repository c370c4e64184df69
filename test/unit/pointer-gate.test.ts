// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPointerGate } from '../../content/pointer-gate';

// Tip updates wait while a mouse button is down, so the page does not move between press and
// release (the click, on the console's submit button say, would be lost). Guards content/pointer-gate.ts.

let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
  vi.useRealTimers();
});

describe('pointer gate', () => {
  it('runs at once when no button is down, and once after the click when one is', () => {
    vi.useFakeTimers();
    const gate = createPointerGate(document, listening.signal);
    const task = vi.fn();
    gate(task);
    expect(task).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('pointerdown'));
    gate(task);
    gate(task);
    expect(task).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('pointerup'));
    expect(task).toHaveBeenCalledTimes(1); // not before the click that follows in the same task
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('does not hold updates forever when the release never comes', () => {
    vi.useFakeTimers();
    const gate = createPointerGate(document, listening.signal);
    const task = vi.fn();
    document.dispatchEvent(new Event('pointerdown'));
    gate(task);
    vi.advanceTimersByTime(2000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
