// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../engine/detect';
import { readFieldValue } from '../../engine/values';
import { runChecks } from '../../engine/checks';
import { consoleMessages } from '../../rules/messages';
import { pageRules } from '../../rules';
import { replicaByName } from '../../replicas/replicas.mjs';
import { renderedReplica } from '../support/dom';

// Information registration as live in 2026 (docs/console-notes.md §17.2): the type is a row of buttons
// (a.js_btn_contractor_type, the chosen one "selected"), the region an input, the 类目 hidden radios.

function page() {
  const replica = replicaByName('register.entity/live-2026/legacy');
  const doc = renderedReplica(replica);
  const detection = detectPage(pageRules, replica.url, doc)!;
  const field = (id: string) => detection.fields.find((f) => f.id === id)!;
  return { doc, detection, value: (id: string) => readFieldValue(field(id)) };
}

describe('information registration, live in 2026', () => {
  it('reads the chosen type from the pressed button, the region from its input, the 类目 from its hidden radios', () => {
    const { value } = page();
    expect(value('entity-type')).toBe('企业');
    expect(value('country')).toBe('中国大陆');
    expect(value('category-type')).toBe('其他');
  });

  it('follows the pressed button: 个人 is read as personal and warned about; none pressed reads as nothing', () => {
    const { doc, value } = page();
    const buttons = Array.from(doc.querySelectorAll('.js_btn_contractor_type'));
    buttons.forEach((b) => b.classList.toggle('selected', b.textContent === '个人'));
    expect(value('entity-type')).toBe('个人');
    expect(runChecks('entity-type', { value: value('entity-type') }).map((f) => f.code)).toContain('entity.personal');
    buttons.forEach((b) => b.classList.remove('selected'));
    expect(value('entity-type')).toBe('');
  });

  it('offers 团队 among the types, and the catalog knows its messages', () => {
    const { doc } = page();
    expect(Array.from(doc.querySelectorAll('.js_btn_contractor_type')).map((b) => b.textContent)).toEqual(['个人', '企业', '媒体', '政府', '其他组织', '团队']);
    const texts = consoleMessages.map((m) => m.zh);
    for (const zh of [
      '请填写团队名称',
      '团队名称为{0}到{1}个字符',
      '请完善法定代表人身份信息',
      '请扫描二维码验证法定代表人身份',
      '必须为9位或18位代码',
      '请填写政府名称',
      '请填写组织名称',
    ]) {
      expect(texts, zh).toContain(zh);
    }
  });
});
