// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkUpload, documentChecklist, documentKindFromLabel, formatBytes, UPLOAD_MAX_BYTES } from '../../../engine/checks/upload';
import { documentKinds, type DocumentKind } from '../../../rules/documents';
import { factIds } from '../../../rules/facts';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);
const MB = 1024 * 1024;
const REMINDER = 'upload.reminder:other';

/** The keys of every finding except the reminder, which every file gets. */
function problems(name: string, type: string, size: number, maxBytes?: number): string[] {
  return checkUpload({ name, type, size }, maxBytes === undefined ? {} : { maxBytes })
    .map(keyOf)
    .filter((key) => !key.startsWith('upload.reminder'));
}

describe('upload: type and size', () => {
  it.each<[string, string, number, string[]]>([
    ['licence.jpg', 'image/jpeg', 800_000, []],
    ['licence.JPEG', 'image/jpeg', 800_000, []],
    ['scan.png', 'image/png', 2 * MB, []],
    // No limit read on the form: the strictest known one (2 MB) is used, and said (a warning).
    ['scan.png', 'image/png', 3 * MB, ['upload.size:assumed']],
    ['scan.bmp', 'image/bmp', MB, []],
    ['scan.gif', 'image/gif', MB, []],
    ['scan.png', '', MB, []], // no MIME type given: the extension decides
    ['scan final.v2.jpg', 'image/jpeg', MB, []],
    ['licence.pdf', 'application/pdf', MB, ['upload.pdf']],
    ['licence.PDF', '', MB, ['upload.pdf']],
    ['licence.jpg', 'application/pdf', MB, ['upload.pdf']], // renamed PDF
    ['photo.heic', 'image/heic', MB, ['upload.type']],
    ['letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', MB, ['upload.type']],
    ['scan.webp', 'image/webp', MB, ['upload.type']],
    ['scan', 'image/png', MB, ['upload.type:no-extension']],
    ['scan.', 'image/png', MB, ['upload.type:no-extension']],
    ['scan.png', 'image/webp', MB, ['upload.type:mime']],
    ['scan.jpg', 'image/jpeg', UPLOAD_MAX_BYTES, []],
    ['scan.jpg', 'image/jpeg', UPLOAD_MAX_BYTES + 1, ['upload.size:assumed']],
    ['scan.jpg', 'image/jpeg', 12 * MB, ['upload.size:assumed']],
    ['scan.jpg', 'image/jpeg', 0, ['upload.empty']],
    ['scan.pdf', 'application/pdf', 9 * MB, ['upload.pdf', 'upload.size:assumed']],
  ])('%s (%s, %d bytes) → %j', (name, type, size, keys) => {
    expect(problems(name, type, size)).toEqual(keys);
  });

  it('a PDF is an error that cites F20', () => {
    expect(checkUpload({ name: 'cert.pdf', type: 'application/pdf', size: 1000 })[0]).toEqual({ code: 'upload.pdf', severity: 'error', facts: ['F20'] });
  });

  it('names the refused extension and the real type of a renamed file', () => {
    expect(checkUpload({ name: 'IMG_0001.HEIC', type: '', size: 1000 })[0]).toMatchObject({
      code: 'upload.type',
      severity: 'error',
      params: { found: '.heic' },
    });
    expect(checkUpload({ name: 'scan.png', type: 'image/webp', size: 1000 })[0]).toMatchObject({ params: { found: 'image/webp', extension: '.png' } });
  });

  it('states the file size (rounded up) and the limit the form states, as an error', () => {
    expect(checkUpload({ name: 'a.jpg', type: 'image/jpeg', size: 5 * MB + 1 }, { maxBytes: 5 * MB })[0]).toEqual({
      code: 'upload.size',
      severity: 'error',
      params: { size: '5.1 MB', limit: '5 MB' },
      facts: ['F41'],
    });
  });

  it('without a stated limit, uses the strictest known one (2 MB, the overseas form) and says so, as a warning', () => {
    expect(UPLOAD_MAX_BYTES).toBe(2 * MB);
    expect(checkUpload({ name: 'a.jpg', type: 'image/jpeg', size: 3 * MB })[0]).toEqual({
      code: 'upload.size',
      severity: 'warn',
      variant: 'assumed',
      params: { size: '3 MB', limit: '2 MB' },
      facts: ['F41'],
    });
  });

  it("uses the field's own limit when given", () => {
    expect(problems('icon.png', 'image/png', 3 * MB, 2 * MB)).toEqual(['upload.size']);
    // A form that states 5 MB accepts a 3 MB file: its own limit wins over the assumed one.
    expect(problems('icon.png', 'image/png', 3 * MB, 5 * MB)).toEqual([]);
    expect(checkUpload({ name: 'icon.png', type: 'image/png', size: 600 * 1024 }, { maxBytes: 500 * 1024 })[0]?.params).toEqual({
      size: '600 KB',
      limit: '500 KB',
    });
    expect(problems('big.png', 'image/png', 8 * MB, 10 * MB)).toEqual([]);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])('says nothing about an impossible size (%d)', (size) => {
    expect(problems('a.jpg', 'image/jpeg', size)).toEqual([]);
  });

  it.each([Number.NaN, -5, 0])('falls back to the strictest known limit (2 MB) for a meaningless limit (%d)', (maxBytes) => {
    expect(problems('a.jpg', 'image/jpeg', 3 * MB, maxBytes)).toEqual(['upload.size:assumed']);
    expect(problems('a.jpg', 'image/jpeg', 1.5 * MB, maxBytes)).toEqual([]);
  });

  it('formats sizes in B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatBytes(5 * MB)).toBe('5 MB');
    expect(formatBytes(5.04 * MB, true)).toBe('5.1 MB');
  });
});

describe('upload: reminders', () => {
  it.each<[DocumentKind, string[]]>([
    ['entity-certificate', ['F16', 'F41']],
    ['application-letter', ['F24', 'F42']],
    ['contact-id', ['F21', 'F22']],
    ['phone-bill', ['F23']],
    ['authorisation-letter', ['F43']],
    ['trademark', ['F44']],
    ['other', ['F20', 'F41']],
  ])('%s: one info reminder citing %j, after the problems', (documentKind, facts) => {
    const findings = checkUpload({ name: 'a.pdf', type: '', size: 10 }, { documentKind });
    expect(findings.map(keyOf)).toEqual(['upload.pdf', `upload.reminder:${documentKind}`]);
    expect(findings[1]).toEqual({ code: 'upload.reminder', severity: 'info', variant: documentKind, facts });
  });

  it('a good file gets only its reminder; no or an unknown kind means "other"', () => {
    expect(checkUpload({ name: 'a.png', type: 'image/png', size: 10 }).map(keyOf)).toEqual([REMINDER]);
    expect(checkUpload({ name: 'a.png', type: 'image/png', size: 10 }, { documentKind: 'nope' as DocumentKind }).map(keyOf)).toEqual([REMINDER]);
  });
});

describe('documentKindFromLabel', () => {
  it.each<[string, DocumentKind]>([
    ['主体资质材料', 'entity-certificate'],
    ['营业执照', 'entity-certificate'],
    ['企业注册证书', 'entity-certificate'],
    ['商业登记证', 'entity-certificate'],
    ['Business Registration Certificate', 'entity-certificate'],
    ['Certificate of Incorporation', 'entity-certificate'],
    ['认证申请公函', 'application-letter'],
    ['申请公函', 'application-letter'],
    ['Application letter', 'application-letter'],
    ['联系人身份证', 'contact-id'],
    ['身份证正反面', 'contact-id'],
    ['护照', 'contact-id'],
    ['Passport', 'contact-id'],
    ['ID card', 'contact-id'],
    ['话费账单', 'phone-bill'],
    ['近三个月手机话费', 'phone-bill'],
    ['Phone bill', 'phone-bill'],
    // The real verification templates' labels (tpl/wxverify/overseas_entreg.html, commonreg.html).
    ['运营人员手机电话对账单', 'phone-bill'],
    ['公司办公电话对账单 (选填)', 'office-phone-bill'],
    ['《企业注册证》或《商业许可证书》', 'entity-certificate'],
    ['企业工商营业执照', 'entity-certificate'],
    ['事业单位法人证书', 'entity-certificate'],
    ['组织机构代码证 (选填)', 'entity-certificate'],
    ['申请公函', 'application-letter'],
    ['联系人身份证件（反面）', 'contact-id'],
    ['其他证明材料 (选填)', 'other'],
    ['运营授权书', 'authorisation-letter'],
    ['授权书', 'authorisation-letter'],
    ['Letter of Authorization', 'authorisation-letter'],
    ['商标注册证书', 'trademark'],
    ['商标授权书', 'trademark'],
    ['Trademark certificate', 'trademark'],
    ['  营业执照：', 'entity-certificate'],
    ['发票', 'other'],
    ['Valid documents', 'other'], // "id" inside "valid" is not an ID card
    ['', 'other'],
  ])('%j → %s', (label, kind) => {
    expect(documentKindFromLabel(label)).toBe(kind);
  });
});

describe('documentChecklist', () => {
  it('company: registration, letters, contact documents, the optional office phone bill, and the trademark only for trademark names', () => {
    expect(documentChecklist('company').map((item) => [item.kind, item.when ?? 'always'])).toEqual([
      ['entity-certificate', 'always'],
      ['application-letter', 'always'],
      ['authorisation-letter', 'always'],
      ['contact-id', 'always'],
      ['phone-bill', 'always'],
      ['office-phone-bill', 'optional'],
      ['trademark', 'trademark-name'],
    ]);
  });

  it('the registration document depends on the entity type (F41)', () => {
    const registration = (type: string) => documentChecklist(type)[0]?.key;
    expect(registration('company')).toBe('documents.entity-certificate:business');
    expect(registration('individual-business')).toBe('documents.entity-certificate:individual-business');
    for (const type of ['government', 'media', 'other']) expect(registration(type)).toBe('documents.entity-certificate:founding');
  });

  it('together the checklists carry the verification facts', () => {
    const cited = new Set<string>(
      ['company', 'individual-business', 'government', 'media', 'other'].flatMap((type) => documentChecklist(type).flatMap((item) => [...item.facts])),
    );
    for (const fact of ['F16', 'F21', 'F23', 'F24', 'F42', 'F43', 'F44']) expect(cited.has(fact), fact).toBe(true);
    for (const fact of cited) expect(factIds as readonly string[]).toContain(fact);
  });

  it.each(['personal', 'unknown', '', '__proto__', 'toString', null, undefined])('is empty for %j', (type) => {
    expect(documentChecklist(type)).toEqual([]);
  });

  it('every document kind except "other" is on the company checklist', () => {
    const kinds = documentChecklist('company').map((item) => item.kind);
    expect([...kinds].sort()).toEqual(documentKinds.filter((kind) => kind !== 'other').sort());
  });
});
