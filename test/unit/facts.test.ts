import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../locales';
import { consolePageIds, factById, factIds, facts, factSchema, factTextKey } from '../../rules/facts';

/** The fact's text in English (locales/en/facts.json). */
const text = (id: string): string => locales.en[factTextKey(id)] ?? '';

// Copied from the shared facts list (facts.md); the gaps in the numbering are intentional.
// The suite must not read ../shared at run time.
const EXPECTED_IDS = [
  'F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09',
  'F12', 'F13', 'F14', 'F16', 'F17', 'F18', 'F19', 'F20', 'F21', 'F22', 'F23', 'F24', 'F25',
  'F27', 'F28', 'F29', 'F30', 'F31', 'F34', 'F35', 'F38', 'F39', 'F40', 'F41', 'F42', 'F43', 'F44',
  'F48', 'F49', 'F50', 'F51', 'F52', 'F54', 'F55', 'F56', 'F58', 'F59', 'F60', 'F62',
];

// Page ids from console-reference.md §16.
const EXPECTED_PAGES = [
  'register.type-select', 'register.account', 'register.activate', 'register.entity',
  'quick.intro', 'quick.reuse', 'quick.account', 'quick.mailbox',
  'verify.agreement', 'verify.documents', 'verify.invoice', 'verify.payment',
  'profile.basic', 'profile.category', 'filing.form', 'filing.sms', 'pay.merchant', 'home.guide',
];

describe('facts', () => {
  it('has every shared fact id exactly once, and no others', () => {
    const ids = facts.map((fact) => fact.id);
    for (const id of EXPECTED_IDS) expect(ids.filter((candidate) => candidate === id), id).toHaveLength(1);
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
      const sentences = text(fact.id).replace(/e\.g\.|i\.e\./g, '').split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '');
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

  it('looks facts up by id', () => {
    expect(factById('F17').id).toBe('F17');
    expect(factById('F99')).toBeUndefined();
    expect(factById('')).toBeUndefined();
  });
});
