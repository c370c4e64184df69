import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForGuideRequests } from '../content/loader/inject-guide';
import { answerPanelRequest } from '../content/side-panel/open';
import { isPanelRequest } from '../components/side-panel-protocol';
import { syncMiitScript } from '../storage/miit';
import { adoptBrowserLanguage, badgeState, handleMessage } from '../storage/service';

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

export default defineBackground(() => {
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
