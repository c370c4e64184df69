import { button, createOverlayHost, element } from './overlay-host';

// The small tab on the console's edge that opens the guide in the browser's side panel. Plain DOM in
// a shadow root like the field tips; where it sits is decided by content/side-panel/handle.ts.

export const HANDLE_SIZE = { width: 18, height: 46 } as const;

const CSS = `
button {
  all: initial;
  box-sizing: border-box;
  display: flex;
  align-items: center;
  justify-content: center;
  width: ${HANDLE_SIZE.width}px;
  height: ${HANDLE_SIZE.height}px;
  writing-mode: vertical-rl;
  font: 600 10px/1 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  letter-spacing: 0.04em;
  color: #fff;
  background: #0958d9;
  border-radius: 6px 0 0 6px;
  box-shadow: 0 1px 4px rgba(15, 35, 60, 0.3);
  cursor: pointer;
}
:host([data-side='left']) button {
  border-radius: 0 6px 6px 0;
}
button:hover {
  background: #1677ff;
}
button:focus-visible {
  outline: 2px solid #1f2d3d;
  outline-offset: 1px;
}
`;

export interface PanelHandleView {
  host: HTMLElement;
  /** Puts the handle at (x, y) of the window, or hides it (null). */
  place(spot: { x: number; y: number; side: 'left' | 'right' } | null): void;
  label(text: string, title: string): void;
}

export function createPanelHandle(doc: Document, onOpen: () => void): PanelHandleView {
  const { host, root } = createOverlayHost(doc, 'panel-handle', {
    style: 'all: initial; position: fixed; z-index: 2147483000; display: none;',
  });
  const style = element(doc, 'style');
  style.textContent = CSS;
  const open = button(doc, 'open', '', onOpen);
  root.append(style, open);
  return {
    host,
    place(spot) {
      if (!spot) {
        host.style.display = 'none';
        return;
      }
      host.setAttribute('data-side', spot.side);
      host.style.display = 'block';
      host.style.left = `${spot.x}px`;
      host.style.top = `${spot.y}px`;
    },
    label(text, title) {
      open.textContent = text;
      open.title = title;
      open.setAttribute('aria-label', title);
    },
  };
}
