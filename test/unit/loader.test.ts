// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { flowSignals, markerAnchors } from '../../content/loader/derive';
import { hostAndPath, mayBeFlowPage } from '../../engine/flow-signals';
import { pageText, watchForFlow } from '../../content/loader/watch-for-flow';
import { detectPage } from '../../engine/detect';
import { pageRules } from '../../rules';
import { replicas } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';
import { readFixture } from '../support/serve.mjs';

// The loader (entrypoints/loader.ts) loads the guide only where its cheap decision says the page
// can be part of the flow. A page the guide recognises must never be refused: every replica, every
// step a replica switches to in place, on its own URL and on a URL no rule names; and random pages
// made of marker texts.

const signals = flowSignals(pageRules);
const OFF_FLOW_URL = 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=77&token=1';

function steps(file: string): (string | undefined)[] {
  const doc = parseDocument(readFixture(file));
  const names = [...doc.querySelectorAll('template[data-replica-step]')].map((t) => t.getAttribute('data-replica-step')!);
  return names.length ? names : [undefined];
}

describe('the loader lets every page the guide knows through', () => {
  for (const replica of replicas.filter((r) => r.page)) {
    it(`${replica.name}, every step, on its URL and off it`, () => {
      for (const step of steps(replica.file)) {
        const doc = renderedReplica(replica, step);
        for (const href of [replica.url, OFF_FLOW_URL]) {
          if (!detectPage(pageRules, href, doc)) continue;
          expect(mayBeFlowPage(signals, href, pageText(doc)), `${step ?? 'page'} at ${href}`).toBe(true);
        }
      }
      // The replica itself is recognised on its URL, so the first check above did run.
      expect(mayBeFlowPage(signals, replica.url, pageText(renderedReplica(replica)))).toBe(true);
    });
  }

  it('reaches every rule: by one of its URLs, or by an anchor of each of its markers', () => {
    for (const rule of pageRules) {
      for (const url of rule.detect.urls) {
        expect(mayBeFlowPage(signals, `https://${url.host}${url.path}?x=1`, ''), `${rule.id} ${url.path}`).toBe(true);
      }
      if (rule.detect.urlRequired) continue;
      for (const text of rule.detect.markers.flatMap((m) => [...m.zh, ...m.en])) {
        expect(mayBeFlowPage(signals, OFF_FLOW_URL, `<${text}>`), `${rule.id}: ${text}`).toBe(true);
        expect(mayBeFlowPage(signals, OFF_FLOW_URL, text.toUpperCase()), `${rule.id}: ${text} in capitals`).toBe(true);
      }
    }
  });

  it('agrees with the engine on random pages made of marker texts', () => {
    const markers = pageRules.flatMap((rule) => rule.detect.markers.flatMap((m) => [...m.zh, ...m.en]));
    const piece = fc.oneof(fc.constantFrom(...markers), fc.string({ maxLength: 12 }), fc.constantFrom(' ', '\n  ', '帐号', '账号', '：'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (pieces, upper) => {
        const doc = parseDocument('<title>微信公众平台</title><body></body>');
        for (const text of pieces) doc.body.append(doc.createElement('p'), upper ? text.toUpperCase() : text);
        if (detectPage(pageRules, OFF_FLOW_URL, doc)) expect(mayBeFlowPage(signals, OFF_FLOW_URL, pageText(doc))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a URL's host and path as the URL parser does", () => {
    for (const href of [...replicas.map((r) => r.url), 'https://mp.weixin.qq.com', 'https://mp.weixin.qq.com#/x?y', 'https://beian.miit.gov.cn/?a=1']) {
      const url = new URL(href);
      expect(hostAndPath(href), href).toBe(url.hostname + url.pathname);
    }
  });

  it('reads 账 and 帐 alike, as the engine does', () => {
    expect(markerAnchors('激活公众平台帐号')).toEqual(['激活公众平台']);
    expect(markerAnchors('帐')).toEqual(['帐', '账']);
    expect(markerAnchors('USD 99')).toEqual(['usd']);
    // Not 元 alone, which half the console's pages show.
    expect(markerAnchors('300元')).toEqual(['300元']);
    expect(markerAnchors('300.00元')).toEqual(['00元']);
  });
});

describe('the loader passes over pages that are not part of the flow', () => {
  it('refuses the console pages the guide recognises as nothing, and an article editor', () => {
    const login = replicas.find((r) => r.name === 'negative/login')!;
    expect(mayBeFlowPage(signals, login.url, pageText(renderedReplica(login)))).toBe(false);
    const editor = parseDocument('<title>公众号</title><body><div contenteditable="true"><p>今天我们聊聊春天的花。</p></div></body>');
    expect(mayBeFlowPage(signals, OFF_FLOW_URL, pageText(editor))).toBe(false);
  });

  it("reads an article being written as the user's text, not the console's", () => {
    const article = '我们今天去办理信息登记和发票。'.repeat(20);
    const editor = parseDocument(`<title>公众号</title><body><nav>菜单</nav><div contenteditable="true"><p>${article}</p></div></body>`);
    expect(mayBeFlowPage(signals, OFF_FLOW_URL, pageText(editor))).toBe(false);
    // The console's own text around it still counts, before and after it, however deep.
    editor.querySelector('nav')!.textContent = '信息登记';
    expect(mayBeFlowPage(signals, OFF_FLOW_URL, pageText(editor))).toBe(true);
    const deep = parseDocument(
      '<body><main><div><div contenteditable="">发票</div><h2>邮箱激活</h2><p contenteditable="FALSE">信息登记</p></div></main></body>',
    );
    expect(pageText(deep)).toContain('信息登记');
    expect(pageText(deep)).not.toContain('发票');
    expect(mayBeFlowPage(signals, OFF_FLOW_URL, pageText(deep))).toBe(true);
  });
});

describe('watching a page until it can be part of the flow', () => {
  const setUp = (html: string) => {
    const doc = parseDocument(html);
    const onFlowPage = vi.fn();
    const controller = new AbortController();
    let href = OFF_FLOW_URL;
    watchForFlow({ signals, onFlowPage, signal: controller.signal, doc, href: () => href });
    return { doc, onFlowPage, controller, navigate: (to: string) => ((href = to), doc.defaultView!.dispatchEvent(new Event('popstate'))) };
  };
  const frames = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('loads the guide at once on a flow URL, and only once', async () => {
    const doc = parseDocument('<body></body>');
    const onFlowPage = vi.fn();
    watchForFlow({ signals, onFlowPage, signal: new AbortController().signal, doc, href: () => 'https://mp.weixin.qq.com/cgi-bin/fastregister?token=1' });
    doc.body.append('信息登记');
    await frames();
    expect(onFlowPage).toHaveBeenCalledTimes(1);
  });

  it('catches a step rendered late or switched in place', async () => {
    const { doc, onFlowPage } = setUp('<body><div id="app"></div></body>');
    await frames();
    expect(onFlowPage).not.toHaveBeenCalled();
    // The diagnostics contract: the extension has looked at the page.
    expect(doc.documentElement.hasAttribute('data-mpg-ready')).toBe(true);
    doc.getElementById('app')!.innerHTML = '<h2>邮箱激活</h2>';
    await vi.waitFor(() => expect(onFlowPage).toHaveBeenCalledTimes(1));
  });

  it('goes idle on an editor and wakes on single-page navigation', async () => {
    const { doc, onFlowPage, navigate } = setUp('<body><div contenteditable="true"><p>草稿</p></div></body>');
    await frames();
    // Typing in the editor (even a flow word) costs nothing: the page is not observed.
    doc.querySelector('p')!.append('信息登记');
    await frames();
    expect(onFlowPage).not.toHaveBeenCalled();
    navigate('https://mp.weixin.qq.com/wxopen/waregister?action=step3');
    await vi.waitFor(() => expect(onFlowPage).toHaveBeenCalled());
    expect(onFlowPage).toHaveBeenCalledTimes(1);
  });

  it('stops once the extension is gone (updated or removed while the tab stays open)', async () => {
    const doc = parseDocument('<body><div id="app"></div></body>');
    const onFlowPage = vi.fn();
    let alive = true;
    watchForFlow({ signals, onFlowPage, signal: new AbortController().signal, doc, href: () => OFF_FLOW_URL, alive: () => alive });
    await frames();
    alive = false;
    doc.getElementById('app')!.innerHTML = '<h2>邮箱激活</h2>';
    await frames();
    await frames();
    expect(onFlowPage).not.toHaveBeenCalled();
  });

  it('stops when its signal aborts', async () => {
    const { doc, onFlowPage, controller } = setUp('<body><div id="app"></div></body>');
    controller.abort();
    doc.getElementById('app')!.innerHTML = '<h2>邮箱激活</h2>';
    await frames();
    expect(onFlowPage).not.toHaveBeenCalled();
  });
});
