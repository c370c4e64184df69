import { definePageRule } from '../schema';

// docs/console-notes.md §7: fast-register sub-step 4 (wxopen_create_step4.js) hides the step bar and
// shows the address, 登录邮箱 and a resend button; its heading is not recorded. Its texts are those of
// register.activate, so only the fast-register URL tells the two apart.
export const quickMailbox = definePageRule({
  id: 'quick.mailbox',
  title: 'page.quick-mailbox.title',
  needs: ['page.quick-mailbox.need-open-mail', 'page.quick-mailbox.need-click-link'],
  guidance: [
    { key: 'guide.quick-mailbox.spam-and-expiry', facts: ['F62'] },
    { key: 'guide.quick-mailbox.after', facts: ['F04', 'F14'] },
  ],
  detect: {
    urls: [{ path: '/cgi-bin/fastregister' }],
    urlRequired: true,
    markers: [
      { zh: ['登录邮箱'], en: ['Log in to email', 'Go to mailbox'] },
      { zh: ['重新发送'], en: ['Resend'] },
      { zh: ['邮件已发送', '激活邮件', '查收邮件'], en: ['email has been sent', 'activation email'] },
    ],
    minMarkersOnUrl: 2,
  },
});
