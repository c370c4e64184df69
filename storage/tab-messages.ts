// Messages the extension's pages (the popup) send to the guide in a console tab, typed both ways
// (as storage/messages.ts and storage/replies.ts are for the background). Plain types and a guard:
// the content script carries no zod.

export type TabMessage = { type: 'page-shape.get' };

export interface TabReplies {
  /** The page's shape as JSON (engine/page-shape.ts), already masked; null when the guide has no page to describe. */
  'page-shape.get': { json: string } | null;
}

export type TabReply<M extends TabMessage> = TabReplies[M['type']];

export function isTabMessage(raw: unknown): raw is TabMessage {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'page-shape.get';
}
