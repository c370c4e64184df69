import type { ConsolePageId } from './facts';

// Presenter mode's talking points, as data: for each console page, the stops a trainer walks a room
// through, in order. A stop's target is one of
//   - a field id of the page's rule (rules/pages/*.ts): the field's row is spotlit;
//   - 'panel': the guide panel (on the console, the handle that opens it in the browser's side panel);
//   - any other text: an element the page shows with that text (a heading, a button), as rendered.
// A target missing from the page is not an error: the callout is centred and says so.
// The words of each point are in locales/<language>/presenter.json (an overlay file, locales/overlay-files.ts). Plain data without zod (the
// content script carries it); test/unit/presenter/stops.test.ts checks every target and key.

export const PANEL_TARGET = 'panel';

export interface PresenterStop {
  target: string;
  /** Locale key of the talking point. */
  point: string;
}

const stop = (target: string, point: string): PresenterStop => ({ target, point: `presenter.point.${point}` });

/** Every console page's stops, in the order they are presented. */
export const presenterStops: Readonly<Record<ConsolePageId, readonly PresenterStop[]>> = {
  'register.type-select': [stop(PANEL_TARGET, 'type-select.panel'), stop('小程序', 'type-select.mini-program'), stop('前往注册', 'type-select.go')],
  'register.account': [
    stop('email', 'account.email'),
    stop('password', 'account.password'),
    stop('captcha', 'account.captcha'),
    stop('注册', 'account.register'),
  ],
  'register.activate': [stop('激活公众平台帐号', 'activate.mail'), stop('重新发送', 'activate.resend'), stop('重新填写', 'activate.retype')],
  'register.entity': [
    stop('country', 'entity.country'),
    stop('entity-type', 'entity.type'),
    stop('company-name', 'entity.company-name'),
    stop('admin-name', 'entity.admin'),
    stop('admin-mobile', 'entity.limits'),
    stop('继续', 'entity.submit'),
  ],
  'quick.intro': [stop(PANEL_TARGET, 'quick-intro.panel'), stop('快速注册并认证小程序', 'quick-intro.limits'), stop('下一步', 'quick-intro.next')],
  'quick.reuse': [stop('复用资质', 'quick-reuse.choose'), stop('运营者信息', 'quick-reuse.operator')],
  'quick.reuse-verify': [stop(PANEL_TARGET, 'quick-reuse-verify.panel'), stop('快速认证须知', 'quick-reuse-verify.steps')],
  'quick.account': [stop('email', 'quick-account.email'), stop('password', 'quick-account.password')],
  'quick.mailbox': [stop('验证邮件已发送', 'quick-mailbox.mail'), stop('重新发送', 'quick-mailbox.resend')],
  'verify.agreement': [stop(PANEL_TARGET, 'verify-agreement.deadline'), stop('《微信公众平台认证服务协议》', 'verify-agreement.read')],
  'verify.documents': [
    stop('entity-type', 'verify-documents.entity-type'),
    stop('entity-certificate', 'verify-documents.certificate'),
    stop('application-letter', 'verify-documents.letter'),
    stop('contact-name', 'verify-documents.contact'),
    stop('phone-bill', 'verify-documents.phone-bill'),
  ],
  'verify.naming': [stop('naming-method', 'verify-naming.method'), stop('verified-name', 'verify-naming.name')],
  'verify.invoice': [stop('invoice-type', 'verify-invoice.type'), stop('invoice-title', 'verify-invoice.title')],
  'verify.payment': [stop('认证费用', 'verify-payment.fee'), stop('payment-method', 'verify-payment.method'), stop(PANEL_TARGET, 'verify-payment.review')],
  'home.guide': [stop('小程序发布流程', 'home.checklist'), stop('小程序备案', 'home.filing'), stop('AppID(小程序ID)', 'home.appid')],
  'profile.basic': [stop('mp-name', 'profile.name'), stop('mp-intro', 'profile.intro'), stop('category', 'profile.category')],
  'profile.category': [stop('category', 'category.pick'), stop('主营类目', 'category.main')],
  'filing.form': [
    stop(PANEL_TARGET, 'filing.who'),
    stop('filing-emergency-contact', 'filing.emergency'),
    stop('filing-note', 'filing.note'),
    stop('人脸核身', 'filing.face'),
  ],
  'filing.sms': [stop(PANEL_TARGET, 'filing-sms.deadline'), stop('证件号码后6位', 'filing-sms.id-digits')],
  'pay.merchant': [stop('merchant-request', 'pay.request'), stop('待确认（7天内有效）', 'pay.confirm')],
};
