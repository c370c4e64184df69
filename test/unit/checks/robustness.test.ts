import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adminCheck } from '../../../engine/checks/admin';
import { companyNameCheck } from '../../../engine/checks/company-name';
import { companyNameScriptCheck } from '../../../engine/checks/company-name-script';
import { emailCheck } from '../../../engine/checks/email';
import { entityTypeCheck } from '../../../engine/checks/entity-type';
import { INTERNAL_ERROR_CODE, runChecks } from '../../../engine/checks/index';
import { passwordCheck, passwordChecklist } from '../../../engine/checks/password';
import { passwordConfirmCheck } from '../../../engine/checks/password-confirm';
import { registrationNumberCheck } from '../../../engine/checks/registration-number';
import type { CheckInput, CheckProfile, Finding } from '../../../engine/checks/types';

const SEVERITIES = new Set(['info', 'warn', 'error']);

function assertWellFormed(findings: Finding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  for (const finding of findings) {
    expect(typeof finding.code).toBe('string');
    expect(SEVERITIES.has(finding.severity)).toBe(true);
    expect(finding.code).not.toBe(INTERNAL_ERROR_CODE);
    for (const value of Object.values(finding.params ?? {})) expect(['string', 'number']).toContain(typeof value);
    if (finding.fix) expect(typeof finding.fix.value).toBe('string');
  }
}

// The registration-page checks written with this file (other checks have their own tests).
const OWN_CHECKS = [
  emailCheck,
  passwordCheck,
  passwordConfirmCheck,
  companyNameCheck,
  companyNameScriptCheck,
  registrationNumberCheck,
  entityTypeCheck,
  adminCheck,
];
const OWN_FIELDS = [...new Set(OWN_CHECKS.flatMap((check) => check.fields))];

/** Runs every check directly (so a throw is not hidden by runChecks) for every field it serves. */
function runAll(input: CheckInput): void {
  for (const check of OWN_CHECKS) {
    for (const fieldId of check.fields) {
      const findings = check.run({ ...input, fieldId });
      assertWellFormed(findings);
    }
  }
  for (const fieldId of OWN_FIELDS) assertWellFormed(runChecks(fieldId, input));
}

const KB100 = 100 * 1024;
const nasty: [string, string][] = [
  ['empty', ''],
  ['spaces', '   \t\n\u3000 '],
  ['100 KB ASCII', 'a'.repeat(KB100)],
  ['100 KB traditional Chinese', '國際'.repeat(KB100 / 2)],
  ['100 KB bilingual', `${'正雅國際(香港)有限公司 '.repeat(3000)}${'AZOYA INTERNATIONAL LIMITED '.repeat(1000)}`.slice(0, KB100)],
  ['100 KB digits', '9'.repeat(KB100)],
  ['100 KB separators', '·. •'.repeat(KB100 / 4)],
  ['100 KB @ and dots', '@.'.repeat(KB100 / 2)],
  ['100 KB password-like', 'Ab1!'.repeat(KB100 / 4)],
  ['emoji', '😀👨‍👩‍👧‍👦🏳️‍🌈 Ltd'],
  ['emoji-only name', '🏢🏢🏢'],
  ['right-to-left Hebrew', 'חברה בע"מ'],
  ['right-to-left Arabic', 'شركة أبل المحدودة'],
  ['RTL override', '\u202Edetimil ynapmoc\u202C'],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate', '\uDC00'],
  ['surrogates mixed with text', 'A\uD800國\uDC00@b.com\uD800'],
  ['NUL and controls', '\u0000\u0001\u001f\u007f'],
  ['combining marks', 'e\u0301\u0301\u0301 Ltd'],
  ['ideographic description sequence', '⿰木⿱口口 有限公司'],
  ['CJK extension B', '𠀾𡃕𣈶 有限公司'],
  ['full-width everything', 'ＡＢＣ＠ＤＥＦ．ｃｏｍ（）１２３'],
  ['regex metacharacters', '.*+?^${}()|[]\\/'],
  ['prototype keys', '__proto__'],
];

const profiles: [string, CheckProfile | null | undefined][] = [
  ['undefined', undefined],
  ['null', null],
  ['empty', {}],
  [
    'full',
    {
      companyName: '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED',
      registrationNumber: '91350100M000100Y43',
      countryRegion: 'HK',
      entityType: 'company',
      officialAccountEmail: 'oa@brand.com',
      usedEmails: ['a@b.com'],
      adminName: '约翰·史密斯',
    },
  ],
  [
    'wrong types',
    { companyName: 42, registrationNumber: null, countryRegion: {}, usedEmails: 'a@b.com', officialAccountEmail: [], adminName: 7 } as unknown as CheckProfile,
  ],
  ['usedEmails with junk', { usedEmails: [null, 3, 'x@y.z'] } as unknown as CheckProfile],
  [
    '100 KB profile values',
    { companyName: '國'.repeat(KB100), registrationNumber: '9'.repeat(KB100), adminName: '·'.repeat(KB100), usedEmails: ['a'.repeat(KB100)] },
  ],
];

const contexts: [string, Partial<CheckInput>][] = [
  ['no context', {}],
  ['mainland', { overseas: false, countryRegion: 'CN' }],
  ['overseas HK', { overseas: true, countryRegion: 'HK' }],
  ['nulls', { overseas: null, countryRegion: null, otherValues: undefined }],
  ['odd other values', { countryRegion: 'TW', otherValues: { password: '\uD800', 'admin-mobile-country': '+\uD800852' } }],
];

describe('robustness: explicit inputs', () => {
  it.each(nasty)(
    '%s never throws for any profile or context',
    (_label, value) => {
      // 100 KB values get a smaller matrix (no profile / full profile / huge profile × three contexts)
      const big = value.length > 1000;
      const someProfiles = big ? profiles.filter(([name]) => ['undefined', 'full', '100 KB profile values'].includes(name)) : profiles;
      const someContexts = big ? contexts.slice(0, 3) : contexts;
      for (const [, profile] of someProfiles) {
        for (const [, context] of someContexts) runAll({ value, profile, ...context });
      }
    },
    30_000,
  );

  it.each(nasty)(
    '%s as a profile value never throws',
    (_label, value) => {
      const profile: CheckProfile = {
        companyName: value,
        registrationNumber: value,
        countryRegion: value,
        officialAccountEmail: value,
        usedEmails: [value],
        adminName: value,
      };
      runAll({ value: 'Apple Inc.', profile });
      runAll({ value, profile, otherValues: { password: value, 'admin-mobile-country': value } });
    },
    30_000,
  );

  it('passwordChecklist tolerates anything', () => {
    for (const [, value] of nasty) expect(passwordChecklist(value)).toHaveLength(4);
    expect(passwordChecklist(undefined as never)).toHaveLength(4);
  });
});

// ---------------------------------------------------------------------------------------------
// property-based

const fragments = [
  '國',
  '国',
  '際',
  '际',
  '台',
  '乾',
  '(',
  ')',
  '（',
  '）',
  'A',
  'a',
  'Z',
  ' ',
  '  ',
  '\u3000',
  '·',
  '.',
  '．',
  '•',
  '@',
  '＠',
  '+',
  '-',
  '8',
  '6',
  '1',
  'X',
  'x',
  '\uD800',
  '\uDC00',
  '😀',
  'ש',
  'Limited',
  '有限公司',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units)),
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')),
);

const anyProfile: fc.Arbitrary<CheckProfile | null | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record(
    {
      companyName: anyText,
      registrationNumber: anyText,
      countryRegion: fc.oneof(fc.constantFrom('HK', 'MO', 'TW', 'CN', 'US', 'hk', ''), anyText),
      entityType: fc.constantFrom('company', 'individual-business', 'personal', 'government', 'media', 'other' as const),
      officialAccountEmail: anyText,
      usedEmails: fc.array(anyText, { maxLength: 4 }),
      adminName: anyText,
    },
    { requiredKeys: [] },
  ),
);

const anyInput: fc.Arbitrary<CheckInput> = fc.record({
  value: anyText,
  profile: anyProfile,
  countryRegion: fc.oneof(fc.constant(null), fc.constant(undefined), fc.constantFrom('HK', 'CN', 'US', 'TW', 'MO'), anyText),
  overseas: fc.constantFrom(true, false, null, undefined),
  otherValues: fc.option(fc.dictionary(fc.constantFrom('password', 'admin-mobile-country', 'email'), anyText), { nil: undefined }),
});

describe('robustness: property-based', () => {
  it('no check throws or returns malformed findings (200 runs)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        runAll(input);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('company-name: the registered name typed exactly never produces a finding (200 runs)', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const findings = runChecks('company-name', { value: name.trim(), profile: { companyName: name } });
        expect(
          findings.filter(
            (f) => f.code.startsWith('company-name.') && !f.code.startsWith('company-name.s') && f.code !== 'company-name.traditional-for-simplified',
          ),
        ).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('company-name: every finding offers the registered name as fix (200 runs)', () => {
    fc.assert(
      fc.property(anyText, anyText, (typed, registered) => {
        for (const finding of companyNameCheck.run({ value: typed, profile: { companyName: registered } })) {
          expect(finding.fix?.value).toBe(registered.trim());
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
