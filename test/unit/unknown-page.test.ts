// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flowSignals } from '../../content/loader/derive';
import { scanPage } from '../../engine/detect';
import { detectUnknownPage } from '../../engine/unknown-page';
import { pageRules } from '../../rules';
import { replicas } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// The unknown-page help (issue 20, item 3): on pages no rule matches, tips for the fields whose labels
// the rules know, only in the flow's area, never elsewhere.

const signals = flowSignals(pageRules);
const unknownOn = (href: string, doc: Document) => detectUnknownPage(pageRules, href, doc, scanPage(pageRules, doc), signals);

const FORM = `<main><h2>某个新页面</h2><form>
  <div class="row"><label>联系人姓名</label><div><input name="a"></div></div>
  <div class="row"><label>联系人邮箱</label><div><input name="b"></div></div>
  <div class="row"><label>变更原因</label><div><input name="c"></div></div></form></main>`;

describe('unknown-page help', () => {
  it('gives the known fields of each unknown replica, and nothing on the negative pages', () => {
    for (const replica of replicas.filter((r) => r.page === null)) {
      const found = unknownOn(replica.url, renderedReplica(replica));
      expect(found?.fields.map((f) => f.id).sort() ?? [], replica.name).toEqual([...(replica.unknown ?? [])].sort());
    }
  });

  it('works by URL in the area, and by the flow signals in the text', () => {
    expect(unknownOn('https://mp.weixin.qq.com/wxopen/waregister?action=step9', parseDocument(FORM))?.fields.length).toBe(2);
    expect(unknownOn('https://mp.weixin.qq.com/cgi-bin/somewhere', parseDocument(FORM))).toBeNull();
    // A page text holding a marker of a rule (联系人信息) is a flow signal, as for the loader.
    expect(unknownOn('https://mp.weixin.qq.com/cgi-bin/somewhere', parseDocument(`<p>认证联系人信息</p>${FORM}`))?.fields.length).toBe(2);
  });

  it('never helps on the article editor, drafts, messages, statistics or version management, nor beside an editor', () => {
    const withSignal = parseDocument(`<p>认证联系人信息</p>${FORM}`);
    for (const path of [
      '/cgi-bin/appmsg?t=media/appmsg_edit',
      '/cgi-bin/draft?action=list',
      '/cgi-bin/message?t=message/list',
      '/misc/appmsganalysis',
      '/wxamp/wacodepage/getcodepage',
    ])
      expect(unknownOn(`https://mp.weixin.qq.com${path}&token=1`, withSignal), path).toBeNull();
    const editor = parseDocument(`<div contenteditable="true">文章</div>${FORM}`);
    expect(unknownOn('https://mp.weixin.qq.com/wxopen/waregister?action=step9', editor)).toBeNull();
  });

  it('needs two known rows with controls, and leaves out a label two fields share', () => {
    const one = parseDocument(`<form><div><label>联系人姓名</label><div><input></div></div><p>联系人邮箱</p></form>`);
    expect(unknownOn('https://mp.weixin.qq.com/wxopen/waregister', one)).toBeNull();
    // 手机号码 labels both the administrator's and the filing's mobile: ambiguous, so not a tip.
    const shared = parseDocument(`<form><div><label>手机号码</label><div><input></div></div><div><label>联系人姓名</label><div><input></div></div></form>`);
    expect(unknownOn('https://mp.weixin.qq.com/wxopen/waregister', shared)).toBeNull();
  });
});
