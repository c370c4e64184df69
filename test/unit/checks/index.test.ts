import { afterEach, describe, expect, it } from 'vitest';
import { CHECKED_FIELDS, checks, runChecks } from '../../../engine/checks/index';
import type { Check } from '../../../engine/checks/types';

describe('registry', () => {
  it('has unique check ids and serves the nine registration field ids', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const field of [
      'admin-id',
      'admin-mobile',
      'admin-name',
      'company-name',
      'email',
      'entity-type',
      'password',
      'password-confirm',
      'registration-number',
    ]) {
      expect(CHECKED_FIELDS).toContain(field);
    }
  });

  it('runs every check for the field and passes the field id', () => {
    const keys = runChecks('company-name', { value: '正雅国际(香港)有限公司', countryRegion: 'HK' }).map((f) => f.code);
    expect(keys).toEqual(['company-name.simplified-for-traditional']);
    expect(runChecks('admin-id', { value: 'K1', overseas: true }).map((f) => f.code)).toEqual(['admin-id.passport-ok']);
  });

  it('returns nothing for an unknown field', () => {
    expect(runChecks('captcha', { value: 'abcd' })).toEqual([]);
  });

  describe('a throwing check', () => {
    const thrower: Check = {
      id: 'thrower',
      fields: ['email'],
      codes: [],
      run() {
        throw new Error('boom');
      },
    };
    afterEach(() => {
      const index = checks.indexOf(thrower);
      if (index >= 0) checks.splice(index, 1);
    });

    it('becomes check.internal-error and the other checks still run', () => {
      checks.unshift(thrower);
      const findings = runChecks('email', { value: 'mp@brand.com' });
      expect(findings[0]).toEqual({ code: 'check.internal-error', severity: 'info', params: { check: 'thrower' } });
      expect(findings.map((f) => f.code)).toContain('email.not-bound-to-wechat');
    });
  });

  it('tolerates a missing or non-string value', () => {
    expect(() => runChecks('email', undefined as never)).not.toThrow();
    expect(() => runChecks('email', { value: 42 as never })).not.toThrow();
    expect(runChecks('email', { value: null as never })).toEqual([]);
  });
});
