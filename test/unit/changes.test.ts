// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changeTriggers, fieldRows, isRelevantChange, squash, triggerMatcher } from '../../engine/changes';
import { pageRules } from '../../rules';
import { consoleMessages } from '../../rules/messages';

// The watcher re-evaluates the page only for changes that can alter what the extension shows.

const matches = triggerMatcher(changeTriggers(pageRules, consoleMessages));

/** Mutation records for `change`, as the content script's observer sees them. */
async function recordsOf(doc: Document, change: () => void): Promise<MutationRecord[]> {
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'aria-hidden', 'checked', 'open'],
  });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('relevant changes', () => {
  it('knows markers, labels and console messages, however the page writes them', () => {
    expect(matches('用户信息登记')).toBe(true);
    expect(matches('企业 名称：')).toBe(true);
    expect(matches('ＥＭＡＩＬ')).toBe(true);
    expect(matches('该邮箱已被占用，请更换其他邮箱')).toBe(true);
    expect(matches('扩展资料第12项（已更新）')).toBe(false);
    expect(matches('已自动保存 35')).toBe(false);
    expect(matches('x'.repeat(30_000))).toBe(true);
    expect(squash(' 帐 号 ')).toBe(squash('账号'));
  });

  it('ignores a live list updating itself and reacts to the form arriving, a message, a row change', async () => {
    const doc = document;
    doc.body.innerHTML = `<ul id="live"><li>第1条</li></ul><div id="app"></div>
      <div class="row" id="row"><label>邮箱</label><input><p class="tips"></p></div><div id="dialog" hidden><p>信息提交成功</p></div>`;
    const row = doc.getElementById('row')!;
    const relevant = async (change: () => void) => {
      const records = await recordsOf(doc, change);
      expect(records.length, 'the change was observed').toBeGreaterThan(0);
      return records.some((r) => isRelevantChange(r, matches, fieldRows([row])));
    };
    expect(await relevant(() => doc.getElementById('live')!.append(Object.assign(doc.createElement('li'), { textContent: '第2条' })))).toBe(false);
    expect(await relevant(() => ((doc.querySelector('#live li')!.firstChild as Text).data = '第3条'))).toBe(false);
    expect(await relevant(() => doc.getElementById('live')!.setAttribute('hidden', ''))).toBe(false);
    expect(await relevant(() => (doc.getElementById('app')!.innerHTML = '<h2>用户信息登记</h2>'))).toBe(true);
    expect(await relevant(() => doc.getElementById('dialog')!.removeAttribute('hidden'))).toBe(true);
    expect(await relevant(() => (row.querySelector('.tips')!.textContent = 'anything'))).toBe(true);
    expect(await relevant(() => row.remove())).toBe(true);
  });
});
