// Robustness of the checks for the pages after registration (verification uploads, store info, categories, IDs,
// filing): none throws or returns a malformed finding, whatever the string or file descriptor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checks } from '../../../engine/checks/index';
import { classifyId, findIds } from '../../../engine/checks/ids';
import { checkUpload, documentKindFromLabel, type UploadFile, type UploadOptions } from '../../../engine/checks/upload';
import type { CheckInput, CheckProfile, Finding } from '../../../engine/checks/types';
import { documentKinds } from '../../../rules/documents';

const SEVERITIES = new Set(['info', 'warn', 'error']);
const LATER_CHECKS = checks.filter((check) => ['mp-name', 'food', 'category', 'appid', 'filing-contact'].includes(check.id));

function assertWellFormed(findings: Finding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  for (const finding of findings) {
    expect(typeof finding.code).toBe('string');
    expect(SEVERITIES.has(finding.severity)).toBe(true);
    for (const value of Object.values(finding.params ?? {})) expect(['string', 'number']).toContain(typeof value);
    for (const fact of finding.facts ?? []) expect(fact).toMatch(/^F\d{2}$/);
    if (finding.fix) expect(typeof finding.fix.value).toBe('string');
  }
}

function runLater(input: CheckInput): void {
  for (const check of LATER_CHECKS) for (const fieldId of check.fields) assertWellFormed(check.run({ ...input, fieldId }));
}

function assertUpload(file: UploadFile, options?: UploadOptions): void {
  const findings = checkUpload(file, options);
  assertWellFormed(findings);
  // exactly one reminder, always last
  expect(findings.filter((f) => f.code === 'upload.reminder')).toHaveLength(1);
  expect(findings[findings.length - 1]?.code).toBe('upload.reminder');
}

const KB100 = 100 * 1024;
const nasty: string[] = [
  '',
  ' ',
  '.',
  '...',
  'noextension',
  '.pdf',
  'scan.jpg.pdf',
  'scan.pdf.jpg',
  '营业执照.JPG',
  'файл.png',
  '😀.png',
  'scan.😀',
  '\uD800.png',
  'scan.\uDC00',
  '\u0000\u202E.gpj',
  'a'.repeat(KB100),
  `${'食品 food 酒店 tea towel '.repeat(KB100 / 20)}`,
  '商家自营 > 食品'.repeat(KB100 / 8),
  `wx1234567890abcdef gh_0123456789ab `.repeat(KB100 / 35),
  '1'.repeat(KB100),
  '.*+?^${}()|[]\\/',
  '__proto__',
  'constructor',
];
const sizes = [0, 1, -1, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, Number.MIN_VALUE, 5 * 1024 * 1024, 1e300, 0.5];

describe('store, category, ID, filing and upload checks: explicit inputs', () => {
  it('checkUpload tolerates odd names, types, sizes and limits', () => {
    for (const name of nasty) {
      for (const size of sizes) {
        assertUpload({ name, type: name, size });
        assertUpload({ name, type: 'image/png', size }, { maxBytes: size });
      }
    }
  });

  it('checkUpload tolerates a missing or malformed descriptor', () => {
    assertUpload(undefined as never);
    assertUpload(null as never, null as never);
    assertUpload({ name: 42, type: null, size: '5' } as never, { maxBytes: '1' as never, documentKind: 'toString' as never });
    assertUpload({} as never, { documentKind: '__proto__' as never });
  });

  it('the label, id and string checks tolerate every nasty string', () => {
    const profile: CheckProfile = { entityType: 'personal', officialAccountAppId: 'wx1234567890abcdef', miniProgramAppId: 'wxfedcba0987654321' };
    for (const value of nasty) {
      expect(documentKinds).toContain(documentKindFromLabel(value));
      expect(['appid', 'original-id', 'other']).toContain(classifyId(value));
      for (const found of findIds(value)) expect(classifyId(found.id)).toBe(found.kind);
      runLater({ value, profile, overseas: true, otherValues: { 'filing-mobile': value, 'mp-name': value, 'entity-type': value } });
      runLater({ value: 'wx1234567890abcdef', profile: { officialAccountAppId: value, miniProgramAppId: value, entityType: value as never } });
    }
    for (const junk of [undefined, null, 42, {}] as never[]) {
      expect(documentKindFromLabel(junk)).toBe('other');
      expect(classifyId(junk)).toBe('other');
      expect(findIds(junk)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// property-based

const fragments = [
  '食品',
  '零食',
  '酒',
  '酒店',
  '食品级',
  'food',
  'grade',
  '-',
  ' ',
  'tea',
  'm',
  'team',
  '商家自营',
  '>',
  '医疗',
  '直播',
  '电商',
  'wx',
  'gh_',
  '0',
  'a',
  'f',
  '+86',
  '138',
  '正',
  'Ａ',
  '😀',
  '\uD800',
  '·',
  '.',
  'pdf',
  'jpg',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units)),
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')),
);

const anySize = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(...sizes), fc.nat({ max: 20 * 1024 * 1024 }));

const anyFile: fc.Arbitrary<UploadFile> = fc.record({
  name: fc.oneof(
    anyText,
    fc.tuple(anyText, fc.constantFrom('jpg', 'PNG', 'pdf', 'heic', '', '.')).map(([base, ext]) => `${base}.${ext}`),
  ),
  type: fc.oneof(anyText, fc.constantFrom('image/jpeg', 'image/png', 'application/pdf', 'image/webp', '', 'IMAGE/PNG; charset=x')),
  size: anySize,
});

const anyOptions: fc.Arbitrary<UploadOptions> = fc.record(
  { maxBytes: anySize, documentKind: fc.oneof(fc.constantFrom(...documentKinds), anyText as fc.Arbitrary<never>) },
  { requiredKeys: [] },
);

const anyProfile: fc.Arbitrary<CheckProfile | null | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record(
    {
      entityType: fc.constantFrom('company', 'individual-business', 'personal', 'government', 'media', 'other' as const),
      officialAccountAppId: anyText,
      miniProgramAppId: fc.oneof(anyText, fc.constant('wx1234567890abcdef')),
      countryRegion: fc.oneof(fc.constantFrom('HK', 'CN', 'US'), anyText),
    },
    { requiredKeys: [] },
  ),
);

const anyInput: fc.Arbitrary<CheckInput> = fc.record({
  value: anyText,
  profile: anyProfile,
  countryRegion: fc.oneof(fc.constant(null), fc.constant(undefined), fc.constantFrom('HK', 'CN'), anyText),
  overseas: fc.constantFrom(true, false, null, undefined),
  otherValues: fc.option(fc.dictionary(fc.constantFrom('filing-mobile', 'mp-name', 'entity-type'), anyText), { nil: undefined }),
});

describe('store, category, ID, filing and upload checks: property-based', () => {
  it('checkUpload never throws and always ends with one reminder (300 runs)', () => {
    fc.assert(
      fc.property(anyFile, anyOptions, (file, options) => {
        assertUpload(file, options);
      }),
      { numRuns: 300 },
    );
  });

  it('the string checks never throw or return malformed findings (300 runs)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        runLater(input);
      }),
      { numRuns: 300 },
    );
  });

  it('documentKindFromLabel, classifyId and findIds are total and agree (300 runs)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(documentKinds).toContain(documentKindFromLabel(text));
        for (const found of findIds(text)) expect(classifyId(found.id)).toBe(found.kind);
      }),
      { numRuns: 300 },
    );
  });
});
