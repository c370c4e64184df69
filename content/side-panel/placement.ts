// Where the side panel's handle may sit: a spot on the window's right edge (else its left edge) that
// no console control reaches into. Pure: the caller measures the controls; tests give it rectangles.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Spot {
  x: number;
  y: number;
  side: 'right' | 'left';
}

/** What the console's users can click, type into or focus (our own overlays are left out by the caller). */
export const INTERACTIVE =
  'a[href], button, input:not([type=hidden]), select, textarea, label, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [role=menuitem], [tabindex]:not([tabindex="-1"]), [contenteditable]:not([contenteditable=false])';

/** Space kept between the handle and any control, and from the window's top and bottom. */
const GAP = 4;
const MARGIN = 8;
const STEP = 8;

const overlaps = (a: Box, b: Box) => a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/**
 * The first free spot for a width × height handle in a viewport, trying `preferredY` first and then
 * ever further above and below it, on the right edge and then the left; null when there is none.
 */
export function freeSpot(
  viewport: { width: number; height: number },
  controls: readonly Box[],
  size: { width: number; height: number },
  preferredY: number,
): Spot | null {
  const maxY = viewport.height - size.height - MARGIN;
  if (maxY < MARGIN) return null;
  const start = Math.min(Math.max(Math.round(preferredY), MARGIN), maxY);
  const ys: number[] = [start];
  for (let d = STEP; start - d >= MARGIN || start + d <= maxY; d += STEP) {
    if (start + d <= maxY) ys.push(start + d);
    if (start - d >= MARGIN) ys.push(start - d);
  }
  for (const side of ['right', 'left'] as const) {
    const x = side === 'right' ? viewport.width - size.width : 0;
    for (const y of ys) {
      const box = { left: x, top: y, right: x + size.width, bottom: y + size.height };
      if (!controls.some((c) => overlaps(box, c))) return { x, y, side };
    }
  }
  return null;
}
