import { it } from 'vitest';
import { checks } from '../../../engine/checks/index';
const KB100 = 100 * 1024;
const nasty: [string, string][] = [
  ['100 KB ASCII', 'a'.repeat(KB100)],
  ['100 KB traditional Chinese', '國際'.repeat(KB100 / 2)],
  ['100 KB digits', '9'.repeat(KB100)],
  ['100 KB separators', '·. •'.repeat(KB100 / 4)],
  ['100 KB @ and dots', '@.'.repeat(KB100 / 2)],
];
it('timing', () => {
  for (const [label, value] of nasty) {
    for (const check of checks.filter(c => ['mp-name','food','category','appid','filing-contact'].includes(c.id))) {
      for (const fieldId of check.fields) {
        const t = performance.now();
        check.run({ value, fieldId, overseas: true, otherValues: { 'mp-name': value } });
        const d = performance.now() - t;
        if (d > 5) console.log(label, check.id, fieldId, Math.round(d));
      }
    }
  }
});
