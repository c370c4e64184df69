// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexLabels, labelLookup } from '../../engine/locate';
import { pageRules } from '../../rules';
import { parseDocument } from '../support/dom';

// Label indexing reads at most a label's worth of text per element (engine/locate.ts boundedText):
// it used to read a container's whole text for every label inside it, quadratic in the page's size
// (found by the detector's property test). Guards the bound, and that it changes nothing found.

const lookup = labelLookup(pageRules);
const keysOf = (html: string) => [...indexLabels(parseDocument(html).body, lookup).keys()];

describe('label indexing with bounded text reads', () => {
  it('still finds a label padded with the whitespace of deeply indented markup', () => {
    expect(keysOf(`<div><label>${' '.repeat(120)}\n${' '.repeat(120)}邮箱${' '.repeat(120)}</label><input></div>`)).toEqual(['邮箱']);
  });

  it('climbs to the wrapper that adds only an asterisk, and stops at one with more text', () => {
    const doc = parseDocument('<div><p>作为登录帐号，请填写邮箱</p><label><span>*</span><font>邮箱</font></label><input></div>');
    const [label] = indexLabels(doc.body, lookup).get('邮箱')!;
    expect(label!.tagName).toBe('LABEL');
  });

  it('ignores a known text inside an element holding much more text', () => {
    expect(keysOf(`<p>${'说明'.repeat(60)}<b>邮箱</b></p>`)).toEqual(['邮箱']);
    expect(keysOf(`<p>邮箱 ${'说明'.repeat(60)}</p>`)).toEqual([]);
  });

  it('indexes thousands of labels in one container in linear time', { timeout: 60_000 }, () => {
    const doc = parseDocument(`<div>${'<label>邮箱</label><input>'.repeat(2500)}</div>`);
    // CPU time of this test process (not wall time: test files running alongside do not count).
    const best = Math.min(
      ...[0, 1, 2].map(() => {
        const started = process.cpuUsage();
        indexLabels(doc.body, lookup);
        const used = process.cpuUsage(started);
        return (used.user + used.system) / 1000;
      }),
    );
    expect(best).toBeLessThan(400); // tens of ms; reading the whole container for each label took seconds
    expect(indexLabels(doc.body, lookup).get('邮箱')).toHaveLength(2500);
  });
});
