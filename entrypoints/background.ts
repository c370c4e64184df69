import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForGuideRequests } from '../content/loader/inject-guide';
import { answerPanelRequest } from '../content/side-panel/open';
import { isPanelRequest } from '../components/side-panel-protocol';
import { syncMiitScript } from '../storage/miit';
import { hasNoticePermission, noticeWords } from '../storage/notices';
import { parseSettings, settingsItem } from '../storage/settings';
import { adoptBrowserLanguage, badgeState, deadlineNoticesDue, handleMessage, registerTeam } from '../storage/service';
import { noticeId } from '../engine/deadline-notices';
import { originPattern } from '../storage/team-config';
import { browserPouch } from '../storage/team-pouch';
import { createTeamService } from '../storage/team-service';

// The badge: how many deadlines of the active client are due within 3 days or overdue. It is
// refreshed on start-up and after every message (console pages report as they are visited, the
// popup asks when it opens), which is when anyone can see it anyway, and on the deadline
// notifications' timer when the user turned those on (below).

const OVERDUE_COLOUR = '#b42318';
const DUE_SOON_COLOUR = '#8a4b00';

async function refreshBadge(): Promise<void> {
  // MV3 has browser.action, Firefox MV2 browser.browserAction.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const { count, overdue } = await badgeState();
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: overdue ? OVERDUE_COLOUR : DUE_SOON_COLOUR });
}

function refreshBadgeQuietly(): void {
  refreshBadge().catch(() => undefined);
}

// Deadline notifications (optional, off by default; docs/deadlines.md): with the setting on and the
// permission granted, the deadlines due within a day are checked after every message (a step just
// recorded can open a 24-hour deadline) and on a timer: an alarm in Chrome, whose service worker
// sleeps, and an interval in Firefox's background page, which stays. The badge is refreshed with it.

const NOTICE_ALARM = 'deadline-notices';
const NOTICE_PERIOD_MINUTES = 30;
let noticeTimer: ReturnType<typeof setInterval> | undefined;
let alarmListening = false;
let clickListening = false;

async function showDeadlineNotices(): Promise<void> {
  const notifications = browser.notifications;
  if (!notifications || !(await hasNoticePermission())) return;
  const { notices, locale } = await deadlineNoticesDue();
  for (const notice of notices) {
    const { title, message } = noticeWords(notice, locale);
    await notifications.create(noticeId(notice), { type: 'basic', iconUrl: browser.runtime.getURL('/icons/128.png'), title, message });
  }
}

function checkQuietly(): void {
  refreshBadgeQuietly();
  showDeadlineNotices().catch(() => undefined);
}

/**
 * The alarm's and the click's listeners, once each API is there (granted). Called at start, in the
 * first turn of the worker's script, so the alarm that woke the worker finds its listener.
 */
function listenForNotices(): void {
  if (import.meta.env.MANIFEST_VERSION === 3 && browser.alarms && !alarmListening) {
    alarmListening = true;
    browser.alarms.onAlarm.addListener((alarm) => alarm.name === NOTICE_ALARM && checkQuietly());
  }
  // A click opens the agency overview, where every client's deadlines are.
  if (browser.notifications && !clickListening) {
    clickListening = true;
    browser.notifications.onClicked.addListener((id) => {
      if (!id.startsWith('deadline:')) return;
      void browser.tabs.create({ url: browser.runtime.getURL('/overview.html') }).catch(() => undefined);
      void browser.notifications.clear(id).catch(() => undefined);
    });
  }
}

/** Starts or stops the timer to match the setting and the permission, and checks at once when on. */
async function syncDeadlineNotices(): Promise<void> {
  listenForNotices();
  const on = parseSettings(await settingsItem.getValue().catch(() => null)).notifications === true && (await hasNoticePermission());
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const alarms = browser.alarms;
    if (alarms && !on) await alarms.clear(NOTICE_ALARM);
    else if (alarms && !(await alarms.get(NOTICE_ALARM))) await alarms.create(NOTICE_ALARM, { periodInMinutes: NOTICE_PERIOD_MINUTES });
  } else {
    clearInterval(noticeTimer);
    noticeTimer = on ? setInterval(checkQuietly, NOTICE_PERIOD_MINUTES * 60_000) : undefined;
  }
  if (on) await showDeadlineNotices();
}

function syncNoticesQuietly(): void {
  syncDeadlineNotices().catch(() => undefined);
}
// Team sync (docs/team-sync.md): a Manifest V3 service worker cannot hold a live feed, so rounds
// run on start-up, after every change made here, when the popup, options page or overview open
// (sync.now), and on this timer while sync is on.
const SYNC_ALARM = 'mpg-team-sync';
const SYNC_MINUTES = 1;

function syncTimer(enabled: boolean): void {
  if (!browser.alarms) return;
  if (enabled) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_MINUTES });
  else void browser.alarms.clear(SYNC_ALARM);
}

const team = createTeamService({
  pouch: browserPouch,
  localAdapter: 'idb',
  canReach: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false),
  onEnabled: syncTimer,
});

export default defineBackground(() => {
  registerTeam(team);
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void team.round().catch(() => undefined);
  });
  void team.enabled().then((on) => {
    syncTimer(on);
    if (on) void team.round().catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // The side panel's messages (components/side-panel-protocol.ts) are not storage's.
    if (isPanelRequest(raw)) return answerPanelRequest(raw, sender);
    return handleMessage(raw).then((reply) => {
      checkQuietly();
      return reply;
    });
  });
  browser.runtime.onStartup.addListener(refreshBadgeQuietly);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // The browser's preferred language (navigator.language), not its UI build's: what the user reads.
    if (reason === 'install') void adoptBrowserLanguage(navigator.languages?.[0] ?? navigator.language).catch(() => undefined);
    refreshBadgeQuietly();
  });
  refreshBadgeQuietly();
  // The console pages' loader asks for the guide here (content/loader/inject-guide.ts).
  listenForGuideRequests();
  // The guide on beian.miit.gov.cn follows the optional permission the user grants in the popup.
  const syncMiit = () => void syncMiitScript().catch(() => undefined);
  browser.permissions.onAdded.addListener(syncMiit);
  browser.permissions.onRemoved.addListener(syncMiit);
  syncMiit();
  // Deadline notifications follow their setting and permission.
  listenForNotices();
  browser.permissions.onAdded.addListener(syncNoticesQuietly);
  browser.permissions.onRemoved.addListener(syncNoticesQuietly);
  browser.storage.onChanged.addListener((changes, area) => area === 'local' && 'settings' in changes && syncNoticesQuietly());
  syncNoticesQuietly();
});
