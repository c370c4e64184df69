// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentsChecklist } from '../../../content/features/documents-checklist';
import { fakeContext, panelOf, profile } from '../../support/guide-context';

// On the documents page the panel lists what to upload, each item to do, passed or with a problem.

describe('documents checklist feature', () => {
  it("lists the documents for the client's entity type, following the checked uploads", () => {
    const ctx = fakeContext('verify.documents/current', { profiles: { profiles: [profile({ id: 'a', entityType: 'company' })], activeId: 'a' } });
    const first = panelOf(ctx, [documentsChecklist]).checklist!;
    expect(first.title).toBe('Documents to upload');
    expect(first.items.length).toBeGreaterThan(1);
    expect(first.items.every((item) => item.state === 'todo' && item.text.length > 0)).toBe(true);
    ctx.uploads.set('entity-certificate', [{ code: 'upload.type', severity: 'error' }]);
    const states = panelOf(ctx, [documentsChecklist]).checklist!.items.map((item) => item.state);
    expect(states.filter((s) => s === 'problem')).toHaveLength(1);
    ctx.uploads.set('entity-certificate', []);
    expect(
      panelOf(ctx, [documentsChecklist])
        .checklist!.items.map((item) => item.state)
        .filter((s) => s === 'ok'),
    ).toHaveLength(1);
  });

  it('stays out of the panel on other pages', () => {
    expect(panelOf(fakeContext('verify.invoice/current'), [documentsChecklist]).checklist).toBeUndefined();
  });
});
