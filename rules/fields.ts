import type { FieldRule } from './schema';

type FieldInput = Omit<FieldRule, 'optional' | 'labels'> & { labels: { zh: string[]; en?: string[] }; optional?: boolean };

// Fields shared by several pages. Labels come from docs/console-notes.md §3.1, §5.2–5.4 (Chinese, as
// rendered) and, for lang=en_US, our best reading of the console's partial English (unverified).
export const fields = {
  email: { id: 'email', kind: 'email', labels: { zh: ['邮箱', '登录邮箱地址'], en: ['Email', 'Email address', 'E-mail'] } },
  password: { id: 'password', kind: 'password', labels: { zh: ['密码'], en: ['Password'] } },
  passwordConfirm: { id: 'password-confirm', kind: 'password', labels: { zh: ['确认密码', '再次输入密码'], en: ['Confirm password', 'Re-enter password'] } },
  captcha: { id: 'captcha', kind: 'code', labels: { zh: ['验证码', '图片验证码'], en: ['Verification code', 'Captcha'] } },
  // Newer step-1 pages email a 6-digit code instead of the picture code (docs/console-notes.md §3.1,
  // §17.2: a 2024 guide and 2026 automation scripts; no markup found, so the labels are [GUESS]).
  emailCode: { id: 'email-code', kind: 'code', labels: { zh: ['邮箱验证码', '邮件验证码'], en: ['Email verification code', 'Email code'] } },
  country: {
    id: 'country',
    kind: 'select',
    labels: { zh: ['注册国家/地区', '国家/地区', '注册地区'], en: ['Country/Region', 'Country/region of registration', 'Registered country/region'] },
  },
  entityType: { id: 'entity-type', kind: 'radio', labels: { zh: ['主体类型'], en: ['Entity type', 'Subject type'] } },
  companyType: { id: 'company-type', kind: 'radio', labels: { zh: ['企业类型'], en: ['Company type', 'Enterprise type'] }, optional: true },
  companyName: { id: 'company-name', kind: 'text', labels: { zh: ['企业名称', '主体名称'], en: ['Company name', 'Enterprise name', 'Entity name'] } },
  registrationNumber: {
    id: 'registration-number',
    kind: 'text',
    labels: {
      zh: ['营业执照注册号', '注册号', '统一社会信用代码'],
      en: ['Business licence registration number', 'Business license registration number', 'Registration number'],
    },
  },
  verifyMethod: { id: 'verify-method', kind: 'radio', labels: { zh: ['主体验证方式', '注册方式'], en: ['Verification method', 'Entity verification method'] } },
  adminName: {
    id: 'admin-name',
    kind: 'text',
    labels: { zh: ['管理员身份证姓名', '身份证姓名', '管理员姓名'], en: ['Administrator name', "Administrator's name", 'Admin name'] },
  },
  adminId: {
    id: 'admin-id',
    kind: 'text',
    labels: { zh: ['管理员身份证号码', '身份证号码', '管理员证件号码', '证件号码'], en: ['Administrator ID number', "Administrator's ID number", 'ID number'] },
  },
  adminMobile: {
    id: 'admin-mobile',
    kind: 'phone',
    labels: { zh: ['管理员手机号码', '手机号码'], en: ['Administrator mobile number', "Administrator's mobile number", 'Mobile number'] },
  },
  smsCode: { id: 'sms-code', kind: 'code', labels: { zh: ['短信验证码'], en: ['SMS verification code', 'SMS code'] } },
  // After registration (docs/console-notes.md §8–§12). The name/intro/category rows are display rows
  // on 基本设置 and inputs on the first-time 小程序信息 form; filing labels are [INFERRED] from the API.
  mpName: { id: 'mp-name', kind: 'text', labels: { zh: ['小程序名称', '小程序帐号名称'], en: ['Mini Program name'] } },
  mpShortName: { id: 'mp-short-name', kind: 'text', labels: { zh: ['小程序简称', '简称'], en: ['Short name', 'Mini Program short name'] } },
  mpIntro: { id: 'mp-intro', kind: 'textarea', labels: { zh: ['小程序介绍', '介绍', '功能介绍'], en: ['Introduction', 'Mini Program introduction'] } },
  // 选择类目 first: on the category page the heading also reads 服务类目, and the first label found wins.
  category: { id: 'category', kind: 'select', labels: { zh: ['选择类目', '服务类目'], en: ['Select category', 'Service category', 'Service categories'] } },
  appid: { id: 'appid', kind: 'text', labels: { zh: ['AppID', 'AppID(小程序ID)', '小程序ID'], en: ['AppID (Mini Program ID)', 'Mini Program ID'] } },
  originalId: { id: 'original-id', kind: 'text', labels: { zh: ['原始ID'], en: ['Original ID'] } },
  filingPrincipalName: { id: 'filing-principal-name', kind: 'text', labels: { zh: ['负责人姓名'], en: ['Name of the person in charge'] } },
  filingMobile: { id: 'filing-mobile', kind: 'phone', labels: { zh: ['联系方式', '手机号', '手机号码'], en: ['Contact number', 'Mobile number'] } },
  filingEmergencyContact: {
    id: 'filing-emergency-contact',
    kind: 'phone',
    labels: { zh: ['应急联系方式', '应急联系电话'], en: ['Emergency contact', 'Emergency contact number'] },
  },
  filingEmail: { id: 'filing-email', kind: 'email', labels: { zh: ['电子邮件', '电子邮箱'], en: ['E-mail address'] } },
  serviceType: { id: 'service-type', kind: 'select', labels: { zh: ['服务内容类型', '服务内容'], en: ['Service content type'] } },
  preApproval: { id: 'pre-approval', kind: 'checkbox', labels: { zh: ['前置审批项', '前置审批'], en: ['Pre-approval items'] } },
  filingNote: { id: 'filing-note', kind: 'textarea', labels: { zh: ['备注'], en: ['Remarks', 'Notes'] } },
  merchantRequest: {
    id: 'merchant-request',
    kind: 'text',
    labels: { zh: ['待确认授权', '授权申请', '待确认的授权申请'], en: ['Pending authorisation', 'Authorization requests'] },
  },
  // WeChat verification (微信认证, docs/console-notes.md §10). Labels mirror the verification API's field
  // names (认证主体类型, 主体资质材料, 命名方式, 联系人信息, 发票信息) and are [INFERRED]; the labels the console's
  // own templates show are added in rules/verify-fields.ts. The entity type keeps the id 'entity-type' so its check and the document checklist read it.
  verifyEntityType: { id: 'entity-type', kind: 'radio', labels: { zh: ['认证主体类型', '主体类型'], en: ['Entity type', 'Verification entity type'] } },
  entityCertificate: { id: 'entity-certificate', kind: 'upload', labels: { zh: ['主体资质材料'], en: ['Entity qualification documents', 'Entity documents'] } },
  applicationLetter: {
    id: 'application-letter',
    kind: 'upload',
    labels: { zh: ['认证申请公函', '申请公函'], en: ['Application letter', 'Verification application letter'] },
  },
  authorisationLetter: {
    id: 'authorisation-letter',
    kind: 'upload',
    labels: { zh: ['运营授权书'], en: ['Operation authorisation letter', 'Authorization letter'] },
  },
  contactId: {
    id: 'contact-id',
    kind: 'upload',
    labels: { zh: ['运营者身份证/护照', '联系人身份证/护照', '运营者身份证', '联系人身份证'], en: ['ID card or passport', 'Contact ID or passport'] },
  },
  phoneBill: { id: 'phone-bill', kind: 'upload', labels: { zh: ['手机话费账单', '话费账单'], en: ['Mobile phone bill', 'Phone bill'] } },
  trademarkCertificate: {
    id: 'trademark-certificate',
    kind: 'upload',
    labels: { zh: ['商标注册证', '商标注册证书'], en: ['Trademark registration certificate'] },
  },
  namingMethod: { id: 'naming-method', kind: 'radio', labels: { zh: ['命名方式'], en: ['Naming method'] } },
  contactName: { id: 'contact-name', kind: 'text', labels: { zh: ['联系人姓名', '运营者姓名'], en: ['Contact name', "Contact person's name"] } },
  contactMobile: {
    id: 'contact-mobile',
    kind: 'phone',
    labels: { zh: ['联系人手机号码', '联系人手机', '运营者手机号码'], en: ['Contact mobile number', "Contact person's mobile"] },
  },
  contactEmail: { id: 'contact-email', kind: 'email', labels: { zh: ['联系人邮箱', '联系人电子邮箱'], en: ['Contact email', "Contact person's email"] } },
  invoiceType: { id: 'invoice-type', kind: 'radio', labels: { zh: ['发票类型'], en: ['Invoice type'] } },
  invoiceTitle: { id: 'invoice-title', kind: 'text', labels: { zh: ['发票抬头'], en: ['Invoice title', 'Invoice header'] } },
  taxNumber: { id: 'tax-number', kind: 'text', labels: { zh: ['纳税人识别号', '税号'], en: ['Taxpayer identification number', 'Tax ID'] } },
  paymentMethod: { id: 'payment-method', kind: 'radio', labels: { zh: ['支付方式', '付款方式'], en: ['Payment method'] } },
} satisfies Record<string, FieldInput>;
