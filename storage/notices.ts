import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { buildCatalog, type Messages } from '../locales/catalog';
import { formatMessage } from '../locales/icu';
import type { Locale } from '../locales/ids';
import enDeadlines from '../locales/en/deadlines.json' with { type: 'json' };
import enPopup from '../locales/en/popup.json' with { type: 'json' };
import enStorage from '../locales/en/storage.json' with { type: 'json' };
import zhDeadlines from '../locales/zh_CN/deadlines.json' with { type: 'json' };
import zhPopup from '../locales/zh_CN/popup.json' with { type: 'json' };
import zhStorage from '../locales/zh_CN/storage.json' with { type: 'json' };
import type { DeadlineNotice, NoticeRecord } from '../engine/deadline-notices';
import { formatDue } from '../engine/progress';
import { ITEM_VERSIONS } from './item-versions';

// Deadline notifications (optional, off by default): the permission they need, the record of what
// was notified, and the words of one notification. The background decides when to check
// (entrypoints/background.ts) and the service what to notify (storage/service.ts, deadlineNoticesDue).

type PermissionRequest = Parameters<typeof browser.permissions.request>[0];

/**
 * Asked when the user turns notifications on (options page), never at install. The timer that wakes
 * Chrome's sleeping service worker for the check uses `alarms`, which the extension holds anyway
 * (team sync's timer needs it too; no install warning).
 */
export const NOTICE_PERMISSIONS = { permissions: ['notifications'] } as PermissionRequest;

export async function hasNoticePermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTICE_PERMISSIONS);
  } catch {
    return false;
  }
}

/**
 * The deadlines already notified (so none is notified twice, across restarts too): the client's
 * profile id, the step, the deadline and its due instant, nothing else. Entries go once their due
 * instant has passed.
 */
export const notifiedItem = storage.defineItem<unknown>('local:notified', {
  fallback: [],
  version: ITEM_VERSIONS.notified,
});

/** The stored records, as far as they can be read (an unreadable one costs at most a second notification). */
export function parseNotified(raw: unknown): NoticeRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (entry): entry is NoticeRecord =>
      !!entry &&
      typeof entry === 'object' &&
      typeof (entry as NoticeRecord).profileId === 'string' &&
      typeof (entry as NoticeRecord).stepId === 'string' &&
      typeof (entry as NoticeRecord).deadlineId === 'string' &&
      Number.isFinite((entry as NoticeRecord).dueAt),
  );
}

// The step titles and deadline names are the popup's (locales/<language>/popup.json, deadlines.json).
const files: Record<string, Messages> = {
  './en/deadlines.json': enDeadlines,
  './en/popup.json': enPopup,
  './en/storage.json': enStorage,
  './zh_CN/deadlines.json': zhDeadlines,
  './zh_CN/popup.json': zhPopup,
  './zh_CN/storage.json': zhStorage,
};
const { translator } = buildCatalog(files, (template, params, locale) => formatMessage(template, params, locale));

/**
 * A notification's words in the chosen language: the client's label and the step, the deadline's
 * name and when it is due (in the user's own time zone, as the popup shows it). Nothing else of the client.
 */
export function noticeWords(notice: DeadlineNotice, locale: Locale, timeZone?: string): { title: string; message: string } {
  const t = translator(locale);
  return {
    title: t('storage.notice.title', { client: notice.client }),
    message: t('storage.notice.message', { deadline: t(notice.deadlineLabel), step: t(notice.stepTitle), due: formatDue(notice.view, timeZone) }),
  };
}
