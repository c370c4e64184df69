import type { FieldRule } from './schema';
import { fields } from './fields';

type FieldInput = Omit<FieldRule, 'optional' | 'labels'> & { labels: { zh: string[]; en?: string[] }; optional?: boolean };

// The WeChat verification (微信认证) form's fields as the console's own templates label them:
// tpl/wxverify/{overseas_entreg,entreg,individualbizreg,govreg,mediareg,nonprofitreg,commonreg}.html
// (Tencent's front-end, ~2016–2018; docs/console-notes.md §17.1; checked 2026-12-02). Labels are quoted as
// the templates render them; a label the template leaves to a default (license_number_tpl with '') is
// [INFERRED] from the module's own message (工商执照注册号不能为空). English labels: our reading.
// Ids shared with registration (company-name, registration-number, sms-code) keep their checks.
export const verifyFields = {
  // name_tpl: 企业全称 / 个体工商户名称 / 机构名称 (government, other organisations) / 媒体单位名称.
  fullName: {
    ...fields.companyName,
    labels: { zh: ['企业全称', '个体工商户名称', '机构名称', '媒体单位名称'], en: ['Full company name', 'Organisation name'] },
  },
  // license_number_tpl: 企业注册号 (overseas); the default label is [INFERRED].
  // The 2026 form (docs/console-notes.md §18.1): 统一社会信用代码 (or, for older licences, 营业执照注册号).
  registrationNumber: {
    ...fields.registrationNumber,
    labels: {
      zh: ['企业注册号', '工商执照注册号', '统一社会信用代码', '营业执照注册号', '统一社会信用代码/营业执照注册号'],
      en: ['Company registration number', 'Unified social credit code'],
    },
  },
  organisationCode: {
    id: 'organisation-code',
    kind: 'text',
    labels: { zh: ['组织机构代码/统一社会信用代码'], en: ['Organisation code', 'Unified social credit code'] },
  },
  registeredAddress: {
    id: 'registered-address',
    kind: 'text',
    labels: { zh: ['企业注册地址', '机构地址'], en: ['Registered address', 'Organisation address'] },
  },
  officeAddress: { id: 'office-address', kind: 'text', labels: { zh: ['企业办公地址'], en: ['Office address'] } },
  officePhone: { id: 'office-phone', kind: 'text', labels: { zh: ['办公电话', '媒体单位办公电话'], en: ['Office telephone'] } },
  businessScope: { id: 'business-scope', kind: 'textarea', labels: { zh: ['经营范围', '经营范围(一般经营范围)'], en: ['Business scope'] } },
  licensedScope: { id: 'licensed-scope', kind: 'textarea', labels: { zh: ['经营范围(前置许可经营范围)'], en: ['Business scope needing prior licences'] } },
  bankAccountName: { id: 'bank-account-name', kind: 'text', labels: { zh: ['企业开户名称', '开户名称', '机构开户名称'], en: ['Bank account name'] } },
  bankName: { id: 'bank-name', kind: 'text', labels: { zh: ['企业开户银行', '开户银行', '机构开户银行'], en: ['Bank'] } },
  bankAccount: { id: 'bank-account', kind: 'text', labels: { zh: ['企业银行账号', '银行账号', '机构银行账号', '账号'], en: ['Bank account number'] } },
  legalPerson: {
    id: 'legal-person',
    kind: 'text',
    labels: { zh: ['法定代表人/企业负责人姓名', '法定代表人/负责人姓名', '经营者姓名', '媒体单位法人代表/负责人姓名'], en: ['Legal representative'] },
  },
  mediaType: { id: 'media-type', kind: 'radio', labels: { zh: ['媒体类型'], en: ['Media type'] } },
  mediaName: { id: 'media-name', kind: 'text', labels: { zh: ['媒体名称'], en: ['Media name'] } },
  // Uploads. Each template states its own limit in the field's hint (2M on the overseas form, 5M elsewhere).
  entityCertificate: {
    ...fields.entityCertificate,
    labels: {
      zh: [
        '《企业注册证》或《商业许可证书》',
        '企业工商营业执照',
        '工商营业执照',
        '个体工商户营业执照',
        '事业单位法人证书',
        ...fields.entityCertificate.labels.zh,
      ],
      en: fields.entityCertificate.labels.en,
    },
  },
  organisationCodeCertificate: {
    id: 'organisation-code-certificate',
    kind: 'upload',
    labels: { zh: ['组织机构代码证', '组织机构代码证(选填)'], en: ['Organisation code certificate'] },
  },
  mediaLicence: { id: 'media-licence', kind: 'upload', labels: { zh: ['许可证'], en: ['Media licence'] } },
  relatedProof: { id: 'related-proof', kind: 'upload', labels: { zh: ['相关登记证书、批文或证明(选填)'], en: ['Registration certificate or approval'] } },
  applicationLetter: {
    ...fields.applicationLetter,
    labels: { zh: ['申请公函', ...fields.applicationLetter.labels.zh], en: fields.applicationLetter.labels.en },
  },
  phoneBill: { ...fields.phoneBill, labels: { zh: ['运营人员手机电话对账单', ...fields.phoneBill.labels.zh], en: fields.phoneBill.labels.en } },
  officePhoneBill: {
    id: 'office-phone-bill',
    kind: 'upload',
    labels: { zh: ['公司办公电话对账单(选填)', '公司办公电话对账单'], en: ['Office phone bill (optional)'] },
  },
  otherDocuments: {
    id: 'other-documents',
    kind: 'upload',
    labels: { zh: ['其他证明材料(选填)', '其他证明材料'], en: ['Other supporting documents (optional)'] },
  },
  contactIdFront: { id: 'contact-id', kind: 'upload', labels: { zh: ['联系人身份证件(正面)', ...fields.contactId.labels.zh], en: fields.contactId.labels.en } },
  contactIdBack: { id: 'contact-id-back', kind: 'upload', labels: { zh: ['联系人身份证件(反面)'], en: ['Contact ID, back'] } },
  // commonreg operator_tpl (认证联系人信息): the shared contact fields.
  // confirmname.html: the name row of each 命名方式 (申请认证的公众号名称; 认证后的公众号名称 for the company-name methods).
  verifiedName: {
    id: 'verified-name',
    kind: 'text',
    labels: { zh: ['申请认证的公众号名称', '认证后的公众号名称'], en: ['Name to verify', 'Name after verification'] },
  },
  contactName: fields.contactName,
  contactMobile: fields.contactMobile,
  // The 2026 form's code row (input[name=verify_code] with 获取验证码): its label is [GUESS].
  smsCode: { ...fields.smsCode, labels: { zh: [...fields.smsCode.labels.zh, '验证码'], en: fields.smsCode.labels.en } },
  contactEmail: fields.contactEmail,
  contactIdNumber: { id: 'contact-id-number', kind: 'text', labels: { zh: ['联系人身份证号码', '联系人证件号码'], en: ["Contact's ID number"] } },
  contactQr: { id: 'contact-qr', kind: 'qr', labels: { zh: ['扫码验证联系人身份'], en: ["Scan to verify the contact's identity"] } },
  // The current (2026, weui-desktop, Vue) form, docs/console-notes.md §18.1. 机构类型 and 经营行业 are
  // cascading dropdowns (no form control: the value is read from the dropdown's head, engine/values.ts);
  // 主体验证方式 is 对公账户打款 or 法人扫脸; 法人扫脸 replaces the bank rows by the 法定代表人验证 QR block.
  orgType: { id: 'org-type', kind: 'select', labels: { zh: ['机构类型'], en: ['Organisation type'] } },
  industry: { id: 'industry', kind: 'select', labels: { zh: ['经营行业'], en: ['Industry'] } },
  verificationMethod: { id: 'verification-method', kind: 'radio', labels: { zh: ['主体验证方式'], en: ['Entity verification method'] } },
  legalRepQr: { id: 'legal-rep-qr', kind: 'qr', labels: { zh: ['法定代表人验证'], en: ['Legal representative verification'] } },
  // Step 4, 填写发票 (tpl/wxverify/step4.html, invoice_field.html).
  taxNumber: { ...fields.taxNumber, labels: { zh: ['纳税识别号', ...fields.taxNumber.labels.zh], en: fields.taxNumber.labels.en } },
  mailingRegion: { id: 'mailing-region', kind: 'select', labels: { zh: ['邮寄地址'], en: ['Mailing address'] } },
  streetAddress: { id: 'street-address', kind: 'text', labels: { zh: ['街道详细地址'], en: ['Street address'] } },
  postcode: { id: 'postcode', kind: 'text', labels: { zh: ['邮政编码'], en: ['Postcode'] } },
  invoiceContact: { id: 'invoice-contact', kind: 'text', labels: { zh: ['联系人'], en: ['Recipient'] } },
  invoicePhone: { id: 'invoice-phone', kind: 'phone', labels: { zh: ['联系电话'], en: ['Recipient phone number'] } },
} satisfies Record<string, FieldInput>;
