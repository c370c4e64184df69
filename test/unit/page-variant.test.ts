// @vitest-environment happy-dom
import { presenterStops } from '../../rules/presenter';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../engine/detect';
import { conditionHolds, stepBarNumber } from '../../engine/page-variant';
import { pageRules } from '../../rules';
import { withRuleDefaults } from '../../rules/schema';
import { pageRuleSchema } from '../../rules/page-rule.schema';
import { normalizeText } from '../../engine/text';
import { replicaByName, replicas } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// The guide's points per page rendering (rules' `when`) and the step number from the page's own step
// bar (engine/page-variant.ts), on the replicas and on small documents.

function variantOn(name: string) {
  const replica = replicaByName(name);
  const detection = detectPage(pageRules, replica.url, renderedReplica(replica));
  if (!detection) throw new Error(`${name} not recognised`);
  const omit = new Set(detection.variant?.omit ?? []);
  return {
    needs: detection.rule.needs.filter((key) => !omit.has(key)),
    guidance: detection.rule.guidance.map((g) => g.key).filter((key) => !omit.has(key)),
    step: detection.variant?.step,
  };
}

const condition = (c: Partial<Parameters<typeof conditionHolds>[0]>) => ({ shows: [], lacks: [], fields: [], noFields: [], ...c });

describe('conditionHolds', () => {
  const text = normalizeText('免收认证费用，请直接提交');
  it('needs every shown text, no lacked text, every field and no excluded field', () => {
    expect(conditionHolds(condition({}), text, new Set())).toBe(true);
    expect(conditionHolds(condition({ shows: [{ zh: ['免收认证费用'], en: [] }] }), text, new Set())).toBe(true);
    expect(
      conditionHolds(
        condition({
          shows: [
            { zh: ['免收认证费用'], en: [] },
            { zh: ['对公'], en: [] },
          ],
        }),
        text,
        new Set(),
      ),
    ).toBe(false);
    expect(
      conditionHolds(
        condition({
          lacks: [
            { zh: ['对公'], en: [] },
            { zh: ['直接提交'], en: [] },
          ],
        }),
        text,
        new Set(),
      ),
    ).toBe(false);
    expect(conditionHolds(condition({ fields: ['captcha'] }), text, new Set(['captcha']))).toBe(true);
    expect(conditionHolds(condition({ fields: ['captcha'] }), text, new Set())).toBe(false);
    expect(conditionHolds(condition({ noFields: ['captcha'] }), text, new Set(['captcha']))).toBe(false);
  });
  it('matches texts as detection does (full-width, case, 账 = 帐)', () => {
    expect(conditionHolds(condition({ shows: [{ zh: ['填写小程序账号信息'], en: [] }] }), normalizeText('填写小程序帐号信息'), new Set())).toBe(true);
    expect(conditionHolds(condition({ shows: [{ zh: [], en: ['Pay Now'] }] }), normalizeText('PAY NOW'), new Set())).toBe(true);
  });
});

describe('stepBarNumber', () => {
  const names = { zh: ['支付费用'], en: [] };
  it.each([
    ['<ul><li>1. 同意协议</li><li>5. 支付费用</li></ul>', 5],
    ['<ul><li>4 支付费用</li></ul>', 4],
    ['<ul><li><span>3</span><h4>支付费用</h4></li></ul>', 3],
    ['<ol><li>２、支付费用</li></ol>', 2],
  ])('reads the number of the item naming the step: %s', (html, step) => {
    expect(stepBarNumber(parseDocument(`<body>${html}</body>`), names)).toBe(step);
  });
  it.each([
    ['<p>支付费用</p>'],
    ['<p>请在 3 天内支付费用并提交，否则申请失效。</p>'],
    ['<ul hidden><li>5. 支付费用</li></ul>'],
    ['<ul><li>5. 支付费用说明</li></ul>'],
  ])('finds none where no visible item is just a number and the name: %s', (html) => {
    expect(stepBarNumber(parseDocument(`<body>${html}</body>`), names)).toBeUndefined();
  });
});

describe('rules', () => {
  it('name in `when` only needs, guidance and presenter points of their own rule', () => {
    for (const rule of pageRules) {
      const points = new Set([...rule.needs, ...rule.guidance.map((g) => g.key), ...(presenterStops[rule.id] ?? []).map((s) => s.point)]);
      for (const key of Object.keys(rule.when)) expect(points.has(key), `${rule.id}: ${key}`).toBe(true);
      for (const c of Object.values(rule.when))
        for (const id of [...c.fields, ...c.noFields])
          expect(
            rule.fields.some((f) => f.id === id),
            `${rule.id}: field ${id}`,
          ).toBe(true);
    }
  });
  it('parse with the schema to what the defaults give, and refuse an empty condition', () => {
    const rule = {
      id: 'verify.payment' as const,
      title: 't',
      needs: ['n'],
      guidance: [{ key: 'g' }],
      when: { n: { lacks: [{ zh: ['免收认证费用'] }] } },
      detect: {},
    };
    expect(pageRuleSchema.parse(rule)).toEqual(withRuleDefaults(rule));
    expect(pageRuleSchema.safeParse({ ...rule, when: { n: {} } }).success).toBe(false);
  });
});

describe('the guide on each rendering', () => {
  it('no-fee payment: nothing to check or pay, Submit instead', () => {
    const v = variantOn('verify.payment/nopay/legacy');
    expect(v.needs).toEqual(['page.verify-payment.need-submit']);
    expect(v.guidance).not.toContain('guide.verify-payment.fee');
    expect(v.guidance).not.toContain('guide.verify-payment.how');
    expect(v.guidance).not.toContain('guide.verify-payment.old-transfer');
  });
  it('bank-transfer payment: the shown route is explained, never called superseded', () => {
    const v = variantOn('verify.payment/remit/legacy');
    expect(v.needs).toEqual(['page.verify-payment.need-amount', 'page.verify-payment.need-transfer']);
    expect(v.guidance).not.toContain('guide.verify-payment.old-transfer');
    expect(v.guidance).not.toContain('guide.verify-payment.how');
  });
  it('WeChat Pay QR and the method choice', () => {
    expect(variantOn('verify.payment/wxpay/legacy').needs).toEqual(['page.verify-payment.need-amount', 'page.verify-payment.need-scan']);
    for (const name of ['verify.payment/current', 'verify.payment/legacy']) {
      const v = variantOn(name);
      expect(v.needs, name).toEqual(['page.verify-payment.need-amount', 'page.verify-payment.need-method']);
      expect(v.guidance, name).toContain('guide.verify-payment.old-transfer');
    }
  });
  it('step 1 with an emailed code: no picture captcha', () => {
    const v = variantOn('register.account/email-code');
    expect(v.needs).toContain('page.register-account.need-email-code');
    expect(v.needs).not.toContain('page.register-account.need-captcha');
    expect(v.guidance).toContain('guide.register-account.email-code');
    for (const name of ['register.account/current', 'register.account/legacy', 'register.account/en']) {
      const classic = variantOn(name);
      expect(classic.needs, name).toContain('page.register-account.need-captcha');
      expect(classic.needs, name).not.toContain('page.register-account.need-email-code');
      expect(classic.guidance, name).not.toContain('guide.register-account.email-code');
    }
  });
  it('overseas pages: no mainland bank-transfer point', () => {
    const overseas = replicas.filter((r) => /overseas|region-/.test(r.name) && r.page !== null).map((r) => r.name);
    expect(overseas.length).toBeGreaterThan(5);
    for (const name of overseas) {
      const v = variantOn(name);
      expect(v.guidance, name).not.toContain('guide.register-entity.verify-method');
      expect(v.guidance, name).not.toContain('guide.verify-documents.verification-method');
    }
    expect(variantOn('register.entity/overseas/current').guidance).toContain('guide.register-entity.verify-overseas');
    for (const name of ['register.entity/mainland/current', 'register.entity/mainland/legacy']) {
      const v = variantOn(name);
      expect(v.guidance, name).toContain('guide.register-entity.verify-method');
      expect(v.guidance, name).not.toContain('guide.register-entity.verify-overseas');
    }
    expect(variantOn('verify.documents/2026-enterprise/current').guidance).toContain('guide.verify-documents.verification-method');
  }, 60_000);
  it('takes the step number from the page’s step bar', () => {
    expect(variantOn('verify.payment/nopay/legacy').step).toBe(5);
    expect(variantOn('verify.payment/current').step).toBe(4);
    expect(variantOn('verify.invoice/template/legacy').step).toBe(4);
    expect(variantOn('verify.invoice/current').step).toBe(3);
    expect(variantOn('verify.naming/legacy').step).toBe(3);
    expect(variantOn('register.entity/overseas/current').step).toBe(3);
    expect(variantOn('register.account/email-code').step).toBe(1);
    expect(variantOn('quick.account/legacy').step).toBe(2);
    // No step bar on the 2026 verification form: the guide keeps its own number.
    expect(variantOn('verify.documents/2026-enterprise/current').step).toBeUndefined();
  });
});
