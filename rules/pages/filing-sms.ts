import { definePageRule } from '../schema';

// docs/console-notes.md §11, §16: the MIIT SMS check (工信部短信核验) on beian.miit.gov.cn, not on the
// console. The site routes by URL hash, so its path is always "/". The content script does not run
// there yet (optional host permission); the rule already lets the engine recognise the page.
export const filingSms = definePageRule({
  id: 'filing.sms',
  title: 'page.filing-sms.title',
  needs: ['page.filing-sms.need-code', 'page.filing-sms.need-mobile', 'page.filing-sms.need-id-digits'],
  guidance: [
    { key: 'guide.filing-sms.within-24h', facts: ['F55'] },
    { key: 'guide.filing-sms.attempts', facts: [] },
    { key: 'guide.filing-sms.timeout', facts: ['F55'] },
  ],
  detect: {
    urls: [{ host: 'beian.miit.gov.cn', path: '/' }],
    urlRequired: true,
    markers: [
      { zh: ['短信核验'], en: ['SMS verification'] },
      { zh: ['验证码'], en: ['Verification code'] },
      { zh: ['证件号码后6位', '证件号码后六位'], en: ['last 6 digits'] },
    ],
    minMarkersOnUrl: 2,
  },
});
