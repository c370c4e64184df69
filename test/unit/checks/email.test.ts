import { describe, expect, it } from 'vitest';
import { checkEmail, emailFormatProblem } from '../../../engine/checks/email';
import type { CheckProfile } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);

const profile: CheckProfile = {
  officialAccountEmail: 'OA@Brand.com',
  usedEmails: ['mp1@brand.com', ' Taken@Agency.HK ', 'other@client.co.uk'],
};

const INFO = 'email.not-bound-to-wechat';

describe('email', () => {
  it.each<[string, string, string[]]>([
    // valid
    ['plain address', 'miniprogram@brand.com', [INFO]],
    ['sub-domain and country TLD', 'wechat.mp@mail.brand.com.hk', [INFO]],
    ['plus tag', 'ops+mp2@agency.io', [INFO]],
    ['hyphen in the domain', 'first.last@my-brand.co.jp', [INFO]],
    ['digits only local part', '12345678@qq.com', [INFO]],
    ['upper case', 'MP@BRAND.COM', [INFO]],
    ['nothing typed', '', []],
    // format
    ['full-width @', 'mp＠brand.com', ['email.format:full-width']],
    ['full-width dot', 'mp@brand．com', ['email.format:full-width']],
    ['ideographic full stop', 'mp@brand。com', ['email.format:full-width']],
    ['full-width letters', 'ｍｐ@brand.com', ['email.format:full-width']],
    ['space inside', 'mp @brand.com', ['email.format:space']],
    ['leading space', ' mp@brand.com', ['email.format:space']],
    ['ideographic space', 'mp@brand.com\u3000', ['email.format:full-width']],
    ['Chinese characters', '小程序@brand.com', ['email.format:non-ascii']],
    ['no @', 'mp.brand.com', ['email.format:at']],
    ['two @', 'mp@brand@com', ['email.format:at']],
    ['trailing dot', 'mp@brand.com.', ['email.format:trailing-dot']],
    ['dot before @', 'mp.@brand.com', ['email.format:trailing-dot']],
    ['double dot', 'mp..ops@brand.com', ['email.format:dots']],
    ['leading dot', '.mp@brand.com', ['email.format:dots']],
    ['no dot in the domain', 'mp@localhost', ['email.format:domain']],
    ['one-letter TLD', 'mp@brand.c', ['email.format:domain']],
    ['hyphen at label start', 'mp@-brand.com', ['email.format:domain']],
    ['underscore in the domain', 'mp@my_brand.com', ['email.format:domain']],
    ['comma in the local part', 'mp,ops@brand.com', ['email.format:local-part']],
    ['empty local part', '@brand.com', ['email.format:local-part']],
    ['local part too long', `${'a'.repeat(65)}@brand.com`, ['email.format:too-long']],
    // ledger
    ['used before (case and spaces ignored)', 'taken@agency.hk', ['email.used-before', INFO]],
    ['used before, exact', 'mp1@brand.com', ['email.used-before', INFO]],
    ['same as the Official Account', 'oa@brand.com', ['email.same-as-official-account', INFO]],
  ])('%s: %s', (_label, value, keys) => {
    expect(checkEmail({ value, profile }).map(keyOf)).toEqual(keys);
  });

  it('format errors are errors and name the full-width characters', () => {
    const [finding] = checkEmail({ value: 'mp＠brand。com' });
    expect(finding).toMatchObject({ code: 'email.format', severity: 'error', variant: 'full-width', params: { chars: '＠ 。' } });
  });

  it('the reminder is info and cites F27', () => {
    expect(checkEmail({ value: 'a@b.co' })).toEqual([{ code: INFO, severity: 'info', facts: ['F27'] }]);
  });

  it('ledger findings are errors with the address', () => {
    const [used] = checkEmail({ value: 'Other@Client.co.uk', profile });
    expect(used).toMatchObject({ severity: 'error', params: { email: 'Other@Client.co.uk' }, facts: ['F27'] });
  });

  it.each([null, undefined, {}, { usedEmails: [] }])('works without a ledger (%o)', (p) => {
    expect(checkEmail({ value: 'mp@brand.com', profile: p }).map(keyOf)).toEqual([INFO]);
  });

  it('emailFormatProblem is null for a good address', () => {
    expect(emailFormatProblem('mp@brand.com')).toBeNull();
  });
});
