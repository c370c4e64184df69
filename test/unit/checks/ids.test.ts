import { describe, expect, it } from 'vitest';
import { checkAppId, classifyId, findIds } from '../../../engine/checks/ids';
import type { CheckProfile } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);

const MP = 'wx1234567890abcdef';
const OA = 'wxfedcba0987654321';
const OTHER_MP = 'wx00000000000000aa';
const ORIGINAL = 'gh_0123456789ab';
const profile: CheckProfile = { officialAccountAppId: OA, miniProgramAppId: MP };

describe('classifyId', () => {
  it.each<[string, string]>([
    [MP, 'appid'],
    [ORIGINAL, 'original-id'],
    ['wx1234567890ABCDEF', 'other'], // upper-case hex is not how AppIDs are written
    ['wx1234567890abcde', 'other'], // 15 hex digits
    ['wx1234567890abcdef0', 'other'],
    ['wx1234567890abcdeg', 'other'],
    ['gh_0123456789a', 'other'],
    ['gh-0123456789ab', 'other'],
    [` ${MP}`, 'other'],
    ['', 'other'],
  ])('%j → %s', (value, kind) => {
    expect(classifyId(value)).toBe(kind);
  });
});

describe('findIds', () => {
  it('finds every AppID and original ID once, in order', () => {
    const text = `AppID(小程序ID) ${MP} 原始ID ${ORIGINAL}；again ${MP}, OA:${OA}`;
    expect(findIds(text)).toEqual([
      { id: MP, kind: 'appid' },
      { id: ORIGINAL, kind: 'original-id' },
      { id: OA, kind: 'appid' },
    ]);
  });

  it('ignores ids inside longer tokens', () => {
    expect(findIds(`x${MP} ${MP}0 ${ORIGINAL}f`)).toEqual([]);
    expect(findIds('')).toEqual([]);
  });
});

describe('appid', () => {
  it.each<[string, CheckProfile | undefined, string[]]>([
    [MP, profile, []],
    [MP, undefined, []],
    [OTHER_MP, undefined, []],
    [ORIGINAL, profile, ['appid.is-original-id']],
    ['GH_0123456789AB', profile, ['appid.is-original-id']],
    ['wx123', profile, ['appid.format']],
    ['1234567890abcdef', profile, ['appid.format']],
    ['my app', profile, ['appid.format']],
    [` ${MP} `, profile, ['appid.format:repairable']],
    ['WX1234567890ABCDEF', profile, ['appid.format:repairable']],
    ['ｗｘ1234567890abcdef', profile, ['appid.format:repairable']],
    [OA, profile, ['appid.is-official-account']],
    [OTHER_MP, profile, ['appid.not-this-mini-program']],
    [OTHER_MP, { miniProgramAppId: 'not an id' }, []],
    ['', profile, []],
  ])('%j → %j', (value, p, keys) => {
    expect(checkAppId({ value, profile: p }).map(keyOf)).toEqual(keys);
  });

  it('an original ID is an error citing F07', () => {
    expect(checkAppId({ value: ORIGINAL })).toEqual([{ code: 'appid.is-original-id', severity: 'error', facts: ['F07'] }]);
  });

  it('offers the repaired AppID and the profile AppID as fixes', () => {
    expect(checkAppId({ value: 'WX1234567890ABCDEF' })[0]).toMatchObject({ severity: 'error', params: { expected: MP }, fix: { value: MP } });
    expect(checkAppId({ value: OTHER_MP, profile })[0]).toEqual({
      code: 'appid.not-this-mini-program',
      severity: 'warn',
      params: { expected: MP },
      facts: ['F07'],
      fix: { value: MP },
    });
  });

  it('compares with the profile after repairing case and spaces', () => {
    expect(checkAppId({ value: OA.toUpperCase(), profile }).map(keyOf)).toEqual(['appid.format:repairable', 'appid.is-official-account']);
  });
});
