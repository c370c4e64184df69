// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createProgressReporter, progressSignals } from '../../content/progress';
import { openDeadlines } from '../../engine/deadlines';
import { clientSummary, currentStep, escapeMarkdown, resolvePath, stepsCompletedBy, stepViews, suggestPath, type StepRecords } from '../../engine/progress';
import { pageText } from '../../engine/text';
import { locales, translator } from '../../locales';
import { consolePageIds, factIds } from '../../rules/facts';
import { consoleMessageById } from '../../rules/messages';
import { APPID_SEEN, flowPathInputs, flowPaths, flowStepIds, MANUAL } from '../../rules/flows';
import { flowPathSchema } from '../../rules/flows.schema';
import { replicaByName } from '../../replicas/replicas.mjs';
import { renderedReplica } from '../support/dom';

const en = locales.en;
const t = translator('en');
const signals = flowPaths.flatMap((path) => path.steps.flatMap((step) => step.completesOn));

describe('flow rules', () => {
  it.each(flowPathInputs.map((path) => [path.id, path] as const))('%s is valid against the schema', (_id, path) => {
    const result = flowPathSchema.safeParse(path);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has the three paths', () => {
    expect(flowPaths.map((p) => p.id)).toEqual(['overseas', 'quick', 'mainland']);
  });

  it('listens only for page ids the project knows, console messages in the catalog and known fields', () => {
    const pages = signals.filter((s) => s.startsWith('page:')).map((s) => s.slice(5));
    const messages = signals.filter((s) => s.startsWith('message:')).map((s) => s.slice(8));
    const fieldSignals = signals.filter((s) => s.startsWith('field:')).map((s) => s.slice(6));
    const others = signals.filter((s) => !s.startsWith('page:') && !s.startsWith('message:') && !s.startsWith('field:'));
    expect(pages.filter((id) => !(consolePageIds as readonly string[]).includes(id))).toEqual([]);
    expect(messages.filter((id) => !consoleMessageById(id))).toEqual([]);
    expect([...new Set(fieldSignals)]).toEqual(['email-code']);
    expect([...new Set(others)].sort()).toEqual([APPID_SEEN, MANUAL].sort());
    // The success dialog and the activation page are what the registration steps complete on.
    expect(signals).toEqual(expect.arrayContaining(['message:entity.submitted', 'page:register.activate', 'page:register.entity']));
  });

  it('rejects unknown signals and deadlines that start after a later step', () => {
    const step = { id: 'a', title: 'x', next: 'y', completesOn: ['page:nowhere.page'] };
    expect(flowPathSchema.safeParse({ id: 'overseas', name: 'n', about: 'a', steps: [step] }).success).toBe(false);
    expect(flowPathSchema.safeParse({ id: 'overseas', name: 'n', about: 'a', steps: [{ ...step, completesOn: ['message:no.such-message'] }] }).success).toBe(
      false,
    );
    expect(flowPathSchema.safeParse({ id: 'overseas', name: 'n', about: 'a', steps: [{ ...step, completesOn: ['field:no-such-field'] }] }).success).toBe(false);
    expect(flowPathSchema.safeParse({ id: 'overseas', name: 'n', about: 'a', steps: [{ ...step, completesOn: ['field:email-code'] }] }).success).toBe(true);
    expect(
      flowPathSchema.safeParse({
        id: 'overseas',
        name: 'n',
        about: 'a',
        steps: [
          { ...step, completesOn: ['manual'], skippedAfter: ['later'] },
          { ...step, id: 'later', completesOn: ['manual'] },
        ],
      }).success,
    ).toBe(false);
    const late = {
      id: 'overseas',
      name: 'n',
      about: 'a',
      steps: [
        {
          id: 'a',
          title: 'x',
          next: 'y',
          completesOn: [MANUAL],
          deadlines: [{ id: 'd', after: 'b', amount: 1, unit: 'days', kind: 'hard', label: 'l', facts: ['F40'] }],
        },
        { id: 'b', title: 'x', next: 'y', completesOn: [MANUAL] },
      ],
    };
    const result = flowPathSchema.safeParse(late);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/not an earlier step/);
  });

  it('gives every path, step and deadline an English text', () => {
    const keys = flowPaths.flatMap((path) => [
      path.name,
      path.about,
      ...path.steps.flatMap((step) => [step.title, step.next, ...step.deadlines.map((d) => d.label)]),
    ]);
    expect(keys.filter((key) => !en[key])).toEqual([]);
  });

  it('carries the progress facts', () => {
    const cited = new Set(flowPaths.flatMap((path) => path.steps.flatMap((step) => [...step.facts, ...step.deadlines.flatMap((d) => d.facts)])));
    for (const id of ['F14', 'F25', 'F29', 'F30', 'F31', 'F38', 'F40', 'F48', 'F49', 'F54', 'F55', 'F59', 'F60', 'F62'])
      expect(cited.has(id as never), id).toBe(true);
    expect([...cited].filter((id) => !(factIds as readonly string[]).includes(id))).toEqual([]);
  });

  it.each(flowPaths.map((path) => [path.id, path] as const))('%s: every step is reachable, one after the other', (_id, path) => {
    const records: Record<string, { at: string }> = {};
    for (const step of path.steps.filter((s) => !s.optional)) {
      expect(currentStep(stepViews(path, records))?.step.id).toBe(step.id);
      const signal = step.completesOn.find((s) => s !== MANUAL);
      if (signal) expect(stepsCompletedBy(path, [signal])).toContain(step.id);
      else expect(step.completesOn).toEqual([MANUAL]);
      records[step.id] = { at: '2025-01-01T00:00:00.000Z' };
    }
    expect(currentStep(stepViews(path, records))).toBeNull();
  });

  it('keeps the registration deadlines the facts name', () => {
    const overseas = flowPaths.find((p) => p.id === 'overseas')!;
    const mainland = flowPaths.find((p) => p.id === 'mainland')!;
    const all = (path: typeof overseas) => path.steps.flatMap((s) => s.deadlines.map((d) => ({ ...d, step: s.id })));
    expect(all(overseas)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'verification-45-days', after: 'entity-admin', amount: 45, unit: 'days', step: 'verified' }),
        expect.objectContaining({ id: 'activation-link', after: 'account', amount: 24, unit: 'hours' }),
        expect.objectContaining({ id: 'pay-binding-confirm', after: 'pay-request', amount: 7, unit: 'days' }),
        expect.objectContaining({ id: 'fee-email-reply', after: 'fee-email', amount: 3, unit: 'working-days' }),
      ]),
    );
    expect(all(mainland)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'filing-sms', after: 'miit-sms-received', orAfter: ['filing-platform-review'], amount: 24, unit: 'hours' }),
        expect.objectContaining({ id: 'annual-review', after: 'verification-valid-until', opensMonthsBefore: 3, yearly: true }),
      ]),
    );
    // The 45-day rule is for overseas entities only; mainland and quick registration have none.
    expect(all(mainland).some((d) => d.id === 'verification-45-days')).toBe(false);
    expect(all(flowPaths.find((p) => p.id === 'quick')!).some((d) => d.id === 'verification-45-days')).toBe(false);
  });

  it('files mainland clients only', () => {
    const filing = (id: string) => flowPaths.find((p) => p.id === id)!.steps.some((s) => s.id.startsWith('filing-'));
    expect([filing('overseas'), filing('quick'), filing('mainland')]).toEqual([false, false, true]);
  });
});

describe('path suggestion and step status', () => {
  it('suggests mainland for CN, quick with a verified Official Account, overseas otherwise', () => {
    expect(suggestPath({ countryRegion: 'CN' })).toBe('mainland');
    expect(suggestPath({ countryRegion: 'CN', hasVerifiedOfficialAccount: true })).toBe('mainland');
    expect(suggestPath({ countryRegion: 'HK', hasVerifiedOfficialAccount: true })).toBe('quick');
    expect(suggestPath({ countryRegion: 'HK' })).toBe('overseas');
    expect(suggestPath({})).toBe('overseas');
    expect(resolvePath('mainland', { countryRegion: 'HK' }).id).toBe('mainland');
  });

  it('treats steps before a recorded one as passed and never makes an optional step current', () => {
    const path = resolvePath('overseas', {});
    const views = stepViews(path, { 'review-agency': { at: '2025-01-10T00:00:00Z' } });
    const status = Object.fromEntries(views.map((v) => [v.step.id, v.status]));
    expect(status).toMatchObject({
      account: 'passed',
      fee: 'passed',
      'fee-email': 'optional',
      'review-agency': 'done',
      verified: 'current',
      'store-info': 'upcoming',
    });
  });

  it('completes steps from page signals only on the chosen path', () => {
    expect(stepsCompletedBy(resolvePath('overseas', {}), ['page:register.activate'])).toEqual(['account']);
    expect(stepsCompletedBy(resolvePath('overseas', {}), ['message:entity.submitted'])).toEqual(['entity-admin']);
    expect(stepsCompletedBy(resolvePath('quick', {}), ['message:entity.submitted'])).toEqual([]);
    expect(stepsCompletedBy(resolvePath('overseas', {}), [MANUAL])).toEqual([]);
  });
});

describe('progress signals from the page', () => {
  it('sees the success dialog 信息提交成功 only once it is open', () => {
    const doc = renderedReplica(replicaByName('register.entity/overseas/current'));
    expect(progressSignals('register.entity', pageText(doc)).signals).toEqual(['page:register.entity']);
    doc.getElementById('replica-success')!.hidden = false;
    expect(progressSignals('register.entity', pageText(doc)).signals).toEqual(['page:register.entity', 'message:entity.submitted']);
  });

  it('sees the activation page and its mail-sent notice', () => {
    const doc = renderedReplica(replicaByName('register.activate/current'));
    expect(progressSignals('register.activate', pageText(doc)).signals).toEqual(['page:register.activate', 'message:activate.mail-sent']);
  });

  it("reads the AppID on the Mini Program's own pages only, and only when it is unambiguous", () => {
    expect(progressSignals('home.guide', 'AppID(小程序ID) wx1234567890abcdef 原始ID gh_0123')).toEqual({
      signals: ['page:home.guide', APPID_SEEN],
      appId: 'wx1234567890abcdef',
    });
    expect(progressSignals('profile.basic', 'AppID WX1234567890ABCDEF').appId).toBe('wx1234567890abcdef');
    expect(progressSignals('home.guide', 'wx1234567890abcdef wxfedcba0987654321').appId).toBeUndefined();
    expect(progressSignals('home.guide', 'wx1234567890abcdef0 too long').appId).toBeUndefined();
    // The Official Account's pages can show the Official Account's own wx… AppID.
    expect(progressSignals('quick.reuse', 'wx1234567890abcdef')).toEqual({ signals: ['page:quick.reuse'] });
  });

  it('reads the AppID off the replica console home page and basic settings', () => {
    for (const [name, page] of [
      ['home.guide/current', 'home.guide'],
      ['profile.basic/current', 'profile.basic'],
    ] as const) {
      const found = progressSignals(page, pageText(renderedReplica(replicaByName(name))));
      expect(found, name).toMatchObject({ appId: 'wx8f3c2a91d4b6e705', signals: expect.arrayContaining([`page:${page}`, APPID_SEEN]) });
    }
  });

  it('reports each signal once per page view, without the session token', () => {
    const post = vi.fn();
    const report = createProgressReporter(post);
    const doc = renderedReplica(replicaByName('register.entity/overseas/current'));
    const url = 'https://mp.weixin.qq.com/wxopen/waregister?action=step3&token=123456789&lang=zh_CN';
    report('register.entity', doc, url);
    report('register.entity', doc, url);
    expect(post).toHaveBeenCalledTimes(1);
    expect(post.mock.calls[0]![0]).toEqual({
      type: 'progress.report',
      page: 'register.entity',
      signals: ['page:register.entity'],
      url: 'https://mp.weixin.qq.com/wxopen/waregister?action=step3&lang=zh_CN',
    });
    doc.getElementById('replica-success')!.hidden = false;
    report('register.entity', doc, url);
    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.calls[1]![0]).toMatchObject({ signals: ['message:entity.submitted'] });
    expect(JSON.stringify(post.mock.calls)).not.toContain('token');
    // Another page view (same page id, other URL) reports again.
    report('register.entity', doc, `${url}&replica=again`);
    expect(post).toHaveBeenCalledTimes(3);
  });

  it('never throws into the guide', () => {
    const report = createProgressReporter(() => {
      throw new Error('background gone');
    });
    expect(() => report('register.account', renderedReplica(replicaByName('register.account/current')), 'https://mp.weixin.qq.com/')).not.toThrow();
  });
});

describe('client summary', () => {
  const path = resolvePath('overseas', {});
  const records: StepRecords = {
    account: { at: '2025-03-01T02:00:00.000Z', url: 'https://mp.weixin.qq.com/wxopen/waregister?action=step1' },
    'email-activation': { at: '2025-03-01T03:00:00.000Z' },
    'entity-admin': { at: '2025-03-02T04:00:00.000Z' },
  };
  const now = Date.parse('2025-03-10T00:00:00.000Z');
  const summary = (notes?: string) =>
    clientSummary({
      label: 'Acme *HK*',
      companyName: 'ACME TRADING (HONG KONG) LIMITED',
      notes,
      path,
      views: stepViews(path, records),
      deadlines: openDeadlines(path, records, now),
      now,
      timeZone: 'Asia/Shanghai',
      t,
    });

  it('lists the client, path, steps with dates, the next action and deadlines', () => {
    const text = summary();
    expect(text).toContain('# Acme \\*HK\\*: WeChat Mini Program progress');
    expect(text).toContain('Company: ACME TRADING (HONG KONG) LIMITED');
    expect(text).toContain('Path: Overseas online registration');
    expect(text).toContain('- [x] Create the login account (2025-03-01)');
    expect(text).toContain('- [x] Enter entity and administrator details (2025-03-02)');
    expect(text).toContain('- [ ] Get the AppID (now)');
    expect(text).toContain(`**Get the AppID**: ${t('flow.step.appid.next')}`);
    expect(text).toContain('- Complete WeChat verification (45 days after registering): due 2025-04-16 (37 days left)');
    expect(text).not.toContain('mp.weixin.qq.com');
  });

  it('leaves notes out unless asked, and keeps them from becoming Markdown', () => {
    expect(summary()).not.toContain('## Notes');
    const text = summary('Call Ms Li\n# not a heading');
    expect(text).toContain('## Notes\n> Call Ms Li\n> \\# not a heading');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
  });

  it('has every step id known to the message schema', () => {
    expect(flowStepIds).toEqual(expect.arrayContaining(['account', 'verified', 'filing-sms', 'quick-start']));
  });
});
