import { describe, expect, it } from 'vitest';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { BOTH_SCRIPTS, SIMPLIFIED_ALSO_TRADITIONAL, TRADITIONAL_ALSO_SIMPLIFIED } from '../../../engine/checks/both-scripts';

function keys(dict: string): Map<string, string> {
  return new Map(dict.split('|').map((entry) => entry.split(' ') as [string, string]));
}

describe('both-scripts lists', () => {
  const st = keys(STCharacters);
  const ts = keys(TSCharacters);

  it('every simplified-also-traditional character is a key of the opencc-js simplified dictionary', () => {
    for (const char of SIMPLIFIED_ALSO_TRADITIONAL) {
      expect(st.has(char), char).toBe(true);
      expect(st.get(char), char).not.toBe(char);
    }
  });

  it('every traditional-also-simplified character is a key of the opencc-js traditional dictionary', () => {
    for (const char of TRADITIONAL_ALSO_SIMPLIFIED) {
      expect(ts.has(char), char).toBe(true);
      expect(ts.get(char), char).not.toBe(char);
    }
  });

  it('includes the characters named in the design notes', () => {
    for (const char of '乾於夥台干后里') expect(BOTH_SCRIPTS.has(char), char).toBe(true);
  });

  it('lists single code points only', () => {
    for (const char of BOTH_SCRIPTS) expect(Array.from(char)).toHaveLength(1);
  });

  it('characters that are keys of both dictionaries are in both lists', () => {
    for (const char of st.keys()) {
      if (ts.has(char)) {
        expect(SIMPLIFIED_ALSO_TRADITIONAL.has(char), char).toBe(true);
        expect(TRADITIONAL_ALSO_SIMPLIFIED.has(char), char).toBe(true);
      }
    }
  });
});
