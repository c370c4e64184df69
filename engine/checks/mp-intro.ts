// 小程序介绍: 4–120 characters as the console counts them, a Chinese character counting 2 (docs/console-notes.md
// §8.1; §18.1: the page's own counter shows 60 characters of mostly Chinese as 117/120). The count is
// shown so the tip and the page's counter can be compared.
import { consoleLength } from './mp-name';
import type { Check, CheckInput, Finding } from './types';

export const INTRO_LENGTH = { min: 4, max: 120 } as const;

export function checkMpIntro(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  const length = consoleLength(value);
  const params = { length, min: INTRO_LENGTH.min, max: INTRO_LENGTH.max };
  if (length < INTRO_LENGTH.min || length > INTRO_LENGTH.max) return [{ code: 'mp-intro.length', severity: 'error', params }];
  return [{ code: 'mp-intro.count', severity: 'info', params }];
}

export const mpIntroCheck: Check = {
  id: 'mp-intro',
  fields: ['mp-intro'],
  codes: ['mp-intro.length', 'mp-intro.count'],
  run: checkMpIntro,
};
