import { matchConsoleMessages } from '../engine/messages';
import { pageText } from '../engine/text';
import { storableUrl } from '../engine/url';
import type { ConsolePageId } from '../rules/facts';
import { APPID_SEEN, appIdPages, knownSignals } from '../rules/flows';
import { send } from '../storage/client';
import type { Message } from '../storage/messages';

// Tells the background which progress signals a recognised console page shows (rules/flows.ts):
// the page itself, catalog messages such as 信息提交成功, fields that tell the route apart (the emailed
// code of newer step-1 pages), and the Mini Program's AppID. Only
// signals some step listens for leave the page, with the URL stripped of its session token.

/** A Mini Program AppID: wx and 16 hex digits, standing on its own. */
const APPID_PATTERN = /(?<![0-9a-z])wx[0-9a-f]{16}(?![0-9a-z])/g;

export interface ProgressSignals {
  signals: string[];
  /** Set only on the Mini Program's own pages, and only when the page shows exactly one AppID. */
  appId?: string;
}

/** Pure: the signals in a page's visible text (any case; `pageText` lower-cases it) and its located fields. */
export function progressSignals(pageId: ConsolePageId, text: string, fieldIds: readonly string[] = []): ProgressSignals {
  const signals = new Set<string>([`page:${pageId}`]);
  for (const id of fieldIds) if (knownSignals.has(`field:${id}`)) signals.add(`field:${id}`);
  for (const match of matchConsoleMessages(text)) {
    const signal = `message:${match.message.id}`;
    if (knownSignals.has(signal)) signals.add(signal);
  }
  let appId: string | undefined;
  if (appIdPages.includes(pageId)) {
    const found = new Set(text.toLowerCase().match(APPID_PATTERN) ?? []);
    if (found.size === 1) {
      appId = [...found][0];
      signals.add(APPID_SEEN);
    }
  }
  return { signals: [...signals], appId };
}

type Post = (message: Message) => unknown;

/**
 * A reporter that sends each signal once per page view: the page on arrival, then anything new
 * the same view shows later (a success dialog opening). A new URL or page id starts a new view.
 */
export function createProgressReporter(post: Post = send) {
  let view = '';
  const sent = new Set<string>();
  /** `text`: the page's visible text when the caller has already read it (pageText's form); `fieldIds`: the fields it located. */
  return (pageId: ConsolePageId, doc: Document, href: string, text?: string, fieldIds: readonly string[] = []): void => {
    try {
      const url = storableUrl(href);
      const key = `${pageId} ${url}`;
      if (key !== view) {
        view = key;
        sent.clear();
      }
      const { signals, appId } = progressSignals(pageId, text ?? pageText(doc), fieldIds);
      const fresh = signals.filter((signal) => !sent.has(signal));
      if (fresh.length === 0) return;
      fresh.forEach((signal) => sent.add(signal));
      void post({ type: 'progress.report', page: pageId, signals: fresh, url, ...(appId ? { appId } : {}) });
    } catch {
      // Progress is a convenience: it never breaks the guide.
    }
  };
}

/** The content script's reporter; content/guide.tsx calls it after each evaluation of a recognised page. */
export const reportProgress = createProgressReporter();
