// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextTarget, resolveTarget } from '../../../content/presenter-targets';
import { detectPage } from '../../../engine/detect';
import { pageRules } from '../../../rules';
import { replicaByName } from '../../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../../support/dom';

describe('presenter targets', () => {
  it('prefers an element that reads exactly the text over one that merely contains it', () => {
    const doc = parseDocument('<body><p class="hint">请填写未被微信公众平台注册的邮箱</p><form><button type="submit">注册</button></form></body>');
    expect(findTextTarget(doc, '注册')?.tagName).toBe('BUTTON');
  });

  it('falls back to the first element containing the text, spotlighting the control that holds it', () => {
    const doc = parseDocument('<body><ul><li><label><input type="radio"><strong>小程序 (Mini Program)</strong></label></li></ul></body>');
    expect(findTextTarget(doc, '小程序')?.tagName).toBe('LABEL');
  });

  it('ignores hidden dialogs, templates and the overlay', () => {
    const doc = parseDocument(
      '<body><div hidden><button>确定</button></div><template><button>确定</button></template><div data-mpg-host="field-tip"><b>确定</b></div></body>',
    );
    expect(findTextTarget(doc, '确定')).toBeNull();
  });

  it('finds a field by its row, the panel through the callback, and nothing for a field this variant lacks', () => {
    const replica = replicaByName('register.entity/overseas/current');
    const doc = renderedReplica(replica);
    const detection = detectPage(pageRules, replica.url, doc)!;
    const row = resolveTarget('company-name', detection, doc, () => null);
    expect(row?.textContent).toContain('企业名称');
    const panel = doc.createElement('aside');
    doc.body.append(panel);
    expect(resolveTarget('panel', detection, doc, () => panel)).toBe(panel);
    expect(resolveTarget('panel', detection, doc, () => null)).toBeNull();
    // The personal variant has no company name row: the stop is missing, not searched for as text.
    const personal = replicaByName('register.entity/personal/current');
    const personalDoc = renderedReplica(personal);
    const personalDetection = detectPage(pageRules, personal.url, personalDoc)!;
    expect(resolveTarget('company-name', personalDetection, personalDoc, () => null)).toBeNull();
  });
});
