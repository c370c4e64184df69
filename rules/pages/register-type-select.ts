import { definePageRule } from '../schema';

// docs/console-notes.md §2: target of 「立即注册」. The URL is evidenced; the option wording is not.
export const registerTypeSelect = definePageRule({
  id: 'register.type-select',
  title: 'page.register-type-select.title',
  needs: ['page.register-type-select.need-choose', 'page.register-type-select.need-own-credentials'],
  guidance: [
    { key: 'guide.register-type-select.own-account', facts: ['F01', 'F06'] },
    { key: 'guide.register-type-select.service-account-first', facts: ['F02', 'F03'] },
    { key: 'guide.register-type-select.separate-accounts', facts: ['F04', 'F05'] },
    { key: 'guide.register-type-select.overseas-eligible', facts: ['F35', 'F12'] },
    { key: 'guide.register-type-select.quick-register', facts: ['F14'] },
  ],
  detect: {
    urls: [{ path: '/cgi-bin/registermidpage', query: { action: 'index' } }],
    urlRequired: true,
    markers: [
      { zh: ['小程序'], en: ['Mini Program'] },
      // 订阅号 was renamed 公众号 in November 2024 (docs/console-notes.md §17.3): either name marks the page.
      { zh: ['订阅号', '公众号'], en: ['Subscription Account', 'Official Account'] },
      { zh: ['服务号'], en: ['Service Account'] },
      { zh: ['查看类型区别'], en: ['Compare account types', 'differences between account types'] },
    ],
    minMarkersOnUrl: 2,
  },
});
