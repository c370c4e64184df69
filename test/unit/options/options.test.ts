import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../components/options/ExchangeSection';
import { formatDate, parseBackups } from '../../../components/options/BackupsSection';
import { draftFromValues, labelKey, mergeEmails, validateValues, valuesFromProfile } from '../../../components/options/ProfileForm';
import { countryName, filterIndexed, indexProfiles } from '../../../components/options/ProfileList';
import { locales } from '../../../locales';
import en from '../../../locales/en/options.json';
import { profileSchema, type Profile } from '../../../storage/profiles';

const at = '2025-01-02T03:04:05.000Z';
const profile = (input: Partial<Profile> & { id: string; label: string }): Profile => profileSchema.parse({ createdAt: at, updatedAt: at, ...input });

describe('client search', () => {
  const profiles = [
    profile({ id: 'a', label: 'Acme HK', companyName: '正雅國際(香港)有限公司 ACME INTERNATIONAL (HONG KONG) LIMITED', countryRegion: 'HK' }),
    profile({
      id: 'b',
      label: 'beta foods',
      companyName: 'Beta Foods Pte. Ltd.',
      countryRegion: 'SG',
      emails: [{ address: 'Ops@Beta.example', status: 'used', at }],
    }),
    profile({ id: 'c', label: 'Charlie', officialAccountEmail: 'oa@charlie.example', countryRegion: 'PT' }),
  ];
  const index = indexProfiles(profiles);
  const labels = (query: string) => filterIndexed(index, query).map((e) => e.profile.label);

  it('sorts by label regardless of case', () => {
    expect(labels('')).toEqual(['Acme HK', 'beta foods', 'Charlie']);
  });

  it('matches label, company, country code and name, and emails, case-insensitively', () => {
    expect(labels('ACME')).toEqual(['Acme HK']);
    expect(labels('正雅')).toEqual(['Acme HK']);
    expect(labels('hong kong')).toEqual(['Acme HK']);
    expect(labels('香港')).toEqual(['Acme HK']);
    expect(labels('singapore')).toEqual(['beta foods']);
    expect(labels('pt')).toEqual(['beta foods', 'Charlie']); // "Pte." and the code PT
    expect(labels('ops@beta')).toEqual(['beta foods']);
    expect(labels('OA@CHARLIE')).toEqual(['Charlie']);
    expect(labels('acme singapore')).toEqual([]);
  });

  it('filters 5000 profiles quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      profile({ id: `p${i}`, label: `Client ${i}`, companyName: `Company ${i} Ltd`, emails: [{ address: `c${i}@x.example`, status: 'used', at }] }),
    );
    const big = indexProfiles(many);
    const started = performance.now();
    for (const query of ['c', 'cl', 'cli', 'clie', 'client 4999']) filterIndexed(big, query);
    expect(filterIndexed(big, 'c4999@').map((e) => e.profile.id)).toEqual(['p4999']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('profile form values', () => {
  it('maps an unlisted country code to "Other" and back', () => {
    const values = valuesFromProfile(profile({ id: 'x', label: 'X', countryRegion: 'PT' }));
    expect(values).toMatchObject({ country: 'other', otherCountry: 'PT' });
    expect(draftFromValues({ ...values, otherCountry: ' pt ' }, 'x', undefined, new Set()).countryRegion).toBe('PT');
    expect(valuesFromProfile(profile({ id: 'y', label: 'Y', countryRegion: 'HK' }))).toMatchObject({ country: 'HK', otherCountry: '' });
    expect(valuesFromProfile(null)).toMatchObject({ country: '', entityType: 'company', emails: [] });
  });

  it('validates the label, the other country code and the Official Account email', () => {
    const blank = valuesFromProfile(null);
    expect(validateValues(blank)).toEqual({ label: 'options.form.label-required' });
    expect(validateValues({ ...blank, label: 'A', country: 'other', otherCountry: 'P' })).toEqual({ otherCountry: 'options.form.country-code-invalid' });
    expect(validateValues({ ...blank, label: 'A', officialAccountEmail: 'not an email' })).toEqual({ officialAccountEmail: 'options.form.oa-email-invalid' });
    expect(validateValues({ ...blank, label: 'A', officialAccountEmail: 'oa@acme.example' })).toEqual({});
    expect(validateValues({ ...blank, label: ' ACME hk ' }, new Set([labelKey('Acme HK')]))).toEqual({ label: 'options.form.label-duplicate' });
  });

  it('produces a draft the background accepts, trimmed, without secrets', () => {
    const draft = draftFromValues(
      { ...valuesFromProfile(null), label: '  Acme ', companyName: ' Acme Ltd ', notes: ' keep as typed ' },
      undefined,
      undefined,
      new Set(),
    );
    expect(draft).not.toHaveProperty('id');
    expect(draft).toMatchObject({ label: 'Acme', companyName: 'Acme Ltd', notes: ' keep as typed ' });
    expect(profileSchema.safeParse({ ...draft, id: 'p-1', createdAt: at, updatedAt: at }).success).toBe(true);
  });

  it('keeps emails the console recorded while the form was open, except those removed here', () => {
    const mine = [{ address: 'a@x.example', status: 'used' as const, at }];
    const latest = [
      { address: 'A@x.example', status: 'taken' as const, at: 'later' },
      { address: 'new@x.example', status: 'taken' as const, at },
      { address: 'gone@x.example', status: 'used' as const, at },
    ];
    expect(mergeEmails(mine, latest, new Set(['gone@x.example']))).toEqual([
      { address: 'a@x.example', status: 'taken', at: 'later' },
      { address: 'new@x.example', status: 'taken', at },
    ]);
  });
});

describe('export and backups helpers', () => {
  it('names the export file by the local date', () => {
    expect(exportFileName(new Date(2025, 0, 9, 23, 59))).toBe('mp-console-guide-profiles-2025-01-09.json');
  });

  it('keeps only well-formed backup summaries', () => {
    expect(parseBackups([{ id: 'b1', at, reason: 'r' }, null, { id: 2 }, { id: 'b2' }])).toEqual([
      { id: 'b1', at, reason: 'r' },
      { id: 'b2', at: '', reason: '' },
    ]);
    expect(parseBackups('nope')).toEqual([]);
    expect(
      parseBackups([
        { id: 'b3', at, reason: 'r', kind: 'progress' },
        { id: 'b4', at, reason: 'r', kind: 'other' },
      ]),
    ).toEqual([
      { id: 'b3', at, reason: 'r', kind: 'progress' },
      { id: 'b4', at, reason: 'r' },
    ]);
    expect(formatDate('not a date')).toBe('not a date');
    // YYYY-MM-DD hh:mm:ss in local time, in both languages.
    const local = new Date(at);
    const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(formatDate(at)).toMatch(new RegExp(`^${day} \\d{2}:\\d{2}:\\d{2}$`));
    expect(formatDate(at, 'zh_CN')).toBe(formatDate(at));
  });

  it('names countries in the UI language', () => {
    expect(countryName('HK')).toBe('Hong Kong');
    expect(countryName('HK', 'zh_CN')).toBe('香港');
    expect(countryName('PT', 'zh_CN')).toBe('PT');
    expect(countryName('')).toBe('');
  });
});

describe('options strings', () => {
  it('are loaded by the translator', () => {
    for (const key of Object.keys(en)) expect(locales.en[key], key).toBe((en as Record<string, string>)[key]);
  });

  it('cover every key the options components use', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(process.cwd(), 'components', 'options');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(/'(options\.[\w.-]+)'/g)) used.add(match[1]!);
      for (const match of source.matchAll(/`(options\.[\w.-]+)\.\$\{/g)) {
        const prefix = `${match[1]!}.`;
        expect(
          Object.keys(en).some((k) => k.startsWith(prefix)),
          prefix,
        ).toBe(true);
      }
    }
    for (const key of used) expect(en, key).toHaveProperty([key]);
  });
});
