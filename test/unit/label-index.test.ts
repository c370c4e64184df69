// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexLabels, labelLookup } from '../../engine/locate';
import { normalizeLabel } from '../../engine/text';
import { pageRules } from '../../rules';

// The label index skips texts whose first character starts no known label (long pages have
// thousands); it must still find every known label however the console decorates it.

const lookup = labelLookup(pageRules);
const labels = pageRules.flatMap((rule) => rule.fields.flatMap((field) => [...field.labels.zh, ...field.labels.en]));
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const decorations = [
  (t: string) => t,
  (t: string) => ` *${t}：`,
  (t: string) => `＊\u200b${t.toUpperCase()}:`,
  fullWidth,
  (t: string) => `\u3000${t.replace(/账/g, '帐')} `,
];

describe('label index', () => {
  it('finds every known label, decorated as the console writes them', () => {
    document.body.innerHTML = labels.flatMap((label) => decorations.map((d) => `<div><label>${d(label)}</label><input></div>`)).join('');
    const index = indexLabels(document.body, lookup);
    const missing = labels.filter((label) => (index.get(normalizeLabel(label))?.length ?? 0) < decorations.length);
    expect(missing).toEqual([]);
  });

  it('ignores labels nobody knows', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<div><label>扩展资料第${i}项</label><input></div>`).join('');
    expect(indexLabels(document.body, lookup).size).toBe(0);
  });
});
