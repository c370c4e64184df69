import { describe, expect, it } from 'vitest';
import { MASK, maskFinding, maskText, profileSecrets } from '../../../content/presenter-mask';
import { sampleProfilesState } from '../../../practice/sample-profiles';
import { runChecks } from '../../../engine/checks';
import { formatFinding } from '../../../engine/checks/format';
import { checkMessages } from '../../../locales';
import { activeProfile, knownEmails } from '../../../storage/active-profile';

// While presenting, the overlay never spells out a client's name, number or email.

const state = sampleProfilesState();
const hk = activeProfile(state)!;
const secrets = profileSecrets(state);

describe('profile secrets', () => {
  it("holds each profile's label, name and its two language parts, number and emails, longest first", () => {
    expect(secrets).toContain(hk.companyName.toLowerCase());
    expect(secrets).toContain('翠嶺貿易(香港)有限公司');
    expect(secrets).toContain('jade ridge trading (hong kong) limited');
    expect(secrets).toContain(hk.label.toLowerCase());
    expect(secrets).toContain(hk.registrationNumber);
    expect(secrets).toContain('wechat@jaderidge-trading.example');
    expect(secrets).toContain('hello@jaderidge-trading.example');
    expect(secrets).toContain('lakeshore outdoor goods, inc.');
    expect(secrets[0]!.length).toBeGreaterThanOrEqual(secrets.at(-1)!.length);
  });

  it('masks every occurrence in any letter case, and leaves other text alone', () => {
    expect(maskText('Type “Jade Ridge Trading (Hong Kong) Limited” or ask hello@JADERIDGE-trading.example', secrets)).toBe(`Type “${MASK}” or ask ${MASK}`);
    expect(maskText('Nothing secret here', secrets)).toBe('Nothing secret here');
    expect(maskText('anything', [])).toBe('anything');
  });
});

describe('masked findings', () => {
  const profile = {
    companyName: hk.companyName,
    registrationNumber: hk.registrationNumber,
    countryRegion: 'HK',
    officialAccountEmail: hk.officialAccountEmail,
    usedEmails: knownEmails(state),
  };
  const messages = (field: string, value: string, country = 'HK') =>
    runChecks(field, { value, profile, countryRegion: country, overseas: true, otherValues: {} }).map((f) =>
      formatFinding(maskFinding(f, secrets), checkMessages.en),
    );

  const typed: [string, string][] = [
    ['company-name', hk.companyName.toLowerCase()],
    ['company-name', '翠岭贸易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED'],
    ['company-name', 'JADE RIDGE TRADING (HONG KONG) LIMITED 翠嶺貿易(香港)有限公司'],
    ['company-name', '翠嶺貿易(香港)有限公司'],
    ['company-name', 'Another Company Limited'],
    ['registration-number', '3198265'],
    ['email', 'hello@jaderidge-trading.example'],
    ['email', 'wechat@jaderidge-trading.example'],
  ];
  for (const [field, value] of typed) {
    it(`never spells the client's data for ${field} = ${value}`, () => {
      const texts = messages(field, value);
      expect(texts.length, 'the check has something to say').toBeGreaterThan(0);
      for (const text of texts) {
        for (const secret of secrets.filter((s) => s.length > 4)) expect(text.toLowerCase(), text).not.toContain(secret);
      }
    });
  }

  it('keeps numbers and anything not from a profile', () => {
    const finding = maskFinding({ code: 'x', severity: 'info', params: { count: 3, length: '17', found: 'Another Company' } }, secrets);
    expect(finding.params).toEqual({ count: 3, length: '17', found: 'Another Company' });
  });
});
