// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../engine/detect';
import { findPageTexts } from '../../engine/page-texts';
import { pageRules } from '../../rules';
import { pageTextKey, pageTexts, type PageText } from '../../rules/page-texts';
import { locales } from '../../locales';
import { parseDocument } from '../support/dom';

// The console's buttons, labels and notices that are no field (rules/page-texts.ts) and how the guide
// finds them on a page (engine/page-texts.ts).

const found = (html: string, texts: readonly PageText[] = pageTexts, pageId?: string) =>
  findPageTexts(scanPage(pageRules, parseDocument(`<body>${html}</body>`)).nodes, texts, pageId).map((f) => `${f.element.localName}:${f.text.id}`);

describe('page texts', () => {
  it('have unique ids, a meaning in every language and only known page ids', () => {
    const ids = pageTexts.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pageIds = new Set(pageRules.map((r) => r.id));
    for (const text of pageTexts) {
      for (const locale of Object.keys(locales) as (keyof typeof locales)[])
        expect(locales[locale][pageTextKey(text.id)], `${locale}: ${text.id}`).toBeTruthy();
      for (const page of text.pages ?? []) expect(pageIds.has(page as never), `${text.id}: ${page}`).toBe(true);
      expect(text.texts.zh.length + text.texts.en.length, text.id).toBeGreaterThan(0);
    }
  });
});

describe('findPageTexts', () => {
  it('finds a button by its whole text, and the control around a label’s text', () => {
    expect(found('<div><button>注册</button></div>')).toEqual(['button:register']);
    expect(found('<span class="btn"><button>注册</button></span>')).toEqual(['button:register']);
    expect(found('<label><input type="checkbox"><span>我同意并遵守<a role="button">《微信小程序平台服务条款》</a></span></label>')).toEqual([
      'label:agree-mp-terms',
      'a:mp-terms',
    ]);
  });
  it('finds a notice by its beginning, the innermost element showing it', () => {
    expect(found('<div><div><p>认证审核费用一经支付，无论审核结果如何均不予退还。</p></div><p>其他</p></div>')).toEqual(['p:fee-not-refunded']);
  });
  it('reads translated and reflowed text (Chrome’s <font> wrappers, quotes, spaces)', () => {
    expect(
      found(
        '<label><input type="checkbox"><span><font><font>I agree and abide by</font></font><a>"WeChat Mini Program Platform Terms of Service"</a></span></label>',
      ),
    ).toContain('label:agree-mp-terms');
  });
  it('leaves out part of a longer text, navigation and hidden elements', () => {
    expect(found('<p>点击注册按钮</p>')).toEqual([]);
    expect(found('<nav><a href="/x">上一步</a></nav><ul><li><a href="/y">详情</a></li></ul>')).toEqual([]);
    expect(found('<div hidden><button>取消</button></div>')).toEqual([]);
  });
  it('keeps a page’s own texts to that page', () => {
    expect(found('<label><input type="radio"><span>服务号</span></label>')).toEqual([]);
    expect(found('<label><input type="radio"><span>服务号</span></label>', pageTexts, 'register.type-select')).toEqual(['label:type-service']);
  });
});

describe('pageTextTriggers', () => {
  it('lists each page text once, squashed, so their appearance calls for an evaluation', async () => {
    const { pageTextTriggers, triggerMatcher } = await import('../../engine/changes');
    const triggers = pageTextTriggers(pageTexts);
    expect(new Set(triggers).size).toBe(triggers.length);
    expect(triggerMatcher(triggers)('<button>下 载 模 板</button>')).toBe(true);
  });
});
