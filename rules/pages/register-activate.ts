import { definePageRule } from '../schema';

// docs/console-notes.md §4: step 2 replaces step 1 in place (legacy tpl_step2); no URL of its own is known.
export const registerActivate = definePageRule({
  id: 'register.activate',
  title: 'page.register-activate.title',
  needs: ['page.register-activate.need-open-mail', 'page.register-activate.need-click-link'],
  guidance: [
    { key: 'guide.register-activate.spam-and-expiry', facts: ['F62'] },
    { key: 'guide.register-activate.wrong-address', facts: ['F27'] },
  ],
  stepBar: { names: { zh: ['邮箱激活'] }, title: 'page.register-activate.title-step' },
  detect: {
    // Progress is recorded only here: the template replaces step 1 in place (docs/console-notes.md §4),
    // so it shows on step 1's URLs.
    recordOn: [{ path: '/wxopen/waregister' }, { path: '/cgi-bin/readtemplate', query: { t: 'register/step1_tmpl' } }],
    markers: [
      { zh: ['激活公众平台帐号', '激活小程序帐号', '邮箱激活'], en: ['Activate your account', 'Email activation'] },
      { zh: ['确认邮件已发送'], en: ['confirmation email has been sent'] },
      { zh: ['没有收到邮件'], en: ["Didn't receive the email", 'No email received'] },
    ],
    minMarkers: 2,
  },
});
