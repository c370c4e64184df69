import { browser } from 'wxt/browser';
import { INLINE_HEIGHT_PX, INLINE_PAGE, type InlineRefusal, type InlineRequest, type InlineView } from './protocol';

// The content script's side of a field's inline frame (entrypoints/inline/): makes the iframe, hands
// it a private MessagePort, sends it what to show, and runs a fill the user asked for there. The
// iframe's size is fixed, so the page sees the same box whatever the frame says.

export interface InlineFrameHandle {
  element: HTMLIFrameElement;
  show(view: InlineView): void;
}

const STYLE = `all: initial; display: block; box-sizing: border-box; width: 100%; height: ${INLINE_HEIGHT_PX}px; margin-top: 4px; border: 0; background: transparent; color-scheme: light;`;

/** The box's host and every ancestor (across our shadow root) as the page draws them. */
function* drawnChain(frame: Element): Generator<Element> {
  for (let el: Element | null = frame; el;) {
    yield el;
    const root = el.getRootNode();
    el = el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
}

/**
 * Clickjacking (issue 19, item 3): a page can make the box transparent, filter or hide it, or put
 * something over it, and lay its own button under it. A fill runs only when the frame is drawn as
 * we made it: opaque, unfiltered, visible, and the topmost thing where it is.
 */
export function drawnAsMade(frame: HTMLIFrameElement, host: Element): boolean {
  const view = frame.ownerDocument.defaultView;
  if (!view || !frame.isConnected) return false;
  let opacity = 1;
  for (const el of drawnChain(frame)) {
    const style = view.getComputedStyle(el);
    opacity *= Number.parseFloat(style.opacity || '1');
    if (style.visibility !== 'visible' || (style.filter && style.filter !== 'none') || (style.mixBlendMode && style.mixBlendMode !== 'normal')) return false;
  }
  if (opacity < 0.95) return false;
  const rect = frame.getBoundingClientRect();
  if (rect.width < 40 || rect.height < INLINE_HEIGHT_PX - 1) return false;
  const top = frame.ownerDocument.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return top === host || top === frame;
}

export function createInlineFrame(doc: Document, host: Element, title: string, onFill: () => void): InlineFrameHandle {
  const secret = crypto.randomUUID();
  // (Chrome: the frame's page is web-accessible only at a per-session URL, use_dynamic_url.)
  const url = `${(browser.runtime.getURL as (path: string) => string)(INLINE_PAGE)}#${secret}`;
  // The frame's own origin: in Chrome the extension's id, not the per-session one of the URL it was
  // opened at. Only a frame of that origin gets the port (never a page the frame was navigated to).
  const origin = import.meta.env.MANIFEST_VERSION === 3 ? `chrome-extension://${browser.runtime.id}` : new URL(url).origin;
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', STYLE);
  frame.setAttribute('title', title);
  // Out of the Tab order until it holds a control (the Fill button): a frame with only text took a
  // Tab of its own in which the focus showed nowhere, and a quick second Tab from there went back up
  // the page (issue 22).
  frame.tabIndex = -1;
  let port: MessagePort | null = null;
  let latest: InlineView | null = null;
  // Each load (the first, or one after the page navigated the frame) gets a new private channel.
  frame.addEventListener('load', () => {
    port?.close();
    const channel = new MessageChannel();
    const mine = channel.port1;
    port = mine;
    mine.onmessage = (event: MessageEvent<InlineRequest>) => {
      if (event.data?.type === 'ready' && latest) mine.postMessage(latest);
      else if (event.data?.type === 'fill') {
        if (drawnAsMade(frame, host)) onFill();
        else mine.postMessage({ type: 'refused' } satisfies InlineRefusal);
      }
    };
    frame.contentWindow?.postMessage({ mpgInline: secret }, origin, [channel.port2]);
  });
  frame.src = url;
  return {
    element: frame,
    show(view) {
      frame.tabIndex = view.fill ? 0 : -1;
      // Unchanged (every keystroke repaints every tip): the frame keeps what it says, its notice too.
      if (latest && JSON.stringify(latest) === JSON.stringify(view)) return;
      latest = view;
      port?.postMessage(view);
    },
  };
}
