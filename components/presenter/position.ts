import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

// Keeps the callout beside its target while the page scrolls, resizes or re-renders, and reports
// the target's box on every change so the spotlight can follow. @floating-ui/dom does the geometry
// (flipping to the side with room; where no side has room, shifting it back inside the viewport
// even if it then covers part of the target).

/** Room between the target and the spotlight's edge. */
export const SPOTLIGHT_PADDING = 6;

/** Follows the target until the returned function is called. */
export function followTarget(target: Element, callout: HTMLElement, onBox: (box: DOMRect) => void): () => void {
  callout.classList.remove('centred');
  let latest = 0;
  const update = () => {
    onBox(target.getBoundingClientRect());
    const run = ++latest;
    void computePosition(target, callout, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(SPOTLIGHT_PADDING + 10), flip({ fallbackPlacements: ['top-start', 'left-start', 'right-start'] }), shift({ padding: 12, crossAxis: true })],
    }).then(({ x, y }) => {
      if (run !== latest) return; // a newer update has already placed it
      callout.style.left = `${x}px`;
      callout.style.top = `${y}px`;
    });
  };
  return autoUpdate(target, callout, update);
}

/** No target on screen: the callout sits in the middle of the viewport. */
export function centreCallout(callout: HTMLElement): void {
  callout.style.left = '';
  callout.style.top = '';
  callout.classList.add('centred');
}
