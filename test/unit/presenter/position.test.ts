import { describe, expect, it } from 'vitest';
import { calloutPosition } from '../../../components/presenter/position';

// Where presenter mode's callout goes, beside its target and always on screen.

const viewport = { width: 1200, height: 800 };
const callout = { width: 400, height: 200 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('callout position', () => {
  it('goes below the target, aligned with its left edge, when there is room', () => {
    expect(calloutPosition(box(100, 100, 300, 60), callout, viewport)).toEqual({ x: 100, y: 176 });
  });

  it('goes above when there is no room below', () => {
    expect(calloutPosition(box(100, 600, 300, 60), callout, viewport)).toEqual({ x: 100, y: 384 });
  });

  it('goes beside a tall target, right first, then left', () => {
    expect(calloutPosition(box(100, 100, 300, 650), callout, viewport)).toEqual({ x: 416, y: 100 });
    expect(calloutPosition(box(700, 100, 450, 650), callout, viewport)).toEqual({ x: 284, y: 100 });
  });

  it('stays inside the viewport, even over the target when nothing fits', () => {
    expect(calloutPosition(box(0, 50, 1200, 700), callout, viewport)).toEqual({ x: 12, y: 588 });
    expect(calloutPosition(box(1000, 100, 150, 40), callout, viewport)).toEqual({ x: 788, y: 156 });
    expect(calloutPosition(box(-300, -500, 100, 40), callout, viewport)).toEqual({ x: 12, y: 12 });
  });
});
