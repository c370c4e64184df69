// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage, type Detection } from '../../engine/detect';
import { readFieldValue } from '../../engine/values';
import { pageRules } from '../../rules';
import { replicaByName } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// The console pages after registration: what the checks will read from them, and the look-alikes
// each rule must not be fooled by.

const HOME = 'https://mp.weixin.qq.com/wxamp/home/guide?token=1911103417&lang=zh_CN';

function detect(name: string): { detection: Detection; value: (id: string) => string | undefined } {
  const replica = replicaByName(name);
  const detection = detectPage(pageRules, replica.url, renderedReplica(replica));
  if (!detection) throw new Error(`${name} not recognised`);
  return {
    detection,
    value: (id) => {
      const field = detection.fields.find((f) => f.id === id);
      return field && readFieldValue(field);
    },
  };
}

describe('values shown on the console pages', () => {
  it('reads the chosen category of the picker', () => {
    const { value } = detect('profile.category/current');
    expect(value('category')).toMatch(/^商家自营\s*>\s*食品/);
  });

  it('reads the AppID and original ID where the pages show them', () => {
    const basic = detect('profile.basic/current');
    expect(basic.value('appid')).toBe('wx8f3c2a91d4b6e705');
    expect(basic.value('original-id')).toBe('gh_3f2a9c0d1b7e');
    expect(basic.value('mp-intro')).toContain('零食');
    expect(basic.value('category')).toBe('商家自营 > 食品');
    expect(detect('pay.merchant/current').value('appid')).toBe('wx8f3c2a91d4b6e705');
    expect(detect('pay.merchant/legacy').value('appid')).toBe('wx8f3c2a91d4b6e705');
    expect(detect('home.guide/current').value('appid')).toBe('wx8f3c2a91d4b6e705');
    expect(detect('filing.form/current').value('appid')).toBe('wx8f3c2a91d4b6e705');
  });

  it('shows the pending merchant request with its merchant number', () => {
    for (const name of ['pay.merchant/current', 'pay.merchant/legacy']) {
      expect(detect(name).value('merchant-request'), name).toMatch(/1612345678/);
    }
  });

  it("keeps the filing form's main and emergency numbers apart", () => {
    const { detection } = detect('filing.form/current');
    const mobile = detection.fields.find((f) => f.id === 'filing-mobile');
    const emergency = detection.fields.find((f) => f.id === 'filing-emergency-contact');
    expect(mobile?.control).toBeInstanceOf(HTMLInputElement);
    expect(emergency?.control).toBeInstanceOf(HTMLInputElement);
    expect(emergency?.control).not.toBe(mobile?.control);
  });
});

describe('look-alikes', () => {
  it('does not take a page whose menu lists 商户号管理 for the pay page', () => {
    const replica = replicaByName('profile.basic/current');
    const doc = renderedReplica(replica);
    const item = doc.createElement('a');
    item.textContent = '商户号管理';
    doc.querySelector('nav')!.append(item);
    expect(detectPage(pageRules, replica.url, doc)?.rule.id).toBe('profile.basic');
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/wxamp/devprofile/get_profile', doc)?.rule.id).toBe('profile.basic');
  });

  it('takes a home page with only the filing banner for home.guide on its URL, and nothing elsewhere', () => {
    const doc = parseDocument('<h2>首页</h2><div class="weui-desktop-notice">小程序需补充备案信息 <a>去备案</a></div><p>昨日概况</p>');
    expect(detectPage(pageRules, HOME, doc)?.rule.id).toBe('home.guide');
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/wxamp/manage/feedback', doc)).toBeNull();
  });

  it('does not take the category page for 基本设置, even on the settings URL', () => {
    const replica = replicaByName('profile.category/current');
    const doc = renderedReplica(replica);
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/wxamp/basicprofile/index?token=1', doc)?.rule.id).toBe('profile.category');
  });

  it('does not take the filing form for 基本设置 on the settings URL', () => {
    const replica = replicaByName('filing.form/current');
    const doc = renderedReplica(replica);
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/wxamp/basicprofile/index?token=1', doc)?.rule.id).toBe('filing.form');
  });
});
