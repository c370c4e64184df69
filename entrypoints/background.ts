import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForGuideRequests } from '../content/loader/inject-guide';
import { answerPanelRequest } from '../content/side-panel/open';
import { isPanelRequest } from '../components/side-panel-protocol';
import { syncMiitScript } from '../storage/miit';
import { adoptBrowserLanguage, badgeState, handleMessage, registerTeam } from '../storage/service';
import { originPattern } from '../storage/team-config';
import { browserPouch } from '../storage/team-pouch';
import { createTeamService } from '../storage/team-service';

// The badge: how many deadlines of the active client are due within 3 days or overdue. Without
// the alarms permission it is refreshed on start-up and after every message (console pages report
// as they are visited, the popup asks when it opens), which is when anyone can see it anyway.

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
      refreshBadgeQuietly();
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
  // Firefox MV2: the console pages' loader asks for the guide here (content/loader/inject-guide.ts).
  if (import.meta.env.MANIFEST_VERSION === 2) listenForGuideRequests();
  // The guide on beian.miit.gov.cn follows the optional permission the user grants in the popup.
  const syncMiit = () => void syncMiitScript().catch(() => undefined);
  browser.permissions.onAdded.addListener(syncMiit);
  browser.permissions.onRemoved.addListener(syncMiit);
  syncMiit();
});
