import { describe, expect, it } from 'vitest';
import { checkMessages, localeIds, locales } from '../../locales';
import { consolePageIds, factById, factIds, facts, factSchema, factTextKey } from '../../rules/facts';

/** The fact's text in English (locales/en/facts.json). */
const text = (id: string): string => locales.en[factTextKey(id)] ?? '';

// The seed facts list's ids (rules/facts.ts); the gaps in the numbering are intentional.
// Written out here: the suite reads nothing outside the repository.
const EXPECTED_IDS = [
  'F01',
  'F02',
  'F03',
  'F04',
  'F05',
  'F06',
  'F07',
  'F08',
  'F09',
  'F12',
  'F13',
  'F14',
  'F16',
  'F17',
  'F18',
  'F19',
  'F20',
  'F21',
  'F22',
  'F23',
  'F24',
  'F25',
  'F27',
  'F28',
  'F29',
  'F30',
  'F31',
  'F34',
  'F35',
  'F38',
  'F39',
  'F40',
  'F41',
  'F42',
  'F43',
  'F44',
  'F48',
  'F49',
  'F50',
  'F51',
  'F52',
  'F54',
  'F55',
  'F56',
  'F58',
  'F59',
  'F60',
  'F62',
  // Added from docs/console-notes.md §17 and public pages (2026-12).
  'F70',
  'F71',
  'F72',
  'F73',
  'F74',
  'F75',
];

// Page ids from docs/console-notes.md §16.
const EXPECTED_PAGES = [
  'register.type-select',
  'register.account',
  'register.activate',
  'register.entity',
  'quick.intro',
  'quick.reuse',
  'quick.account',
  'quick.mailbox',
  'quick.reuse-verify',
  'verify.agreement',
  'verify.documents',
  'verify.naming',
  'verify.invoice',
  'verify.payment',
  'profile.basic',
  'profile.category',
  'filing.form',
  'filing.sms',
  'pay.merchant',
  'home.guide',
];

describe('facts', () => {
  it('has every shared fact id exactly once, and no others', () => {
    const ids = facts.map((fact) => fact.id);
    for (const id of EXPECTED_IDS)
      expect(
        ids.filter((candidate) => candidate === id),
        id,
      ).toHaveLength(1);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
    expect([...factIds].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('validates against the schema', () => {
    for (const fact of facts) {
      const result = factSchema.safeParse(fact);
      expect(result.success, `${fact.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('uses only the page ids of the reference', () => {
    expect([...consolePageIds].sort()).toEqual([...EXPECTED_PAGES].sort());
    for (const fact of facts) for (const page of fact.pages) expect(EXPECTED_PAGES, fact.id).toContain(page);
  });

  it('has short, non-empty texts and named sources', () => {
    for (const fact of facts) {
      expect(text(fact.id).trim().length, fact.id).toBeGreaterThan(40);
      expect(text(fact.id).length, fact.id).toBeLessThanOrEqual(600);
      // One or two sentences (abbreviations such as "e.g." aside).
      const sentences = text(fact.id)
        .replace(/e\.g\.|i\.e\./g, '')
        .split(/[.!?](?:\s|$)/)
        .filter((part) => part.trim() !== '');
      expect(sentences.length, fact.id).toBeLessThanOrEqual(3);
      expect(fact.source.trim().length, fact.id).toBeGreaterThan(3);
      expect(fact.pages.length, fact.id).toBeGreaterThan(0);
      expect(new Set(fact.pages).size, fact.id).toBe(fact.pages.length);
    }
  });

  it('has a text in every language for every fact, and none for unknown ids', () => {
    for (const locale of localeIds) {
      for (const fact of facts) expect(locales[locale][factTextKey(fact.id)]?.trim().length ?? 0, `${locale} ${fact.id}`).toBeGreaterThan(15);
      const keys = Object.keys(locales[locale]).filter((key) => key.startsWith('fact.'));
      expect(keys.sort(), locale).toEqual(facts.map((fact) => factTextKey(fact.id)).sort());
    }
  });

  it('states what to expect where sources conflict, in every language', () => {
    expect(text('F31')).toMatch(/newer|older/);
    for (const locale of localeIds) {
      const said = (id: string) => locales[locale][factTextKey(id)];
      expect(said('F62'), locale).toMatch(/24/);
      expect(said('F62'), locale).toMatch(/48/);
      expect(said('F31'), locale).toMatch(/7–15/);
      expect(said('F25'), locale).toMatch(/USD 99/);
    }
  });

  it('gives every fact its source and the day it was checked, and refuses a fact without either', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const fact of facts) {
      expect(fact.source.trim().length, fact.id).toBeGreaterThan(3);
      expect(fact.checked, fact.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fact.checked <= today, `${fact.id} checked in the future`).toBe(true);
    }
    const fact = { id: 'F17', source: 'a source', checked: '2026-12-02', pages: ['register.entity'] };
    expect(factSchema.safeParse(fact).success).toBe(true);
    expect(factSchema.safeParse({ ...fact, checked: undefined }).success).toBe(false);
    expect(factSchema.safeParse({ ...fact, source: undefined }).success).toBe(false);
    expect(factSchema.safeParse({ ...fact, source: ' ' }).success).toBe(false);
    expect(factSchema.safeParse({ ...fact, checked: '2 Dec 2026' }).success).toBe(false);
    expect(factSchema.safeParse({ ...fact, checked: '2026-02-30' }).success).toBe(false);
  });

  it('says what the 2026-12 check (docs/console-notes.md §17.3) corrected, in every language', () => {
    for (const locale of localeIds) {
      const said = (id: string) => locales[locale][factTextKey(id)] ?? '';
      // The entity is final, the administrator can be replaced.
      expect(said('F28'), locale).toMatch(/管理员变更/);
      // The MIIT SMS goes to the persons in charge of the filing form, not "the legal representative and the admin".
      expect(said('F55'), locale).toMatch(/主体负责人/);
      expect(said('F55'), locale).not.toMatch(/legal representative|法定代表人/);
      // 订阅号 is now 公众号: both names.
      expect(said('F27'), locale).toMatch(/公众号/);
      expect(said('F27'), locale).toMatch(/订阅号/);
      // Quick registration's current menu path, and the older one.
      expect(said('F14'), locale).toMatch(/广告与服务.*→ 小程序管理/);
      // 个体工商户 is an individual business; a 个人独资企业 registers as 企业.
      expect(said('F35'), locale).toMatch(/个体工商户/);
      expect(said('F35'), locale).toMatch(/个人独资企业/);
      // 50 Mini Programs per entity, 5 per individual business, 5 per administrator.
      expect(said('F52'), locale).toMatch(/50/);
      // Verification and filing in one step.
      expect(said('F54'), locale).toMatch(/one step|一步/);
      // Privacy guide before review; renaming limits; the annual renewal.
      expect(said('F73'), locale).toMatch(/用户隐私保护指引/);
      expect(said('F74'), locale).toMatch(/twice|两次/);
      expect(said('F70'), locale).toMatch(/年审/);
      // Overseas entities cannot get a mainland food licence, and are told what to do instead.
      expect(said('F09'), locale).toMatch(/cannot obtain|无法取得/);
      expect(said('F09'), locale).toMatch(/instead|可以这样做/);
      // The food check says the same: no "get the licence first" for an overseas entity.
      expect(checkMessages[locale]['food.wording:food'], locale).toMatch(/cross-border e-commerce|跨境电商/);
      expect(checkMessages[locale]['food.wording:food'], locale).not.toMatch(/get the licence first|先取得许可证/);
    }
    // The old "100 linked accounts" limit is not given as a limit any more.
    expect(text('F05')).toMatch(/100 linked Official Accounts is out of date/);
    expect(text('F35')).not.toMatch(/sole trader/);
    // The resubmission window says how sure its source is.
    expect(text('F72')).toMatch(/third-party/);
    expect(factById('F72').source).toMatch(/^third-party only/);
  });

  it('writes full dates as YYYY-MM-DD in every text of every language', () => {
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const spelled = new RegExp(`\\b\\d{1,2} (${months}) \\d{4}|(${months}) \\d{1,2},? \\d{4}|\\d{4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日`);
    for (const locale of localeIds) {
      const found = Object.entries(locales[locale])
        .filter(([, value]) => spelled.test(value))
        .map(([key]) => key);
      expect(found, locale).toEqual([]);
    }
  });

  it('looks facts up by id', () => {
    expect(factById('F17').id).toBe('F17');
    expect(factById('F99')).toBeUndefined();
    expect(factById('')).toBeUndefined();
  });
});

describe('个体工商户 and 个人独资企业', () => {
  it('never calls an individual business a sole proprietorship, and sends a 个人独资企业 to 企业', () => {
    for (const locale of localeIds) {
      const texts = Object.entries(locales[locale]);
      expect(
        texts.filter(([, value]) => /individual business \(sole proprietorship\)|sole trader/i.test(value)).map(([key]) => key),
        locale,
      ).toEqual([]);
      expect(locales[locale]['console.company-type.hint-individual.action'], locale).toMatch(/个人独资企业.*企业/);
    }
  });
});
