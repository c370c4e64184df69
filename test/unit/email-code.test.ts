// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { practiceSteps, stepUrl } from '../../practice/practice-flow';
import { replicaHtml } from '../../practice/replica-pages';
import { progressSignals } from '../../content/progress';
import { openDeadlines } from '../../engine/deadlines';
import { detectPage } from '../../engine/detect';
import { currentStep, stepsCompletedBy, stepViews, type StepRecords } from '../../engine/progress';
import { pageRules } from '../../rules';
import { flowPathById } from '../../rules/flows';
import { replicaByName } from '../../replicas/replicas.mjs';
import { renderedReplica } from '../support/dom';
import { readFixture } from '../support/serve.mjs';

// Step 1 on newer pages emails a 6-digit code instead of the picture captcha, and no activation
// link follows (issue 12 item 5, issue 13 item 4).

const fieldsOn = (name: string) => {
  const replica = replicaByName(name);
  const detection = detectPage(pageRules, replica.url, renderedReplica(replica));
  return { page: detection?.rule.id, fields: detection?.fields.map((field) => field.id) ?? [] };
};

describe('the account step with an emailed code', () => {
  it('is recognised as the account step, with the code field and without the picture captcha', () => {
    const { page, fields } = fieldsOn('register.account/email-code');
    expect(page).toBe('register.account');
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'password-confirm', 'email-code']));
    expect(fields).not.toContain('captcha');
  });

  it('leaves the picture-captcha pages as they were: captcha found, no email code', () => {
    for (const name of ['register.account/current', 'register.account/legacy', 'register.account/en']) {
      const { page, fields } = fieldsOn(name);
      expect(page, name).toBe('register.account');
      expect(fields, name).toContain('captcha');
      expect(fields, name).not.toContain('email-code');
    }
  });
});

describe('progress on the emailed-code route', () => {
  const path = flowPathById('overseas');
  const HOUR = 3_600_000;
  const at = (ms: number) => new Date(ms).toISOString();
  const now = Date.parse('2026-12-02T08:00:00Z');

  it('reports the code field as a signal, and only that field', () => {
    const { signals } = progressSignals('register.account', '', ['email', 'password', 'email-code']);
    expect(signals).toEqual(['page:register.account', 'field:email-code']);
    expect(progressSignals('register.account', '', ['email', 'captcha']).signals).toEqual(['page:register.account']);
    expect(stepsCompletedBy(path, ['page:register.account', 'field:email-code'])).toEqual(['email-code']);
  });

  it('keeps the account step current while its page is open', () => {
    const views = stepViews(path, { 'email-code': { at: at(now) } });
    expect(currentStep(views)?.step.id).toBe('account');
    expect(views.find((view) => view.step.id === 'email-activation')?.status).toBe('skipped');
  });

  it('never waits for an activation link: no activation step, no 24-hour deadline', () => {
    const withLink: StepRecords = { account: { at: at(now - 2 * HOUR) } };
    expect(currentStep(stepViews(path, withLink))?.step.id).toBe('email-activation');
    expect(openDeadlines(path, withLink, now).map((d) => d.deadline.id)).toContain('activation-link');

    const withCode: StepRecords = { account: { at: at(now - 2 * HOUR) }, 'email-code': { at: at(now - 2 * HOUR) } };
    expect(currentStep(stepViews(path, withCode))?.step.id).toBe('entity-admin');
    expect(openDeadlines(path, withCode, now).map((d) => d.deadline.id)).not.toContain('activation-link');
  });

  it('is the same on the mainland path, and absent from quick registration', () => {
    const mainland = flowPathById('mainland');
    expect(stepViews(mainland, { 'email-code': { at: at(now) } }).find((view) => view.step.id === 'email-activation')?.status).toBe('skipped');
    expect(flowPathById('quick').steps.some((step) => step.id === 'email-code')).toBe(false);
  });
});

describe('the practice console', () => {
  it('offers the emailed-code page as a variant of step 1, bundled like every replica', async () => {
    const variants = practiceSteps.flatMap((step) => (step.variants ?? []).map((variant) => ({ step, variant })));
    expect(variants.map(({ step, variant }) => [step.page, variant.replica])).toEqual([['register.account', 'register.account/email-code']]);
    for (const { variant } of variants) {
      const replica = replicaByName(variant.replica);
      expect(replica.page).toBe(variant.page);
      expect(await replicaHtml(stepUrl(variant, 'HK'))).toBe(readFixture(replica.file));
    }
  });
});
