import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuide } from '../content/guide';
import consoleCssUrl from '../replicas/replica/console.css?url';
import runtimeUrl from '../replicas/replica/runtime.js?url';
import { practiceBridge, type PracticeBridge } from './bridge';
import { replicaHtml } from './replica-pages';

// The practice console's frame: becomes the replica page for one console URL, runs the replica's
// own runtime (late rendering, in-place steps, dialogs, single-page navigation) and starts the
// guide on it exactly as the content script does, told the console URL the page stands for,
// given the shell's sample clients instead of the user's profiles, and reporting no progress.

type ReplicaWindow = Window & {
  __replicaLoad?: (url: string) => Promise<string>;
  __replicaPushState?: (url: string) => void;
};

/** Replica pages link their stylesheet where the test server serves it; here it is bundled. */
const BUNDLED_ASSETS: Record<string, string> = { '/__replica/console.css': consoleCssUrl };
const EMPTY_PAGE = '<!doctype html><html lang="zh-CN"><head><title>微信公众平台</title></head><body><main><div id="app"></div></main></body></html>';

/** Replaces this document's head and body with the replica's (its scripts are added separately). */
function becomeReplica(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // Before anything is adopted: an adopted link or script would load at once from the wrong place.
  for (const link of Array.from(parsed.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'))) {
    const bundled = BUNDLED_ASSETS[link.getAttribute('href') ?? ''];
    if (bundled) link.setAttribute('href', bundled);
    else link.remove();
  }
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  document.documentElement.lang = parsed.documentElement.lang || 'zh-CN';
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (node) => document.importNode(node, true)));
  document.title = parsed.title;
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/**
 * Links the replica runtime leaves alone (plain links to other console pages) open that page's
 * replica in the practice console; nothing here ever navigates to the network.
 */
function keepNavigationInside(bridge: PracticeBridge, href: () => string): void {
  const intercept = (event: MouseEvent) => {
    if (event.defaultPrevented) return; // the runtime handled it: in-place step, dialog, pushState
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const target = link?.getAttribute('href');
    if (!target) return;
    event.preventDefault();
    if (!target.startsWith('#')) bridge.openUrl(new URL(target, href()).href);
  };
  // Bubble phase on window: after the runtime's own document listener has had its say.
  window.addEventListener('click', intercept);
  window.addEventListener('auxclick', intercept);
  window.addEventListener('submit', (event) => event.preventDefault());
}

export async function startPracticeFrame(consoleUrl: string): Promise<void> {
  const bridge = practiceBridge();
  if (!bridge) {
    // Opened on its own (a bookmark, a reload of the frame): the shell owns the session.
    location.replace('/practice.html');
    return;
  }
  let href = consoleUrl;
  becomeReplica((await replicaHtml(consoleUrl)) ?? EMPTY_PAGE);

  const replicaWindow = window as ReplicaWindow;
  replicaWindow.__replicaLoad = async (url) => (await replicaHtml(url)) ?? EMPTY_PAGE;
  replicaWindow.__replicaPushState = (url) => {
    href = url;
    bridge.urlChanged(url);
  };
  keepNavigationInside(bridge, () => href);
  const runtime = document.createElement('script');
  runtime.src = runtimeUrl;
  document.body.append(runtime);

  const ctx = new ContentScriptContext('practice');
  window.addEventListener('pagehide', () => ctx.abort(), { once: true });
  // Practice is not the client's progress: nothing seen here is reported to the tracker. The guide
  // panel stays in the frame: this is the extension's own page, and no side panel follows a frame.
  await startGuide(ctx, { href: () => href, profiles: bridge.profiles, progress: false, panel: 'page', ownKey: (event) => bridge.forwardedKeys.has(event) });
}
