import type { InlineHandshake, InlineRefusal, InlineRequest, InlineView } from '../../components/inline/protocol';
import '../../components/finding.css';
import './inline.css';

// The inline frame: an extension page shown in a fixed-size iframe inside a field's tip, with the
// verdicts derived from client data (the registered name and number, emails used before) and the
// fill button. The console page can neither read this document nor learn its layout (the frame's
// size never changes), nor select or copy its text through its own listeners. It talks only to
// the tip that made it, over the port that tip handed over with the secret in this page's URL.

const secret = location.hash.slice(1);
const root = document.getElementById('root')!;
let port: MessagePort | null = null;
let view: InlineView | null = null;

// Clickjacking: a page can make the box transparent or cover it and lay its own button under the
// pointer. The tip checks, before it fills, that the frame is drawn as it was made (opaque,
// unfiltered, topmost where it is: components/inline/frame.ts); the frame itself cannot tell
// reliably (Chromium's IntersectionObserver v2 reports nothing for a cross-origin frame here).

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const fillButton = el('button', 'fill');
fillButton.type = 'button';
fillButton.addEventListener('click', (event) => {
  if (!event.isTrusted || !view?.fill || !port) return;
  port.postMessage({ type: 'fill' } satisfies InlineRequest);
});
const notice = el('p', 'notice');
/** Holds the fill button at the frame's bottom edge while a long finding scrolls (inline.css). */
const actions = el('div', 'actions');
actions.append(fillButton);

function render(next: InlineView): void {
  view = next;
  document.documentElement.lang = next.lang;
  root.className = `inline ${next.status ?? ''}`;
  root.setAttribute('aria-label', next.name);
  const rows = next.findings.map((finding) => {
    const row = el('div', `finding ${finding.severity}`);
    row.append(el('span', 'severity', finding.severityLabel), el('span', 'text', finding.text));
    if (finding.facts) row.setAttribute('data-facts', finding.facts); // ids are for tests, not users
    return row;
  });
  if (rows.length === 0) rows.push(el('div', 'idle', next.idle));
  fillButton.textContent = next.fill ?? '';
  actions.hidden = !next.fill;
  notice.textContent = '';
  root.replaceChildren(...rows, actions, notice);
}

window.addEventListener('message', (event: MessageEvent<InlineHandshake>) => {
  // Only the tip that made this frame knows the secret; the first port with it is the one.
  if (port || !secret || event.data?.mpgInline !== secret || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (message: MessageEvent<InlineView | InlineRefusal>) => {
    if (message.data?.type === 'view') render(message.data);
    else if (message.data?.type === 'refused' && view) notice.textContent = view.hiddenNotice;
  };
  port.postMessage({ type: 'ready' } satisfies InlineRequest);
});
