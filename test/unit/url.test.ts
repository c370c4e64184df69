// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../engine/detect';
import { matchesUrl } from '../../engine/url';
import { pageRules } from '../../rules';
import { urlMatcherSchema } from '../../rules/page-rule.schema';
import { replicaByName, replicaForUrl } from '../../replicas/replicas.mjs';
import { renderedReplica } from '../support/dom';

// URL matchers name a host only when the page is off the console (filing.sms on beian.miit.gov.cn).

const matcher = (input: unknown) => urlMatcherSchema.parse(input);

describe('matchesUrl', () => {
  it('defaults to the console host', () => {
    const onConsole = matcher({ path: '/wxamp/home/guide' });
    expect(onConsole.host).toBe('mp.weixin.qq.com');
    expect(matchesUrl(new URL('https://mp.weixin.qq.com/wxamp/home/guide?token=1&lang=zh_CN'), onConsole)).toBe(true);
    expect(matchesUrl(new URL('https://evil.example/wxamp/home/guide'), onConsole)).toBe(false);
  });

  it('matches a named host, and only that host', () => {
    const miit = matcher({ host: 'beian.miit.gov.cn', path: '/' });
    expect(matchesUrl(new URL('https://beian.miit.gov.cn/#/Integrated/index'), miit)).toBe(true);
    expect(matchesUrl(new URL('https://BEIAN.miit.gov.cn/'), miit)).toBe(true);
    expect(matchesUrl(new URL('https://mp.weixin.qq.com/'), miit)).toBe(false);
  });

  it('still requires the path and query', () => {
    const pay = matcher({ path: '/wxamp/frame/wxpay', query: { t: 'wxpay/index_frame' } });
    expect(matchesUrl(new URL('https://mp.weixin.qq.com/wxamp/frame/wxpay?t=wxpay/index_frame&token=1'), pay)).toBe(true);
    expect(matchesUrl(new URL('https://mp.weixin.qq.com/wxamp/frame/wxpay?token=1'), pay)).toBe(false);
    expect(matchesUrl(new URL('https://mp.weixin.qq.com/wxamp/frame/other?t=wxpay/index_frame'), pay)).toBe(false);
  });

  it('rejects a host that is not a lower-case host name', () => {
    expect(urlMatcherSchema.safeParse({ host: 'https://beian.miit.gov.cn', path: '/' }).success).toBe(false);
    expect(urlMatcherSchema.safeParse({ host: 'Beian.miit.gov.cn', path: '/' }).success).toBe(false);
  });
});

describe('the MIIT SMS check off the console', () => {
  const sms = replicaByName('filing.sms/current');

  it('is recognised on beian.miit.gov.cn', () => {
    expect(detectPage(pageRules, sms.url, renderedReplica(sms))?.rule.id).toBe('filing.sms');
  });

  it('is not recognised when the same page is served on the console host', () => {
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/', renderedReplica(sms))).toBeNull();
  });

  it('is the replica served for its host, while the console root stays the login page', () => {
    expect(replicaForUrl('https://beian.miit.gov.cn/')?.name).toBe('filing.sms/current');
    expect(replicaForUrl('https://mp.weixin.qq.com/')?.name).toBe('negative/login');
  });
});
