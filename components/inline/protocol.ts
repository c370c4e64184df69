// The messages between a field tip (content script) and its inline frame (entrypoints/inline/), an
// extension page in a fixed-size iframe: what is derived from client data is shown there, where the
// console page can neither read it nor measure its layout (docs/privacy.md). They talk over a
// MessagePort handed to the frame with a secret the frame's URL carries in its fragment: the page
// cannot read the frame's URL (it is in a closed shadow root, and cross-origin) nor the port, so it
// can neither feed the frame nor hear a fill request.

export interface InlineFinding {
  severity: 'info' | 'warn' | 'error';
  severityLabel: string;
  text: string;
  /** Fact ids, space-separated: a data attribute for tests and diagnostics, never shown. */
  facts?: string;
}

/** Tip → frame: everything the frame shows. */
export interface InlineView {
  type: 'view';
  lang: string;
  /** The field's English name (the frame's heading, for screen readers). */
  name: string;
  status?: 'ok' | 'info' | 'warn' | 'error';
  findings: InlineFinding[];
  /** What the frame says with nothing found (checks not run yet, or all well). */
  idle: string;
  /** The fill button's words, if a value can be filled in. */
  fill?: string;
  /** Said when a fill was refused because the box was hidden or covered. */
  hiddenNotice: string;
}

/** Tip → frame: a fill was not run, because the box was not drawn as it was made (clickjacking). */
export interface InlineRefusal {
  type: 'refused';
}

/** Frame → tip. */
export type InlineRequest = { type: 'ready' } | { type: 'fill' };

/** The first message the tip posts to the frame's window, with the port. */
export interface InlineHandshake {
  mpgInline: string;
}

/** The frame's fixed size: the page sees this box whatever the verdict (docs/privacy.md). */
export const INLINE_HEIGHT_PX = 88;

/** The frame's page, as listed in web_accessible_resources (wxt.config.ts). */
export const INLINE_PAGE = '/inline.html';
