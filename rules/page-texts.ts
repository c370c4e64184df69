import type { TextVariants } from './schema';

// Page texts: the console's buttons, labels and notices that are no field of a page rule, each with
// its meaning in the UI language (locales/<lang>/page-texts.json, key text.<id>), shown in a small tip
// right after it (content/features/page-texts.ts). A field's own label, hints and choices are explained
// by the field's tip; these are the rest: the agreement checkbox, 注册, 下载模板, the fee line…
// Texts are the console's own, as the replicas quote them (docs/console-notes.md; test/e2e/tip-audit.spec.ts
// lists every visible label, button and notice without a tip).

export interface PageText {
  id: string;
  /** whole: the element's text is one of the texts; start: it begins with one (a long notice). */
  match: 'whole' | 'start';
  texts: TextVariants;
  /** Only on these pages (page rule ids): a text that means something else elsewhere. */
  pages?: string[];
}

type PageTextInput = { id: string; match: PageText['match']; zh: string[]; en?: string[]; pages?: string[] };

const inputs: PageTextInput[] = [
  { id: 'back', match: 'whole', zh: ['上一步'], en: ['Back', 'Previous'] },
  { id: 'next', match: 'whole', zh: ['下一步'], en: ['Next'] },
  { id: 'continue', match: 'whole', zh: ['继续'], en: ['Continue'] },
  { id: 'send-sms-code', match: 'whole', zh: ['发送验证码'], en: ['Send code', 'Send verification code'] },
  { id: 'get-email-code', match: 'whole', zh: ['获取验证码'], en: ['Get code'] },
  { id: 'register', match: 'whole', zh: ['注册'], en: ['Register'] },
  { id: 'submit', match: 'whole', zh: ['提交'], en: ['Submit'] },
  { id: 'new-picture', match: 'whole', zh: ['换一张'], en: ['Change', 'Change one'] },
  { id: 'choose-file', match: 'whole', zh: ['选择文件', '选择图片'], en: ['Choose file', 'Select file'] },
  { id: 'upload', match: 'whole', zh: ['上传'], en: ['Upload'] },
  { id: 'upload-id-front', match: 'whole', zh: ['上传人像面'] },
  { id: 'upload-id-back', match: 'whole', zh: ['上传国徽面'] },
  { id: 'download-template', match: 'whole', zh: ['下载模板'], en: ['Download template'] },
  { id: 'download-letter', match: 'whole', zh: ['下载公函'] },
  {
    id: 'mp-terms',
    match: 'whole',
    zh: ['《微信小程序平台服务条款》', '微信小程序平台服务条款'],
    en: ['"WeChat Mini Program Platform Terms of Service"', 'WeChat Mini Program Platform Terms of Service'],
  },
  { id: 'terms', match: 'whole', zh: ['服务条款'], en: ['Terms of Service'] },
  { id: 'activated-continue', match: 'whole', zh: ['已激活？继续信息登记', '已激活?继续信息登记'], en: ['Activated? Continue information registration'] },
  { id: 'resend', match: 'whole', zh: ['重新发送'], en: ['Resend'] },
  { id: 'open-mailbox', match: 'whole', zh: ['登录邮箱'], en: ['Log in to email', 'Open mailbox'] },
  { id: 'refill', match: 'whole', zh: ['重新填写'], en: ['Fill in again'] },
  { id: 'pay-now', match: 'whole', zh: ['立即支付'], en: ['Pay now'] },
  { id: 'view-order', match: 'whole', zh: ['查看订单'], en: ['View order'] },
  { id: 'save-order-next', match: 'whole', zh: ['保存订单并下一步'] },
  { id: 'confirm', match: 'whole', zh: ['确认'], en: ['Confirm'] },
  { id: 'ok', match: 'whole', zh: ['确定'], en: ['OK'] },
  { id: 'cancel', match: 'whole', zh: ['取消'], en: ['Cancel'] },
  { id: 'reject', match: 'whole', zh: ['拒绝'], en: ['Reject'] },
  { id: 'return', match: 'whole', zh: ['返回'], en: ['Return'] },
  { id: 'add', match: 'whole', zh: ['添加'], en: ['Add'] },
  { id: 'edit', match: 'whole', zh: ['修改'], en: ['Edit', 'Modify'] },
  { id: 'details', match: 'whole', zh: ['详情'], en: ['Details'] },
  { id: 'delete', match: 'whole', zh: ['删除'], en: ['Delete'] },
  { id: 'go-fill', match: 'whole', zh: ['去填写'] },
  { id: 'go-filing', match: 'whole', zh: ['去备案'] },
  { id: 'go-settings', match: 'whole', zh: ['去设置'] },
  { id: 'go-register', match: 'whole', zh: ['前往注册'], en: ['Go to registration'] },
  { id: 'type-difference', match: 'whole', zh: ['查看类型区别'] },
  { id: 'enable-wxpay', match: 'whole', zh: ['开通微信支付'] },
  { id: 'wxpay', match: 'whole', zh: ['微信支付'], en: ['WeChat Pay'] },
  { id: 'link-mp', match: 'whole', zh: ['关联小程序'] },
  { id: 'continue-application', match: 'whole', zh: ['继续申请'] },
  { id: 'copy', match: 'whole', zh: ['复制'], en: ['Copy'] },
  { id: 'reload', match: 'whole', zh: ['重新加载'], en: ['Reload'] },
  {
    id: 'agree-mp-terms',
    match: 'whole',
    zh: ['我同意并遵守《微信小程序平台服务条款》', '我已阅读并同意《微信小程序平台服务条款》'],
    en: ['I agree and abide by "WeChat Mini Program Platform Terms of Service"', 'I agree and abide by"WeChat Mini Program Platform Terms of Service"'],
  },
  { id: 'agree-oa-agreement', match: 'whole', zh: ['我同意并遵守《微信公众平台服务协议》'] },
  { id: 'agree-terms', match: 'whole', zh: ['我已阅读并同意服务条款'] },
  { id: 'agree-above', match: 'whole', zh: ['我已阅读并同意以上协议'] },
  { id: 'agree-notes', match: 'whole', zh: ['我已阅读并同意以上须知'] },
  { id: 'admin-identity', match: 'whole', zh: ['管理员身份验证'] },
  { id: 'legal-identity', match: 'whole', zh: ['法定代表人身份验证'] },
  { id: 'fee', match: 'whole', zh: ['认证费用', '审核服务费', '审核费用'], en: ['Verification fee', 'Review fee'] },
  { id: 'fee-usd-99', match: 'whole', zh: ['99美元', '99.00美元'], en: ['USD 99'] },
  { id: 'fee-rmb-300', match: 'whole', zh: ['300元', '300.00元'], en: ['RMB 300'] },
  { id: 'fee-not-refunded', match: 'start', zh: ['认证审核费用一经支付', '审核服务费一经支付'] },
  { id: 'fee-failed-not-refunded', match: 'start', zh: ['若认证失败，费用不予退还'] },
  { id: 'fee-per-attempt', match: 'start', zh: ['微信认证费用是腾讯支付给第三方审核公司的服务费'] },
  { id: 'scan-to-pay', match: 'whole', zh: ['请使用微信扫描二维码以完成支付'] },
  { id: 'transfer-check', match: 'start', zh: ['审核流程中还需进行对公账号/法人账号的小额打款验证'] },
  { id: 'transfer-from-corporate', match: 'start', zh: ['请用以下对公账户打款'] },
  { id: 'review-days', match: 'start', zh: ['完成帐号审核一般需要1-5个工作日'] },
  { id: 'no-fee-intro', match: 'start', zh: ['为更好地支持政府电子政务'] },
  { id: 'one-account-per-email', match: 'start', zh: ['每个邮箱仅能申请一种帐号'], en: ['Each email can only'] },
  { id: 'contact-for-review', match: 'start', zh: ['以下仅作为认证审核中联系人信息'] },
  { id: 'complete-admin-identity', match: 'whole', zh: ['请完善管理员身份信息'] },
  { id: 'complete-legal-identity', match: 'whole', zh: ['请完善法定代表人身份信息'] },
  { id: 'admin-verified-choose', match: 'start', zh: ['管理员身份已验证'] },
  { id: 'naming-unique', match: 'start', zh: ['命名唯一原则'] },
  // The account types on the type choice.
  { id: 'type-service', match: 'whole', zh: ['服务号'], en: ['Service Account'], pages: ['register.type-select'] },
  { id: 'type-subscription', match: 'whole', zh: ['订阅号'], en: ['Subscription Account'], pages: ['register.type-select'] },
  { id: 'type-mini-program', match: 'whole', zh: ['小程序'], en: ['Mini Program'], pages: ['register.type-select'] },
  { id: 'type-wecom', match: 'whole', zh: ['企业微信'], en: ['WeCom'], pages: ['register.type-select'] },
  // What quick registration reuses from the Official Account.
  { id: 'reuse-what', match: 'whole', zh: ['复用资质'], pages: ['quick.reuse'] },
  { id: 'reuse-entity', match: 'whole', zh: ['主体资质'], pages: ['quick.reuse'] },
  { id: 'reuse-operator', match: 'whole', zh: ['运营者信息'], pages: ['quick.reuse'] },
  { id: 'reuse-verification', match: 'whole', zh: ['微信认证'], pages: ['quick.reuse'] },
  { id: 'reuse-entity-shown', match: 'start', zh: ['主体类型：企业', '主体类型:'], pages: ['quick.reuse'] },
  // The ICP filing form's rows that are no field of its rule, and the settings pages' tabs.
  { id: 'filing-entity-nature', match: 'whole', zh: ['主体性质'], pages: ['filing.form'] },
  { id: 'filing-sponsor-name', match: 'whole', zh: ['主办单位名称'], pages: ['filing.form'] },
  { id: 'filing-region', match: 'whole', zh: ['备案省/市/县区'], pages: ['filing.form'] },
  { id: 'filing-address', match: 'whole', zh: ['通讯地址'], pages: ['filing.form'] },
  { id: 'filing-entity-doc-type', match: 'whole', zh: ['主体证件类型'], pages: ['filing.form'] },
  { id: 'filing-entity-doc-number', match: 'whole', zh: ['主体证件号码'], pages: ['filing.form'] },
  { id: 'filing-entity-doc-address', match: 'whole', zh: ['主体证件住所'], pages: ['filing.form'] },
  { id: 'filing-doc-attachment', match: 'whole', zh: ['证件附件'], pages: ['filing.form'] },
  { id: 'filing-sms-code', match: 'whole', zh: ['短信验证码'], pages: ['filing.form'] },
  { id: 'filing-id-type', match: 'whole', zh: ['证件类型'], pages: ['filing.form'] },
  { id: 'filing-id-number', match: 'whole', zh: ['证件号码'], pages: ['filing.form'] },
  { id: 'filing-id-validity', match: 'whole', zh: ['证件有效期'], pages: ['filing.form'] },
  { id: 'filing-long-term', match: 'whole', zh: ['长期'], pages: ['filing.form'] },
  { id: 'filing-id-photos', match: 'whole', zh: ['证件照片'], pages: ['filing.form'] },
  { id: 'filing-mp-name', match: 'whole', zh: ['小程序名称'], pages: ['filing.form'] },
  { id: 'filing-same-as-principal', match: 'whole', zh: ['与主体负责人一致'], pages: ['filing.form'] },
  { id: 'filing-face-check', match: 'whole', zh: ['人脸核身'], pages: ['filing.form'] },
  { id: 'filing-no-repeat-region', match: 'start', zh: ['无需重复填写省、市、区'], pages: ['filing.form'] },
  { id: 'filing-upload-original', match: 'start', zh: ['请上传原件的彩色扫描件或照片'], pages: ['filing.form'] },
  { id: 'filing-face-after-submit', match: 'start', zh: ['提交后，负责人需使用微信扫码完成人脸核身'], pages: ['filing.form'] },
  { id: 'avatar', match: 'whole', zh: ['小程序头像'], en: ['Mini Program avatar'], pages: ['profile.basic'] },
  { id: 'image-max-2m', match: 'whole', zh: ['图片大小不超过2M'], pages: ['profile.basic'] },
  { id: 'tab-basic-settings', match: 'whole', zh: ['基本设置'], en: ['Basic settings'], pages: ['profile.basic'] },
  { id: 'tab-linked', match: 'whole', zh: ['关联设置'], pages: ['profile.basic'] },
  { id: 'tab-third-party', match: 'whole', zh: ['第三方设置'], pages: ['profile.basic'] },
  { id: 'settings', match: 'whole', zh: ['设置'], en: ['Settings'], pages: ['profile.basic'] },
];

export const pageTexts: readonly PageText[] = inputs.map(({ id, match, zh, en, pages }) => ({
  id,
  match,
  texts: { zh, en: en ?? [] },
  ...(pages ? { pages } : {}),
}));

/** The locale key of a page text's meaning. */
export const pageTextKey = (id: string): string => `text.${id}`;
