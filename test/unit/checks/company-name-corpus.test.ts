import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runChecks } from '../../../engine/checks';
import { checkCompanyName } from '../../../engine/checks/company-name';
import { isSimplifiedOnly } from '../../../engine/checks/company-name-script';
import { companyNames } from '../../data/company-names';

// Issue 12, item 3: real, public company names (test/data/company-names.ts), typed exactly and with
// the mistakes people make. With the client's profile the registered name is authoritative; without
// one, only the region's own character standard speaks.

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);

describe('company-name corpus', () => {
  it('holds at least 80 names from every region the guide serves, each with its source', () => {
    expect(companyNames.length).toBeGreaterThanOrEqual(80);
    for (const region of ['HK', 'MO', 'TW', 'CN', 'SG', 'MY', 'US', 'GB', 'JP', 'KR', 'AU']) {
      expect(
        companyNames.some((entry) => entry.region === region),
        region,
      ).toBe(true);
    }
    for (const entry of companyNames) {
      expect(entry.source.trim(), entry.name).not.toBe('');
      expect(entry.mistakes.length, entry.name).toBeGreaterThan(0);
    }
    expect(new Set(companyNames.map((entry) => entry.name)).size).toBe(companyNames.length);
  });

  describe('typed exactly as registered: no finding, with the profile', () => {
    it.each(companyNames.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
      const profile = { companyName: entry.name, countryRegion: entry.region };
      expect(runChecks('company-name', { value: entry.name, profile, countryRegion: entry.region })).toEqual([]);
    });
  });

  describe('typed exactly as registered: no error from the region alone, without a profile', () => {
    it.each(companyNames.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
      const errors = runChecks('company-name', { value: entry.name, countryRegion: entry.region }).filter((f) => f.severity === 'error');
      expect(errors.map(keyOf)).toEqual([]);
    });
  });

  describe('each realistic mistake gives its code, and offers the registered name', () => {
    const rows = companyNames.flatMap((entry) =>
      entry.mistakes.map(([typed, key]) => [`${entry.name} ← ${JSON.stringify(typed)}`, entry.name, typed, key, entry.region] as const),
    );
    it.each(rows)('%s', (_label, registered, typed, key, region) => {
      const findings = checkCompanyName({ value: typed, profile: { companyName: registered, countryRegion: region } });
      expect(findings.map(keyOf)).toEqual([key]);
      expect(findings[0]?.fix).toEqual({ value: registered });
    });
  });

  it('covers every kind of mistake the issue lists', () => {
    const keys = new Set(companyNames.flatMap((entry) => entry.mistakes.map(([, key]) => key)));
    for (const key of [
      'company-name.case',
      'company-name.punctuation:brackets',
      'company-name.punctuation:missing',
      'company-name.spacing:missing',
      'company-name.order',
      'company-name.partial:prefix',
      'company-name.partial:one-language',
      'company-name.script:simplified',
      'company-name.script:traditional',
      'company-name.script:variant-form',
      'company-name.script:japanese',
      'company-name.mismatch',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('script findings name only the characters that differ from the registered name', () => {
    const [finding] = checkCompanyName({ value: '羣創光電股份有限公司', profile: { companyName: '群創光電股份有限公司' } });
    expect(finding?.params).toMatchObject({ found: '羣', expected: '群' });
    const [hk] = checkCompanyName({ value: '匯豐控股有限公司 HSBC Holdings plc', profile: { companyName: '滙豐控股有限公司 HSBC Holdings plc' } });
    expect(hk?.params).toMatchObject({ found: '匯', expected: '滙' });
  });

  it('names the missing comma before "Inc."', () => {
    const [finding] = checkCompanyName({ value: 'Tesla Inc.', profile: { companyName: 'Tesla, Inc.' } });
    expect(finding).toMatchObject({ code: 'company-name.punctuation', variant: 'missing', severity: 'error', params: { expected: ',' } });
  });

  describe('without a profile, the simplified form of a traditional-region name is flagged', () => {
    const traditional = companyNames.filter((entry) => ['HK', 'MO', 'TW'].includes(entry.region) && /\p{Script=Han}/u.test(entry.name));
    it.each(
      traditional.flatMap((entry) =>
        entry.mistakes.filter(([, key]) => key === 'company-name.script:simplified').map(([typed]) => [typed, entry.region] as const),
      ),
    )('%s (%s)', (typed, region) => {
      // an error for simplified-only characters; when they are all valid in both scripts (游), a warning
      // in Taiwan, and nothing in Hong Kong or Macao, whose registered names use such forms (恒 余 干 里)
      const keys = runChecks('company-name', { value: typed, countryRegion: region }).map(keyOf);
      const bothScriptsOnly = !Array.from(typed).some(isSimplifiedOnly);
      if (bothScriptsOnly && region !== 'TW') expect(keys, typed).toEqual([]);
      else
        expect(
          keys.some((key) => key === 'company-name.simplified-for-traditional' || key === 'company-name.script-ambiguous:traditional'),
          keys.join(),
        ).toBe(true);
    });
  });

  it('any name typed exactly as registered gets no finding, whatever the region', () => {
    const chars = fc.constantFrom(...'群羣峰峯為爲台臺国國温溫説說滙匯恒恆万萬后後游遊AaZz(（)）,，.。&- ');
    const name = fc
      .array(chars, { minLength: 1, maxLength: 24 })
      .map((list) => list.join('').trim())
      .filter((text) => text !== '');
    fc.assert(
      fc.property(name, fc.constantFrom('HK', 'MO', 'TW', 'CN', 'US', ''), (registered, region) => {
        const profile = { companyName: registered, countryRegion: region };
        expect(runChecks('company-name', { value: registered, profile, countryRegion: region })).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
