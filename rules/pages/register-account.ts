import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §3: step 1, login email, password and captcha. Newer pages email a 6-digit
// code instead of the picture captcha, and then skip the activation-link step (§17): the page
// shows one of the two code fields, so each is optional and the other three fields recognise it.
export const registerAccount = definePageRule({
  id: 'register.account',
  title: 'page.register-account.title',
  needs: [
    'page.register-account.need-email',
    'page.register-account.need-password',
    'page.register-account.need-captcha',
    'page.register-account.need-email-code',
  ],
  guidance: [
    { key: 'guide.register-account.email-new', facts: ['F27'] },
    { key: 'guide.register-account.have-ready', facts: ['F50'] },
    { key: 'guide.register-account.password-rules', facts: [] },
    { key: 'guide.register-account.email-code', facts: ['F62'] },
  ],
  // The picture and the emailed code are told apart by the code field the page shows (never both).
  when: {
    'page.register-account.need-captcha': { fields: ['captcha'] },
    'page.register-account.need-email-code': { fields: ['email-code'] },
    'guide.register-account.email-code': { fields: ['email-code'] },
  },
  // 1 帐号信息 (current), 1 基本信息 (legacy OA template).
  stepBar: { names: { zh: ['帐号信息', '基本信息'] }, title: 'page.register-account.title-step' },
  detect: {
    urls: [
      { path: '/wxopen/waregister', query: { action: 'step1' } },
      { path: '/cgi-bin/readtemplate', query: { t: 'register/step1_tmpl' } },
    ],
    markers: [
      { zh: ['未被微信开放平台注册', '未被个人微信号绑定'], en: ['not bound to a personal WeChat', 'not registered on the Open Platform'] },
      { zh: ['每个邮箱仅能申请一种帐号'], en: ['Each email can only'] },
      { zh: ['微信公众平台服务协议', '微信小程序平台服务条款'], en: ['Service Agreement', 'Terms of Service'] },
    ],
    minMarkers: 1,
    minFields: 3,
    // The quick-registration account step reuses these fields; its step bar tells it apart.
    excludeMarkers: [{ zh: ['填写小程序帐号信息', '选择复用资质'], en: [] }],
  },
  fields: [fields.email, fields.password, fields.passwordConfirm, { ...fields.captcha, optional: true }, { ...fields.emailCode, optional: true }],
});
