import { describe, expect, it } from 'vitest';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { simplifiedToTraditional, simplifyChar, traditionalOf } from '../../../engine/checks/script';

function parse(dict: string): Map<string, string> {
  return new Map(
    dict
      .split('|')
      .map((entry) => entry.split(' ') as [string, string])
      .filter(([from, to]) => from && to && from !== to),
  );
}

describe('script tables', () => {
  it('rebuilds opencc-js STCharacters exactly from TSCharacters and the generated exceptions', () => {
    // fails after an opencc-js upgrade until `node scripts/gen-script-exceptions.mjs` is run
    const expected = parse(STCharacters);
    const rebuilt = simplifiedToTraditional(parse(TSCharacters));
    expect(rebuilt.size).toBe(expected.size);
    for (const [simplified, traditional] of expected) expect(rebuilt.get(simplified), simplified).toBe(traditional);
  });

  it.each([
    ['国', undefined, '國'],
    ['为', 'TW', '為'],
    ['为', undefined, '爲'],
    ['说', 'HK', '説'],
    ['说', 'TW', '說'],
    ['群', undefined, '羣'],
    ['群', 'TW', '群'],
  ] as const)('traditionalOf(%s, %s) = %s', (char, region, expected) => {
    expect(traditionalOf(char, region)).toBe(expected);
  });

  it.each([
    ['國', '国'],
    ['衞', '卫'],
    ['説', '说'],
    ['枱', '台'],
    ['群', '群'],
    ['著', '著'],
    ['么', '么'],
  ])('simplifyChar(%s) = %s', (char, expected) => {
    expect(simplifyChar(char)).toBe(expected);
  });
});
