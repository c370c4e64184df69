import type { FieldRule } from './schema';

type FieldInput = Omit<FieldRule, 'optional' | 'labels'> & { labels: { zh: string[]; en?: string[] }; optional?: boolean };

// Fields shared by several pages. Labels come from console-reference.md §3.1, §5.2–5.4 (Chinese, as
// rendered) and, for lang=en_US, our best reading of the console's partial English (unverified).
export const fields = {
  email: { id: 'email', kind: 'email', labels: { zh: ['邮箱', '登录邮箱地址'], en: ['Email', 'Email address', 'E-mail'] } },
  password: { id: 'password', kind: 'password', labels: { zh: ['密码'], en: ['Password'] } },
  passwordConfirm: { id: 'password-confirm', kind: 'password', labels: { zh: ['确认密码', '再次输入密码'], en: ['Confirm password', 'Re-enter password'] } },
  captcha: { id: 'captcha', kind: 'code', labels: { zh: ['验证码', '图片验证码'], en: ['Verification code', 'Captcha'] } },
  country: { id: 'country', kind: 'select', labels: { zh: ['注册国家/地区', '国家/地区', '注册地区'], en: ['Country/Region', 'Country/region of registration', 'Registered country/region'] } },
  entityType: { id: 'entity-type', kind: 'radio', labels: { zh: ['主体类型'], en: ['Entity type', 'Subject type'] } },
  companyType: { id: 'company-type', kind: 'radio', labels: { zh: ['企业类型'], en: ['Company type', 'Enterprise type'] }, optional: true },
  companyName: { id: 'company-name', kind: 'text', labels: { zh: ['企业名称', '主体名称'], en: ['Company name', 'Enterprise name', 'Entity name'] } },
  registrationNumber: { id: 'registration-number', kind: 'text', labels: { zh: ['营业执照注册号', '注册号', '统一社会信用代码'], en: ['Business licence registration number', 'Business license registration number', 'Registration number'] } },
  verifyMethod: { id: 'verify-method', kind: 'radio', labels: { zh: ['主体验证方式', '注册方式'], en: ['Verification method', 'Entity verification method'] } },
  adminName: { id: 'admin-name', kind: 'text', labels: { zh: ['管理员身份证姓名', '身份证姓名', '管理员姓名'], en: ['Administrator name', "Administrator's name", 'Admin name'] } },
  adminId: { id: 'admin-id', kind: 'text', labels: { zh: ['管理员身份证号码', '身份证号码', '管理员证件号码', '证件号码'], en: ['Administrator ID number', "Administrator's ID number", 'ID number'] } },
  adminMobile: { id: 'admin-mobile', kind: 'phone', labels: { zh: ['管理员手机号码', '手机号码'], en: ['Administrator mobile number', "Administrator's mobile number", 'Mobile number'] } },
  smsCode: { id: 'sms-code', kind: 'code', labels: { zh: ['短信验证码'], en: ['SMS verification code', 'SMS code'] } },
} satisfies Record<string, FieldInput>;
