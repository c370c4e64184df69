import { definePageRule } from '../schema';

// docs/console-notes.md §7, §16: the way into quick registration. Two screens carry it: the Official
// Account's 小程序管理 page, where 添加 opens the 「添加小程序」 dialog (快速注册并认证小程序) and where the
// blocking messages appear (rules/messages.ts scopes them to this page), and the rules/agreement page
// that follows (URL evidenced by wxopen/manage.js). The management page's own URL is not recorded, so
// it is recognised by its heading plus one more of its texts; 小程序管理 alone is also a menu item.
export const quickIntro = definePageRule({
  id: 'quick.intro',
  title: 'page.quick-intro.title',
  needs: ['page.quick-intro.need-verified-oa', 'page.quick-intro.need-add', 'page.quick-intro.need-agree'],
  guidance: [
    { key: 'guide.quick-intro.what-you-get', facts: ['F14'] },
    { key: 'guide.quick-intro.separate-account', facts: ['F04', 'F05'] },
    { key: 'guide.quick-intro.blocked', facts: ['F14', 'F40'] },
  ],
  detect: {
    urls: [{ path: '/cgi-bin/readtemplate', query: { t: 'wxopen/wxopen_create_intro_tmpl' } }],
    markers: [
      { zh: ['快速注册并认证小程序'], en: ['Quick Registration and Verification'] },
      { zh: ['小程序管理'], en: ['Mini Program Management'] },
      { zh: ['关联小程序'], en: ['Link Mini Program'] },
      { zh: ['添加小程序'], en: ['Add Mini Program'] },
    ],
    minMarkersOnUrl: 1,
    minMarkers: 2,
  },
});
