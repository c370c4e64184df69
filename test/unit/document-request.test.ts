import { describe, expect, it } from 'vitest';
import { documentRequest, stillMissing } from '../../engine/document-request';
import { checkMessages, translator } from '../../locales';
import { documentChecklists } from '../../rules/documents';

// The "documents to request" message: what is still missing of the entity type's checklist, in
// English or Chinese, numbered once, and nothing when nothing required is missing.

const message = (language: 'en' | 'zh_CN', ready: string[], entityType = 'company', companyName = 'JADE RIDGE TRADING (HONG KONG) LIMITED') =>
  documentRequest({ entityType, ready, companyName, t: translator(language), names: checkMessages[language] });

describe('document request', () => {
  it('lists the required documents not ticked ready, numbered, with the company name, in English', () => {
    const text = message('en', ['entity-certificate', 'contact-id'])!;
    expect(text).toContain("JADE RIDGE TRADING (HONG KONG) LIMITED's Mini Program");
    expect(text).toContain('1. Verification application letter');
    expect(text).toContain('2. Operation authorisation letter');
    expect(text).toContain("3. Contact's phone bills");
    expect(text).not.toMatch(/\d\. Business registration certificate/);
    expect(text).not.toMatch(/\d\. Contact's ID card/);
    // Optional and conditional items apart, never numbered among the required ones.
    expect(text).toMatch(/only if it applies[\s\S]*- Company office phone bill[\s\S]*- Trademark certificate/);
    expect(text).not.toMatch(/\bF\d+\b/); // no fact ids in a message to a client
  });

  it('writes the same list in Chinese', () => {
    const text = message('zh_CN', ['entity-certificate', 'contact-id'])!;
    expect(text).toContain('为完成JADE RIDGE TRADING (HONG KONG) LIMITED小程序的微信认证');
    expect(text).toContain('1. 认证申请公函');
    expect(text).toContain('3. 联系人近三个月的话费账单');
    expect(text).not.toMatch(/[A-Za-z]{4,} (letter|bill)/);
  });

  it('is null when every required document is ready, or the entity type has no checklist', () => {
    const required = documentChecklists.company.filter((item) => !item.when).map((item) => item.kind);
    expect(message('en', required)).toBeNull();
    expect(message('en', [], 'personal')).toBeNull();
    expect(stillMissing('government', [])!.required.map((item) => item.kind)).toEqual([
      'entity-certificate',
      'application-letter',
      'authorisation-letter',
      'contact-id',
      'phone-bill',
    ]);
  });

  it('names the founding documents for a government body', () => {
    expect(message('en', [], 'government', '')).toContain('1. Founding documents of the government body');
    expect(message('en', [], 'government', '')).toContain('of your Mini Program');
  });
});
