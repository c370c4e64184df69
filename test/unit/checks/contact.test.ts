import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../engine/checks';

// The verification contact's fields (认证联系人信息) get the formats the console itself checks there
// (请输入正确的手机号码, 请输入正确的邮箱格式, 身份证格式不正确…), never a comparison with the administrator.
const codes = (fieldId: string, value: string, extra: Parameters<typeof runChecks>[1] = { value }) =>
  runChecks(fieldId, { ...extra, value }).map((f) => (f.variant ? `${f.code}:${f.variant}` : f.code));

describe('contact check', () => {
  it('contact email: a malformed address is an error, a good one passes', () => {
    expect(codes('contact-email', 'ops@example.com')).toEqual([]);
    expect(codes('contact-email', 'ops@example')).toEqual(['email.format:domain']);
    expect(codes('contact-email', 'ops＠example.com')).toEqual(['email.format:full-width']);
  });

  it('contact email: no reuse check (a contact may use any address, even the Official Account login)', () => {
    const profile = { officialAccountEmail: 'oa@example.com', usedEmails: ['oa@example.com'] };
    expect(codes('contact-email', 'oa@example.com', { value: '', profile })).toEqual([]);
  });

  it('contact mobile: mainland numbers are 11 digits starting with 1', () => {
    expect(codes('contact-mobile', '13800138000', { value: '', overseas: false })).toEqual([]);
    expect(codes('contact-mobile', '1380013800', { value: '', overseas: false }).length).toBeGreaterThan(0);
  });

  it("contact mobile: the contact's own calling code counts, never the administrator's", () => {
    const otherValues = { 'contact-mobile-country': '+852', 'admin-mobile-country': '+1' };
    expect(codes('contact-mobile', '85291234567', { value: '', otherValues })).toEqual(['admin-mobile.country-code:typed-twice']);
    const finding = runChecks('contact-mobile', { value: '85291234567', otherValues })[0];
    expect(finding?.params).toEqual({ code: '+852' });
    expect(finding?.fix).toEqual({ value: '91234567' });
    // A +852 number needs no mainland format, even where the page names no region.
    expect(codes('contact-mobile', '91234567', { value: '', otherValues })).toEqual([]);
  });

  it('contact ID number: a mainland ID with a wrong check digit is reported', () => {
    expect(codes('contact-id-number', '11010519491231002X', { value: '', overseas: false })).toEqual([]);
    expect(codes('contact-id-number', '110105194912310021', { value: '', overseas: false })).toContain('admin-id.format:checksum');
  });

  it('contact name: never compared with the administrator name in the profile', () => {
    const profile = { adminName: '阿卜杜·热合曼' };
    expect(codes('contact-name', '阿卜杜.热合曼', { value: '', profile }).some((c) => c.endsWith(':profile'))).toBe(false);
  });
});
