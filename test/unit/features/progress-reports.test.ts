// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressReports } from '../../../content/features/progress-reports';
import { reportProgress } from '../../../content/progress';
import { fakeContext, scanOf } from '../../support/guide-context';

vi.mock('../../../content/progress', () => ({ reportProgress: vi.fn() }));

// The recognised page is reported as progress in a task of its own, and never in a practice session.

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(reportProgress).mockClear();
});

describe('progress reports feature', () => {
  it('reports the page after the overlay is up, in its own task', () => {
    vi.useFakeTimers();
    const ctx = fakeContext('register.account/current');
    progressReports.shown!(ctx, ctx.detection!, scanOf('page text'));
    expect(reportProgress).not.toHaveBeenCalled();
    vi.runAllTimers();
    const fieldIds = ctx.detection!.fields.map((field) => field.id);
    expect(fieldIds).toContain('email');
    expect(reportProgress).toHaveBeenCalledWith('register.account', ctx.doc, ctx.href(), 'page text', fieldIds);
  });

  it('reports nothing in a practice session', () => {
    vi.useFakeTimers();
    const ctx = fakeContext('register.account/current');
    ctx.reportsProgress = false;
    progressReports.shown!(ctx, ctx.detection!, scanOf('page text'));
    vi.runAllTimers();
    expect(reportProgress).not.toHaveBeenCalled();
  });
});
