// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { checks, INTERNAL_ERROR_CODE, runChecks, type Check } from '../../engine/checks';
import { detectPage } from '../../engine/detect';
import { buildDiagnostics, createFailureCounter, diagnosticUrl } from '../../engine/diagnostics';
import { pageRules } from '../../rules';
import type { PageRule } from '../../rules/schema';
import { replicaByName } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// One broken page rule or check never stops the others: it is skipped, counted and named in the
// diagnostics. Guards the try/catch per rule in engine/detect.ts and per check in engine/checks/index.ts.

const account = replicaByName('register.account/current');

/** A rule that throws while it is evaluated (its URL matchers explode). */
function throwingRule(id: string): PageRule {
  const rule = structuredClone(pageRules.find((r) => r.id === 'register.entity')!);
  Object.defineProperty(rule.detect, 'urls', {
    get: () => {
      throw new Error(`rule ${id} is broken`);
    },
  });
  return rule;
}
/** A rule that throws before it is evaluated: its fields cannot even be indexed. */
function malformedRule(): PageRule {
  const rule = structuredClone(pageRules.find((r) => r.id === 'register.activate')!);
  Object.defineProperty(rule, 'fields', { get: () => [{ id: 'x', labels: null }] });
  return rule;
}

describe('a broken page rule', () => {
  it('is skipped and reported; the other rules still recognise the page', () => {
    const broken = [throwingRule('a'), malformedRule()];
    const rules = [...broken, ...pageRules];
    const reported: PageRule[] = [];
    const detection = detectPage(rules, account.url, renderedReplica(account), undefined, (rule) => reported.push(rule));
    expect(detection?.rule.id).toBe('register.account');
    expect(detection?.fields.map((f) => f.id)).toEqual(['email', 'password', 'password-confirm', 'captcha']);
    expect(reported).toEqual(broken);
  });

  it('does not stop detection when it is the only rule', () => {
    expect(detectPage([throwingRule('b')], account.url, renderedReplica(account))).toBeNull();
  });
});

describe('a broken check', () => {
  const broken: Check = {
    id: 'broken',
    fields: ['email'],
    codes: [],
    run: () => {
      throw new TypeError('boom');
    },
  };
  afterEach(() => {
    const index = checks.indexOf(broken);
    if (index >= 0) checks.splice(index, 1);
  });

  it('becomes an internal-error finding while the other checks of the field still run', () => {
    checks.unshift(broken);
    const findings = runChecks('email', { value: 'ｔａｋｅｎ@example.com', profile: { usedEmails: [] } });
    expect(findings.map((f) => f.code)).toEqual([INTERNAL_ERROR_CODE, 'email.format']);
    expect(findings[0]).toMatchObject({ severity: 'info', params: { check: 'broken' } });
  });
});

describe('failures in diagnostics', () => {
  it('counts each failing rule or check once, on :root and in the report, by id only', () => {
    const doc = parseDocument('<p>x</p>');
    const failures = createFailureCounter(doc);
    expect(doc.documentElement.hasAttribute('data-mpg-errors')).toBe(false);
    failures.record('rule:register.entity');
    failures.record('rule:register.entity');
    failures.record('check:broken');
    expect(doc.documentElement.dataset.mpgErrors).toBe('2');
    const detection = detectPage(pageRules, account.url, renderedReplica(account))!;
    const report = buildDiagnostics(detection, {
      href: account.url,
      version: '0.1.0',
      translated: false,
      errors: failures.total,
      failed: failures.sources,
      userAgent: 'UA',
    });
    expect(report).toMatchObject({ page: 'register.account', errors: 2, failed: ['rule:register.entity', 'check:broken'] });
  });

  it('keeps the token, the fragment and unknown parameter values out of the URL', () => {
    expect(diagnosticUrl('https://mp.weixin.qq.com/wxopen/waregister?action=step1&token=1911103417&lang=zh_CN&email=a%40b.example#x=1')).toBe(
      'https://mp.weixin.qq.com/wxopen/waregister?action=step1&lang=zh_CN',
    );
    expect(diagnosticUrl('not a url')).toBe('');
  });
});
