// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../engine/detect';
import { pageRules } from '../../rules';
import { parseDocument } from '../support/dom';

// 订阅号 was renamed 公众号 in November 2024 (docs/console-notes.md §17.3). The account-type page is
// recognised under either name, and the guide says both.

const URL = 'https://mp.weixin.qq.com/cgi-bin/registermidpage?action=index&lang=zh_CN';
const typePage = (kinds: string[]) =>
  parseDocument(`<html><body><main><h2>请选择注册的帐号类型</h2><ul>${kinds.map((kind) => `<li><h3>${kind}</h3></li>`).join('')}</ul></main></body></html>`);

describe('公众号, formerly 订阅号', () => {
  it('recognises the account-type choice with the old and with the new name', () => {
    expect(detectPage(pageRules, URL, typePage(['订阅号', '服务号', '小程序']))?.rule.id).toBe('register.type-select');
    expect(detectPage(pageRules, URL, typePage(['公众号', '服务号', '小程序']))?.rule.id).toBe('register.type-select');
    // 公众号 counts as the account-type marker on its own: with 小程序 it is enough, as 订阅号 was.
    expect(detectPage(pageRules, URL, typePage(['公众号', '小程序']))?.rule.id).toBe('register.type-select');
    expect(detectPage(pageRules, URL, typePage(['订阅号', '小程序']))?.rule.id).toBe('register.type-select');
    // Two names of one marker are still one marker: a page showing only those and nothing else is not enough.
    expect(detectPage(pageRules, URL, typePage(['公众号', '订阅号']))).toBeNull();
  });
});
