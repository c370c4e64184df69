import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { forwardedKeys } from './bridge';

// The shell's view of its frame: which page the guide recognised there (the diagnostics attribute
// data-mpg-page that the guide sets on the console page), and presenter keys pressed in the shell.

const PRESENTER_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Escape']);

function isEditable(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.('input:not([type=checkbox]), textarea, select, [contenteditable]');
}

/** The page id the guide shows in the frame; call the returned handler on every frame load. */
export function useFramePage(frame: RefObject<HTMLIFrameElement | null>): [string | null, () => void] {
  const [page, setPage] = useState<string | null>(null);
  const observer = useRef<MutationObserver | null>(null);
  const watch = useCallback(() => {
    observer.current?.disconnect();
    const root = frame.current?.contentDocument?.documentElement;
    if (!root) return;
    const read = () => setPage(root.getAttribute('data-mpg-page'));
    observer.current = new MutationObserver(read);
    observer.current.observe(root, { attributes: true, attributeFilter: ['data-mpg-page'] });
    read();
  }, [frame]);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [page, watch];
}

/**
 * While presenting, keys pressed with the focus in the shell (after a click on a step, say) drive
 * the presenter in the frame, as they would with the focus on the page.
 */
export function useForwardPresenterKeys(frame: RefObject<HTMLIFrameElement | null>, presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return;
    const forward = (event: KeyboardEvent) => {
      // The frame's own KeyboardEvent: an event from another realm is still dispatched, but read oddly.
      const view = frame.current?.contentWindow as (Window & typeof globalThis) | null | undefined;
      if (!view || !PRESENTER_KEYS.has(event.key) || isEditable(event.target)) return;
      event.preventDefault();
      // Not trusted (made by script), so marked as forwarded: the presenter ignores untrusted keys from a page.
      const key = new view.KeyboardEvent('keydown', { key: event.key, bubbles: true, cancelable: true });
      forwardedKeys.add(key);
      view.document.dispatchEvent(key);
    };
    window.addEventListener('keydown', forward);
    return () => window.removeEventListener('keydown', forward);
  }, [frame, presenting]);
}
